/**
 * The one URL gate for every link that comes from data or from the URL: trim, parse with `new URL`,
 * allow only absolute http(s) without user name or password. Render `href` (the parsed form), never the raw
 * string, and show `host` so readers see where a link goes.
 */

export interface SafeUrl {
  readonly href: string;
  /** Host for display, without a leading "www.". */
  readonly host: string;
}

/**
 * A link already in the form `new URL` gives back, which the gate can pass without parsing it (tens of
 * thousands of sources in a big file): http(s); a lower-case host of letters, digits, hyphens and dots whose
 * last label starts with a letter (else the parser reads an IP address) and no punycode; no user, password or
 * port; then a path
 * from "/" and an optional query and fragment, of characters the parser keeps as they are.
 */
const CANONICAL =
  /^https?:\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)\/[A-Za-z0-9\-._~!$&()*+,;=:@%/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;
/** What the parser would still change: dot segments (also percent-encoded) and punycode hosts. */
const REWRITTEN = /\/\.|%2e|xn--/i;

export function safeUrl(raw: unknown): SafeUrl | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '' || text.length > 2048) return undefined;
  const canonical = CANONICAL.exec(text);
  if (canonical && !REWRITTEN.test(text))
    return { href: text, host: (canonical[1] ?? '').replace(/^www\./, '') };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;
  return { href: url.href, host: url.hostname.replace(/^www\./, '') };
}

/** Why a link fails the gate, in words, for validation messages. */
export function urlProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (text === '') return 'is empty';
  if (text.length > 2048) return 'is longer than 2,048 characters';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute web address (it should start with https://)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `uses "${url.protocol.slice(0, 20)}", but only http: and https: links are allowed`;
  }
  if (url.username !== '' || url.password !== '') return 'contains a user name or password';
  if (url.hostname === '') return 'has no host';
  return undefined;
}
