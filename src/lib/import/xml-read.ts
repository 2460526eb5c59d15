/** Small readers for DOM elements shared by the GEXF and GraphML importers (namespace-agnostic by local name). */
import type { Scalar } from './graph-build.ts';

/** Child elements with this local name. */
export function children(parent: Element | undefined, name: string): Element[] {
  if (!parent) return [];
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === name) out.push(node as Element);
  }
  return out;
}

export function child(parent: Element | undefined, name: string): Element | undefined {
  return children(parent, name)[0];
}

/** A finite number attribute, or undefined. */
export function numberAttr(element: Element, name: string): number | undefined {
  const raw = element.getAttribute(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

const NUMBER_TYPES = new Set([
  'integer',
  'int',
  'long',
  'float',
  'double',
  'short',
  'byte',
  'bigdecimal',
  'biginteger',
]);

/** A declared attribute's text as its type says: numbers and booleans when they read as such, else text. */
export function typedValue(raw: string, type: string): Scalar {
  const t = type.toLowerCase();
  if (NUMBER_TYPES.has(t)) {
    const n = Number(raw);
    if (raw.trim() !== '' && Number.isFinite(n)) return n;
  }
  if (t === 'boolean') {
    const b = raw.trim().toLowerCase();
    if (b === 'true' || b === 'false') return b === 'true';
  }
  return raw;
}

/** `#rrggbb` from r/g/b attributes (0–255) or a `hex` attribute, else undefined. */
export function colourOf(element: Element): string | undefined {
  const hex = element.getAttribute('hex');
  if (hex !== null)
    return /^#?[0-9a-f]{6}$/i.test(hex.trim()) ? `#${hex.trim().replace('#', '').toLowerCase()}` : undefined;
  const parts = ['r', 'g', 'b'].map((c) => numberAttr(element, c));
  return rgbHex(parts);
}

export function rgbHex(parts: readonly (number | undefined)[]): string | undefined {
  if (parts.length !== 3 || parts.some((p) => p === undefined || p < 0 || p > 255)) return undefined;
  return `#${parts
    .map((p) =>
      Math.round(p ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
