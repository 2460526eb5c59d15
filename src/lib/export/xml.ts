/**
 * XML text for exports (SVG, GEXF): every string from a data file goes through `xmlText` or `xmlAttr`, which
 * drop the characters XML 1.0 forbids and escape markup, so a hostile name stays a name.
 */

// Allowed in XML 1.0: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Lone surrogates
// (an unpaired half of a UTF-16 pair) are not characters at all.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXml(text: string): string {
  return text.replace(FORBIDDEN, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text content: markup characters escaped, forbidden characters removed. */
export function xmlText(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * An attribute value (to put between double quotes): as `xmlText`, and tabs and line breaks as character
 * references, since a parser would otherwise turn them into spaces.
 */
export function xmlAttr(value: string | number): string {
  return xmlText(String(value)).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number for an attribute: rounded to 2 decimals, never "NaN" or "Infinity" (those become 0). */
export function num(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}
