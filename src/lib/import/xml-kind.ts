/**
 * Which XML graph format a text is, from its first element (after the XML declaration, comments and processing
 * instructions; a DOCTYPE counts as XML too, so that the importer can refuse it by name): `gexf`, `graphml`,
 * another root, or undefined when the text is not XML at all.
 */
export type XmlKind = 'gexf' | 'graphml' | { readonly root: string };

export function xmlKind(text: string): XmlKind | undefined {
  const head = text.slice(0, 65_536).trimStart();
  if (!head.startsWith('<')) return undefined;
  const m = /^(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/i.exec(head);
  if (!m) return head.startsWith('<?xml') || head.startsWith('<!') ? { root: '?' } : undefined;
  const root = (m[1] ?? '').replace(/^[\w.-]+:/, '').toLowerCase();
  if (root === 'gexf') return 'gexf';
  if (root === 'graphml') return 'graphml';
  return { root: (m[1] ?? '').slice(0, 40) };
}
