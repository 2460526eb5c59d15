/**
 * A serialising stand-in for the few DOM methods svg-draw.ts uses (SvgNode, SvgDocument): the build draws the
 * map with the live renderer's own code into these elements, then writes them out as markup for the page's
 * prerendered first view. Every attribute value and every text goes through the export's XML escaping
 * (xml.ts), so nothing in a data file (a company's name) can become markup; element and attribute names come
 * from the drawing code only, and are checked.
 */
import type { SvgDocument, SvgNode } from '../render/svg-draw.ts';
import { xmlAttr, xmlText } from '../export/xml.ts';

const NAME = /^[a-z][a-zA-Z0-9-]*$/;

export class MarkupElement implements SvgNode<MarkupElement> {
  readonly attributes = new Map<string, string>();
  children: MarkupElement[] = [];
  parent: MarkupElement | undefined;
  #text: string | null = null;

  constructor(readonly name: string) {
    if (!NAME.test(name)) throw new Error(`prerender: unexpected element name ${name}`);
  }

  get textContent(): string | null {
    return this.#text ?? this.children.map((c) => c.textContent ?? '').join('');
  }

  set textContent(value: string | null) {
    for (const child of this.children) child.parent = undefined;
    this.children = [];
    this.#text = value;
  }

  setAttribute(name: string, value: string): void {
    if (!NAME.test(name)) throw new Error(`prerender: unexpected attribute name ${name}`);
    this.attributes.set(name, value);
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  appendChild(child: MarkupElement): MarkupElement {
    return this.insertBefore(child, null);
  }

  insertBefore(child: MarkupElement, before: MarkupElement | null): MarkupElement {
    child.remove();
    this.#text = null;
    child.parent = this;
    const at = before ? this.children.indexOf(before) : -1;
    if (at < 0) this.children.push(child);
    else this.children.splice(at, 0, child);
    return child;
  }

  remove(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = undefined;
  }

  /** Every element of this tree, this one first. */
  *walk(): Generator<MarkupElement> {
    yield this;
    for (const child of this.children) yield* child.walk();
  }
}

export const markupDocument: SvgDocument<MarkupElement> = {
  createElementNS: (_namespace, name) => new MarkupElement(name),
};

/**
 * Numbers in attribute values with more decimals than `digits`, rounded to `digits`; percentages are left as
 * they are.
 */
export function roundNumbers(value: string, digits = 1): string {
  const scale = 10 ** digits;
  return value.replace(/-?\d+\.\d+(?![\d%])/g, (n) => {
    const rounded = Math.round(Number(n) * scale) / scale;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/**
 * Decimals kept per attribute: paths and positions to the pixel (half a pixel off at most, at the reference
 * box), sizes and everything else to a tenth.
 */
const DIGITS: Readonly<Record<string, number>> = { d: 0, transform: 0 };

/** The element as markup: attributes in the order written, numbers rounded (DIGITS), everything escaped. */
export function serialize(element: MarkupElement): string {
  let out = `<${element.name}`;
  for (const [name, value] of element.attributes)
    out += ` ${name}="${xmlAttr(roundNumbers(value, DIGITS[name] ?? 1))}"`;
  out += '>';
  if (element.children.length > 0) for (const child of element.children) out += serialize(child);
  else out += xmlText(element.textContent ?? '');
  return `${out}</${element.name}>`;
}
