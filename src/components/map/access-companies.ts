/**
 * The accessible layer's company elements, kept by hand rather than by a Svelte `{#each}`: one focusable `<g>`
 * per listed company, in the list's order, with its name, state and circle. A keyed `{#each}` of a thousand
 * companies held about 1.4 MB of per-item bookkeeping (effects, signals, closures, attribute caches); this
 * keeps one small record per element and writes only the attributes that changed.
 */
import type { Describe } from '../../lib/render/company-description.ts';
import { nodeOpacity, type Scene, type SceneNode } from '../../lib/render/types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Entry {
  readonly g: SVGGElement;
  readonly circle: SVGCircleElement;
  /** The node last written, undefined before the first write. */
  node: SceneNode | undefined;
  /** Its opacity as last written (a highlight fades a node through the scene, not the node). */
  opacity: number | undefined;
  /** Which describer wrote the name: the name is written again only when it or the company changes. */
  describedBy: Describe | undefined;
  tabIndex: number | undefined;
}

export class AccessCompanies {
  readonly #parent: SVGGElement;
  readonly #entries = new Map<string, Entry>();

  constructor(parent: SVGGElement) {
    this.#parent = parent;
  }

  /**
   * Shows `nodes` (one element each, in this order); `activeIndex` takes part in the tab order; `fade` is the
   * scene's (highlight).
   */
  update(
    nodes: readonly SceneNode[],
    describe: Describe,
    activeIndex: number | undefined,
    fade: Scene['fade'] = undefined,
  ): void {
    const listed = new Set<string>();
    for (const node of nodes) listed.add(node.id);
    for (const [id, entry] of this.#entries) {
      if (listed.has(id)) continue;
      entry.g.remove();
      this.#entries.delete(id);
    }
    // Every element left is listed: walk the list, moving an element only when it is out of place.
    let cursor: ChildNode | null = this.#parent.firstChild;
    const placed = new Set<string>();
    for (const node of nodes) {
      if (placed.has(node.id)) continue;
      placed.add(node.id);
      const entry = this.#entries.get(node.id) ?? this.#create(node.id);
      write(entry, node, nodeOpacity({ fade }, node), describe, node.index === activeIndex ? 0 : -1);
      if (entry.g === cursor) cursor = cursor.nextSibling;
      else this.#parent.insertBefore(entry.g, cursor);
    }
  }

  #create(id: string): Entry {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'company');
    g.setAttribute('data-company', id);
    g.setAttribute('role', 'button');
    const circle = document.createElementNS(SVG_NS, 'circle');
    g.append(circle);
    const entry: Entry = {
      g,
      circle,
      node: undefined,
      opacity: undefined,
      describedBy: undefined,
      tabIndex: undefined,
    };
    this.#entries.set(id, entry);
    return entry;
  }
}

function write(entry: Entry, node: SceneNode, opacity: number, describe: Describe, tabIndex: number): void {
  const { g, circle } = entry;
  const old = entry.node;
  if (entry.describedBy !== describe || old?.index !== node.index) {
    g.setAttribute('aria-label', describe(node.index));
    entry.describedBy = describe;
  }
  if (old !== node) {
    if (old?.pinned !== node.pinned) g.classList.toggle('pinned', node.pinned);
    if (old?.x !== node.x) g.setAttribute('data-x', String(node.x));
    if (old?.y !== node.y) g.setAttribute('data-y', String(node.y));
    if (old?.selected !== node.selected) g.setAttribute('aria-pressed', String(node.selected));
    // Circles placed by cx/cy rather than a transform each: no per-company transform to hit-test and paint.
    if (old?.x !== node.x) circle.setAttribute('cx', String(node.x));
    if (old?.y !== node.y) circle.setAttribute('cy', String(node.y));
    if (old?.r !== node.r) circle.setAttribute('r', String(node.r));
    entry.node = node;
  }
  if (entry.opacity !== opacity) {
    g.setAttribute('data-opacity', String(opacity));
    entry.opacity = opacity;
  }
  if (entry.tabIndex !== tabIndex) {
    g.setAttribute('tabindex', String(tabIndex));
    entry.tabIndex = tabIndex;
  }
}
