import type { Attachment } from 'svelte/attachments';
import { heightMessage } from './height.ts';

/**
 * Posts the embed's height to the parent page — exactly `{type: "ai-deal-map:height", height}` — on load and on
 * every size change, and only when the value changed. It carries nothing else (no URL, no state), so it may
 * go to any origin. Inbound messages are never listened to.
 */
export const autoHeight: Attachment<HTMLElement> = (node) => {
  if (window.parent === window) return;
  let last: number | undefined;
  const post = () => {
    const message = heightMessage(node.getBoundingClientRect().height);
    if (!message || message.height === last) return;
    last = message.height;
    window.parent.postMessage(message, '*');
  };
  post();
  const observer = new ResizeObserver(post);
  observer.observe(node);
  return () => observer.disconnect();
};
