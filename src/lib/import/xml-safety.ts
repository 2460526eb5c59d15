/**
 * XML from users' files is parsed only after this check: a DOCTYPE (which can declare entities — the
 * "billion laughs" expansion, external entities that fetch or read files) is refused outright, so no parser ever
 * sees one. Then the platform's `DOMParser` reads the text; its errors become a message with the line.
 */

export type XmlResult =
  | { readonly ok: true; readonly root: Element }
  | { readonly ok: false; readonly message: string; readonly line?: number };

/** A DOMParser: the browser's, or @xmldom/xmldom's in Node tests. */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

export function parseXmlSafely(text: string, parser: XmlParser | undefined): XmlResult {
  const declaration = /<!(DOCTYPE|ENTITY)\b/i.exec(text);
  if (declaration) {
    return {
      ok: false,
      line: lineAt(text, declaration.index),
      message: `the file contains a <!${(declaration[1] ?? '').toUpperCase()}> declaration; DOCTYPE and entity declarations are refused (graph files do not need them, and they can expand to huge sizes or reach other files)`,
    };
  }
  if (!parser) return { ok: false, message: 'this browser cannot read XML files' };
  let doc: Document;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    return xmlError(error instanceof Error ? error.message : String(error));
  }
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (failure) return xmlError(failure.textContent ?? '');
  const root = doc.documentElement;
  if (!root) return { ok: false, message: 'the file has no XML root element' };
  return { ok: true, root };
}

function xmlError(detail: string): XmlResult {
  const line = /line[: ]+(\d+)/i.exec(detail);
  const text = detail
    .replace(/\s+/g, ' ')
    .replace(/^.*?error on line \d+ at column \d+: /i, '')
    .trim()
    .slice(0, 160);
  return {
    ok: false,
    message: `the XML is not well-formed${text ? ` (${text})` : ''}`,
    ...(line ? { line: Number(line[1]) } : {}),
  };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The lines where each `<name` element starts, in document order (comments skipped). */
export function elementLines(text: string, name: string): number[] {
  const lines: number[] = [];
  const pattern = new RegExp(`<!--[\\s\\S]*?-->|<(?:[\\w.-]+:)?${name}[\\s/>]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    for (let i = text.indexOf('\n', last); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    last = m.index;
    if (!m[0].startsWith('<!--')) lines.push(line);
  }
  return lines;
}

/** The platform's parser, when there is one. */
export function platformXmlParser(): XmlParser | undefined {
  return typeof DOMParser === 'function' ? new DOMParser() : undefined;
}
