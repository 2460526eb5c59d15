import type { Attachment } from 'svelte/attachments';
import { heightMessage } from './height.ts';

/**
 * How often the height is also checked by a timer. Browsers pause rendering — ResizeObserver callbacks and
 * animation frames — in cross-origin frames scrolled out of view, so a width change there would only be posted
 * once the reader scrolls to the embed. Reading the height forces no work when the layout is clean. A frame
 * being resized can be read mid-way by a timer, so the timer posts a height only when two checks in a row agree.
 */
const CHECK_MS = 1000;

/**
 * Posts the embed's height to the parent page — exactly `{type: "ai-deal-map:height", height}` — on load and on
 * every size change, and only when the value changed. It carries nothing else (no URL, no state), so it may
 * go to any origin. Inbound messages are never listened to. The observer's callback only measures and posts:
 * it never changes the page's size (the map's height is CSS, see height.ts), so it cannot start a
 * ResizeObserver loop, and one width change posts one height.
 */
export const autoHeight: Attachment<HTMLElement> = (node) => {
  if (window.parent === window) return;
  let last: number | undefined;
  let checked: number | undefined;
  const measure = () => heightMessage(node.getBoundingClientRect().height);
  const post = (message = measure()) => {
    if (!message || message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, '*');
  };
  post();
  const observer = new ResizeObserver(() => post());
  observer.observe(node);
  const timer = setInterval(() => {
    if (document.visibilityState !== 'visible') return;
    const message = measure();
    if (message && message.height === checked) post(message);
    checked = message?.height;
  }, CHECK_MS);
  return () => {
    observer.disconnect();
    clearInterval(timer);
  };
};
