/*
 * AI Deal Map host script: sizes embedded maps to the height they post.
 * <script src="https://…/embed.js" async></script> after the iframe; no inline script needed.
 * It accepts only {type: "ai-deal-map:height", height: <integer 50–10000>} from the window of an iframe on this
 * page, and only ever sets that iframe's height. Everything else is ignored.
 */
(function () {
  'use strict';
  if (window.__aiDealMapEmbed) return;
  window.__aiDealMapEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'ai-deal-map:height') return;
    var height = data.height;
    if (typeof height !== 'number' || Math.floor(height) !== height || height < 50 || height > 10000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        return;
      }
    }
  });
})();
