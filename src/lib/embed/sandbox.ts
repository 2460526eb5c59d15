/**
 * Whether this page may open links in a new tab. Inside `<iframe sandbox>` without `allow-popups`, a
 * target="_blank" link is blocked, so the app shows links as copyable text instead. The sandbox tokens are
 * readable when the host page is same-origin (window.frameElement); a cross-origin host cannot be inspected,
 * and the recommended snippet allows popups, so that case assumes they are allowed.
 */
export function popupsAllowed(win: Window = window): boolean {
  const tokens = sandboxTokens(win);
  return tokens === undefined || tokens.includes('allow-popups');
}

/** The tokens of the frame's sandbox attribute; undefined when not sandboxed or not readable (cross-origin). */
function sandboxTokens(win: Window): string[] | undefined {
  try {
    const sandbox = win.frameElement?.getAttribute('sandbox');
    return sandbox === null || sandbox === undefined ? undefined : sandbox.split(/\s+/);
  } catch {
    return undefined;
  }
}

/** Downloads (exports) need `allow-downloads` inside a sandbox. */
export function downloadsAllowed(win: Window = window): boolean {
  if (win === win.top) return true;
  const tokens = sandboxTokens(win);
  // A cross-origin frame cannot be inspected: exports stay hidden there.
  if (tokens === undefined) return readableFrame(win);
  return tokens.includes('allow-downloads');
}

function readableFrame(win: Window): boolean {
  try {
    return win.frameElement !== null;
  } catch {
    return false;
  }
}

export const LINKS_OPEN = typeof window === 'undefined' ? true : popupsAllowed();
