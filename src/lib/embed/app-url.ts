/**
 * The app's own address, apart from the embed snippets (snippet.ts) so the first page load does not carry them.
 */

/** The app's own address without query or hash: the base for links and embeds. */
export function appBaseUrl(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}
