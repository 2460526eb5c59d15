/*
 * AI Deal Map host script. No inline script or style is needed on the host page; load it with
 * <script src="https://…/embed.js" async></script>.
 *
 * 1. Sizes embedded maps to the height they post. It accepts only {type: "ai-deal-map:height", height: <integer
 *    50–10000>} from the window of an iframe on this page, and only ever sets that iframe's height.
 * 2. Turns placeholders into embeds: <div class="ai-deal-map-embed" data-focus="anthropic" data-types="compute">
 *    becomes the same sandboxed, lazy iframe the Embed dialog writes, loaded from the origin this script came
 *    from. data-* attributes named like the URL parameters become those parameters (written with
 *    URLSearchParams, so a value is only ever text in the map's address, where the map validates it); data-title
 *    and data-height set the frame's title and first height; other attributes are ignored. Placeholders added
 *    later (by a CMS) are picked up too.
 */
(function () {
  'use strict';
  if (window.__aiDealMapEmbed) return;
  window.__aiDealMapEmbed = true;

  var PARAMS = [
    'focus',
    'depth',
    'dir',
    'types',
    'categories',
    'from',
    'to',
    'asof',
    'min',
    'status',
    'cycle',
    'story',
    'view',
    'renderer',
    'size',
    'units',
    'scroll',
    'theme',
    'data',
  ];
  var PLACEHOLDER = 'ai-deal-map-embed';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  var script = document.currentScript;
  var app = script && script.src ? new URL('./', script.src) : null;
  var done = typeof WeakSet === 'function' ? new WeakSet() : null;

  function validHeight(height) {
    return typeof height === 'number' && Math.floor(height) === height && height >= 50 && height <= 10000;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'ai-deal-map:height') return;
    var height = data.height;
    if (!validHeight(height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        return;
      }
    }
  });

  function embed(placeholder) {
    if (!app || !done || done.has(placeholder)) return;
    done.add(placeholder);
    var query = new URLSearchParams();
    for (var i = 0; i < PARAMS.length; i++) {
      var value = placeholder.getAttribute('data-' + PARAMS[i]);
      if (value !== null) query.set(PARAMS[i], value.trim());
    }
    query.set('embed', '1');
    var src = new URL(app.href);
    src.search = query.toString();
    var frame = document.createElement('iframe');
    var title = placeholder.getAttribute('data-title');
    var height = Number(placeholder.getAttribute('data-height'));
    frame.setAttribute('src', src.href);
    frame.setAttribute('title', title ? title.slice(0, 200) : 'AI Deal Map');
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', String(validHeight(height) ? height : 590));
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('frameborder', '0');
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('sandbox', SANDBOX);
    placeholder.appendChild(frame);
  }

  function scan(root) {
    if (root.nodeType !== 1 && root.nodeType !== 9) return;
    if (root.nodeType === 1 && root.classList.contains(PLACEHOLDER)) embed(root);
    var found = root.getElementsByClassName(PLACEHOLDER);
    for (var i = 0; i < found.length; i++) embed(found[i]);
  }

  scan(document);
  if (typeof MutationObserver === 'function') {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        for (var j = 0; j < records[i].addedNodes.length; j++) scan(records[i].addedNodes[j]);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
