/**
 * The `<graph>` of a GEXF or GraphML file, or the rejection that says why there is none: the text is parsed
 * safely (xml-safety.ts), then the root element and its namespace must be the format's.
 */
import type { ValidationResult } from '../data/validate.ts';
import { rejected } from './import-issues.ts';
import { child } from './xml-read.ts';
import { parseXmlSafely, type XmlParser } from './xml-safety.ts';

export interface GraphFormat {
  /** The root element's name: `gexf`, `graphml`. */
  readonly element: string;
  /** The format's name in messages: "GEXF", "GraphML". */
  readonly label: string;
  /** Namespaces the root may have (an empty namespace is accepted too). */
  readonly namespace: RegExp;
  /** The namespace to name in a message. */
  readonly expected: string;
}

export type GraphRoot =
  | { readonly ok: true; readonly root: Element; readonly graph: Element }
  | { readonly ok: false; readonly result: ValidationResult };

export function graphRoot(
  file: string,
  text: string,
  parser: XmlParser | undefined,
  format: GraphFormat,
): GraphRoot {
  const refuse = (message: string, line?: number): GraphRoot => ({
    ok: false,
    result: rejected(`${file}: ${message}`, { file, ...(line ? { line } : {}) }),
  });
  const parsed = parseXmlSafely(text, parser);
  if (!parsed.ok) return refuse(parsed.message, parsed.line);
  const root = parsed.root;
  if (root.localName !== format.element) {
    return refuse(
      `this XML is not ${format.label}: its root element is <${root.localName}>, not <${format.element}>`,
    );
  }
  const ns = root.namespaceURI ?? '';
  if (ns !== '' && !format.namespace.test(ns)) {
    return refuse(
      `the <${format.element}> element has the namespace ${JSON.stringify(ns.slice(0, 100))}; ${format.label} files use ${format.expected}`,
      1,
    );
  }
  const graph = child(root, 'graph');
  if (!graph) return refuse(`the ${format.label} file has no <graph> element`);
  return { ok: true, root, graph };
}
