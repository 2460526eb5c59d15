/** Test-only: parses XML strictly (any warning or error throws) with @xmldom/xmldom, no DOM needed. */
import { DOMParser } from '@xmldom/xmldom';

export function parseXml(text: string, mimeType: 'text/xml' | 'image/svg+xml' = 'text/xml') {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, mimeType);
}

/** Characters XML 1.0 forbids (a parser may not flag them all). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
