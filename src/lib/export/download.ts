/**
 * Saves a Blob as a file (browser only) through an `<a download>` and a blob: URL, revoked once the browser
 * has had time to read it. Returns false when the page cannot start a download at all. A sandboxed iframe
 * without `allow-downloads` silently ignores the click and cannot be detected, so callers hide exports in
 * embeds.
 */

/** How long the blob: URL stays valid after the click (the browser reads it asynchronously). */
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string): boolean {
  let url: string | undefined;
  try {
    const link = document.createElement('a');
    if (!('download' in link)) return false;
    url = URL.createObjectURL(blob);
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    const revoke = url;
    setTimeout(() => URL.revokeObjectURL(revoke), REVOKE_AFTER_MS);
    return true;
  } catch {
    if (url !== undefined) URL.revokeObjectURL(url);
    return false;
  }
}
