/**
 * The map drawn as SVG elements: the same picture as canvas-draw.ts from the same styled scene, in screen space
 * through the camera (circles grow with zoom, at least 2 px; strokes, arrowheads and labels keep their size).
 *
 * Elements are kept per company, deal and label id and only changed attributes are written, so a pan or zoom
 * rewrites geometry (a path, a transform, a radius per mark) and nothing else, and a hover rewrites only the
 * styles that changed. Children are re-ordered only when the scene's order changes. It builds elements with
 * createElementNS and text with textContent (nothing in the data is parsed as markup), into any object with the
 * few DOM methods it uses, so a test passes a recording fake.
 *
 * While the camera moves over an unchanged scene (a wheel zoom, a pan, a pinch), `update` rewrites no link or
 * circle: the last drawing of them is carried to the new camera by one CSS transform of the layer around their
 * SVG (the stylesheet gives it `will-change: transform`), and their strokes scale with it until the camera rests
 * and they are drawn again at their true sizes, as Leaflet's SVG layers do. Labels are a second SVG over the
 * first, placed anew at every step: text under a scaled ancestor is laid out and rastered again at each new
 * scale (traced: 13 of the 14 ms of raster per wheel step on the bundled map), text at its own size is not.
 * Rewriting every path and circle on each wheel step cost a style, layout and paint of ~200 elements per frame.
 */
import { edgePath } from './edges.ts';
import type { PlacedLabel } from './labels.ts';
import {
  edgeOpacity,
  nodeOpacity,
  RING_GAP,
  type Camera,
  type Scene,
  type SceneEdge,
  type SceneNode,
} from './types.ts';

/** The part of an SVG element the drawing uses (N: the element type, e.g. Element). */
export interface SvgNode<N> {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  appendChild(child: N): unknown;
  insertBefore(child: N, before: N | null): unknown;
  remove(): void;
  textContent: string | null;
}

/** What carries the drawing while the camera moves: its inline transform, set through the CSSOM. */
export interface SvgLayer {
  readonly style: { transform: string };
}

/** The part of `document` the drawing uses. */
export interface SvgDocument<N extends SvgNode<N>> {
  createElementNS(namespace: 'http://www.w3.org/2000/svg', name: string): N;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An element and the attribute values last written to it (undefined: absent). */
/** Attribute writes and removals so far, by every mark. */
let writes = 0;

class Mark<N extends SvgNode<N>> {
  readonly values = new Map<string, string | undefined>();
  private content: string | undefined;
  constructor(readonly el: N) {}

  set(name: string, value: string | number | undefined): void {
    const text = value === undefined ? undefined : String(value);
    if (this.values.get(name) === text && this.values.has(name)) return;
    this.values.set(name, text);
    writes++;
    if (text === undefined) this.el.removeAttribute(name);
    else this.el.setAttribute(name, text);
  }

  /** Sets the text content. */
  text(value: string): void {
    if (this.content === value) return;
    this.content = value;
    writes++;
    this.el.textContent = value;
  }

  /** Sets the class attribute: the base name and each flag that is on. */
  classes(base: string, flags: Record<string, boolean>): void {
    let value = base;
    for (const name in flags) if (flags[name]) value += ` ${name}`;
    this.set('class', value);
  }
}

interface EdgeMarks<N extends SvgNode<N>> {
  readonly group: Mark<N>;
  readonly line: Mark<N>;
  halo: Mark<N> | undefined;
  badge: { readonly group: Mark<N>; readonly text: Mark<N> } | undefined;
}

interface NodeMarks<N extends SvgNode<N>> {
  readonly group: Mark<N>;
  readonly circle: Mark<N>;
  ring: Mark<N> | undefined;
}

/** Keyed children of one group, kept in the order of the last draw. */
class Layer<N extends SvgNode<N>, T> {
  readonly items = new Map<string, T>();
  private order: string[] = [];
  constructor(readonly root: Mark<N>) {}

  /**
   * Removes the items not in `keep` (`dispose` takes out what they own elsewhere), and re-appends the rest in
   * `ids` order when that order changed (unless no order is given).
   */
  settle(
    ids: string[] | undefined,
    keep: Set<string>,
    element: (item: T) => N,
    dispose?: (item: T) => void,
  ): void {
    for (const [id, item] of this.items) {
      if (!keep.has(id)) {
        element(item).remove();
        dispose?.(item);
        this.items.delete(id);
      }
    }
    if (!ids) return;
    if (ids.length !== this.order.length || ids.some((id, i) => id !== this.order[i])) {
      for (const id of ids) {
        const item = this.items.get(id);
        if (item) this.root.el.appendChild(element(item));
      }
    }
    this.order = ids;
  }
}

/** What one draw wrote, for tests and benchmarks: attribute writes and elements created or removed. */
export interface SvgDrawStats {
  writes: number;
  created: number;
}

export class SvgDrawing<N extends SvgNode<N>> {
  private readonly defs: Mark<N>;
  private readonly edges: Layer<N, EdgeMarks<N>>;
  private readonly badges: Mark<N>;
  private readonly nodes: Layer<N, NodeMarks<N>>;
  private readonly labels: Layer<N, Mark<N>>;
  private markerKeys = '';
  private markerIds = new Map<string, string>();
  private created = 0;
  /** What the elements show now: the scene, camera and stage size of the last full draw. */
  private shown: { scene: Scene; camera: Camera; size: string } | undefined;

  constructor(
    /** The SVG of links and companies. */
    private readonly svg: N,
    /** The SVG over it for labels. */
    labelsSvg: N,
    private readonly doc: SvgDocument<N>,
    /** The box around `svg` that `update` transforms while the camera moves. */
    private readonly layer: SvgLayer,
  ) {
    this.defs = this.child(svg, 'defs');
    this.edges = new Layer(this.group('edges'));
    this.badges = this.group('badges');
    this.badges.set('aria-hidden', 'true');
    this.nodes = new Layer(this.group('nodes'));
    this.labels = new Layer(this.child(labelsSvg, 'g'));
    this.labels.root.set('class', 'labels');
    this.labels.root.set('aria-hidden', 'true');
  }

  /**
   * Shows the scene through the camera. While `moving` and the scene and stage size are those last drawn, the
   * layer's transform follows the camera and only labels are drawn; otherwise everything is (and the transform
   * cleared).
   */
  update(
    scene: Scene,
    camera: Camera,
    labels: readonly PlacedLabel[],
    stage: { width: number; height: number; moving: boolean },
  ): SvgDrawStats {
    const size = `${stage.width}x${stage.height}`;
    const shown = this.shown;
    if (stage.moving && shown && shown.scene === scene && shown.size === size) {
      const writesBefore = writes;
      this.created = 0;
      this.follow(shown.camera, camera);
      this.drawLabels(labels);
      return { writes: writes - writesBefore, created: this.created };
    }
    this.shown = { scene, camera, size };
    this.follow(camera, camera);
    return this.draw(scene, camera, labels);
  }

  /** Carries a drawing made through `from` to `to`: screen' = s × screen + t, s = to.k / from.k. */
  private follow(from: Camera, to: Camera): void {
    const s = to.k / from.k;
    const value =
      s === 1 && to.x === from.x && to.y === from.y
        ? ''
        : `translate(${to.x - s * from.x}px, ${to.y - s * from.y}px) scale(${s})`;
    if (this.layer.style.transform !== value) this.layer.style.transform = value;
  }

  /** Draws the scene through the camera, writing only what changed since the last draw. */
  draw(scene: Scene, camera: Camera, labels: readonly PlacedLabel[]): SvgDrawStats {
    const writesBefore = writes;
    this.created = 0;
    const byIndex = new Map<number, SceneNode>();
    for (const node of scene.nodes) byIndex.set(node.index, node);
    this.drawMarkers(scene.edges);
    this.drawEdges(scene, byIndex, camera);
    this.drawNodes(scene, camera);
    this.drawLabels(labels);
    return { writes: writes - writesBefore, created: this.created };
  }

  private drawMarkers(edges: readonly SceneEdge[]): void {
    const keys = [...new Set(edges.filter((e) => e.arrow).map(markerKey))];
    const joined = keys.join(' ');
    if (joined === this.markerKeys) return;
    this.markerKeys = joined;
    this.defs.el.textContent = '';
    this.markerIds = new Map();
    keys.forEach((key, i) => {
      const [color = '#888888', style] = key.split('|');
      const id = `arrow-${i}`;
      this.markerIds.set(key, id);
      const marker = this.child(this.defs.el, 'marker');
      for (const [name, value] of [
        ['id', id],
        ['viewBox', '0 0 10 10'],
        ['refX', '9'],
        ['refY', '5'],
        ['markerUnits', 'userSpaceOnUse'],
        ['markerWidth', '9'],
        ['markerHeight', '9'],
        ['orient', 'auto-start-reverse'],
      ] as const)
        marker.set(name, value);
      const path = this.child(marker.el, 'path');
      path.set('d', 'M1,1.5 L9,5 L1,8.5 z');
      path.set('fill', style === 'h' ? 'var(--surface)' : color);
      path.set('stroke', color);
      path.set('stroke-width', '1.3');
    });
  }

  private drawEdges(scene: Scene, byIndex: Map<number, SceneNode>, camera: Camera): void {
    const { edges } = scene;
    const ids: string[] = [];
    const keep = new Set<string>();
    const { k } = camera;
    for (const edge of edges) {
      const a = byIndex.get(edge.from);
      const b = byIndex.get(edge.to);
      if (!a || !b) continue;
      ids.push(edge.id);
      keep.add(edge.id);
      let marks = this.edges.items.get(edge.id);
      if (!marks) {
        const group = this.mark('g');
        marks = { group, line: this.child(group.el, 'path'), halo: undefined, badge: undefined };
        marks.line.set('class', 'line');
        this.edges.items.set(edge.id, marks);
      }
      const d = edgePath(
        { x: a.x * k + camera.x, y: a.y * k + camera.y },
        { x: b.x * k + camera.x, y: b.y * k + camera.y },
        a.r * k,
        b.r * k + edge.gap,
        edge.offset * Math.min(k, 1.5),
        0,
      );
      const { group, line } = marks;
      group.classes('edge', { selected: edge.selected, ended: edge.ended });
      group.set('data-deal', edge.aggregate ? undefined : edge.id);
      group.set('data-pair', edge.aggregate ? edge.id : undefined);
      if (edge.selected && !marks.halo) {
        marks.halo = this.mark('path');
        marks.halo.set('class', 'halo');
        group.el.insertBefore(marks.halo.el, marks.line.el);
      } else if (!edge.selected && marks.halo) {
        marks.halo.el.remove();
        marks.halo = undefined;
      }
      if (marks.halo) {
        marks.halo.set('d', d);
        marks.halo.set('stroke-width', edge.width + 8);
      }
      line.set('d', d);
      line.set('stroke', edge.color);
      line.set('stroke-width', edge.selected ? edge.width + 1.5 : edge.width);
      line.set('stroke-dasharray', edge.dash);
      const opacity = edgeOpacity(scene, edge);
      line.set('opacity', opacity);
      const marker = edge.arrow ? this.markerIds.get(markerKey(edge)) : undefined;
      line.set('marker-end', marker ? `url(#${marker})` : undefined);
      this.drawBadge(marks, edge, opacity, a, b, camera);
    }
    this.edges.settle(
      ids,
      keep,
      (m) => m.group.el,
      (m) => m.badge?.group.el.remove(),
    );
  }

  /** An aggregate's count badge sits halfway along its (straight) line, above every link. */
  private drawBadge(
    marks: EdgeMarks<N>,
    edge: SceneEdge,
    opacity: number,
    a: SceneNode,
    b: SceneNode,
    camera: Camera,
  ): void {
    if (!edge.aggregate) {
      marks.badge?.group.el.remove();
      marks.badge = undefined;
      return;
    }
    if (!marks.badge) {
      const group = this.child(this.badges.el, 'g');
      group.set('class', 'badge');
      this.child(group.el, 'circle').set('r', 9);
      const text = this.child(group.el, 'text');
      text.set('dominant-baseline', 'central');
      text.set('text-anchor', 'middle');
      marks.badge = { group, text };
    }
    const { k } = camera;
    marks.badge.group.set(
      'transform',
      `translate(${((a.x + b.x) / 2) * k + camera.x},${((a.y + b.y) / 2) * k + camera.y})`,
    );
    marks.badge.group.set('opacity', opacity > 0.5 ? 1 : 0.3);
    marks.badge.text.text(String(edge.aggregate.count));
  }

  private drawNodes(scene: Scene, camera: Camera): void {
    const { nodes } = scene;
    const ids: string[] = [];
    const keep = new Set<string>();
    for (const node of nodes) {
      ids.push(node.id);
      keep.add(node.id);
      let marks = this.nodes.items.get(node.id);
      if (!marks) {
        const group = this.mark('g');
        marks = { group, circle: this.child(group.el, 'circle'), ring: undefined };
        group.set('data-node', node.id);
        this.nodes.items.set(node.id, marks);
      }
      const r = Math.max(2, node.r * camera.k);
      marks.group.classes('node', { selected: node.selected, focused: node.focused, pinned: node.pinned });
      marks.group.set(
        'transform',
        `translate(${node.x * camera.k + camera.x},${node.y * camera.k + camera.y})`,
      );
      marks.group.set('opacity', nodeOpacity(scene, node));
      marks.circle.set('r', r);
      marks.circle.set('fill', node.fill);
      const ringed = node.focused || node.selected;
      if (ringed && !marks.ring) {
        marks.ring = this.child(marks.group.el, 'circle');
        marks.ring.set('class', 'ring');
      } else if (!ringed && marks.ring) {
        marks.ring.el.remove();
        marks.ring = undefined;
      }
      marks.ring?.set('r', r + RING_GAP);
    }
    this.nodes.settle(ids, keep, (m) => m.group.el);
  }

  /** Labels never overlap, so their order does not matter: a new one is appended, none is moved. */
  private drawLabels(labels: readonly PlacedLabel[]): void {
    const keep = new Set<string>();
    for (const label of labels) {
      keep.add(label.id);
      let text = this.labels.items.get(label.id);
      if (!text) {
        text = this.child(this.labels.root.el, 'text');
        text.set('dominant-baseline', 'central');
        this.labels.items.set(label.id, text);
      }
      text.set('x', label.x);
      text.set('y', label.y);
      text.set('text-anchor', label.anchor);
      text.set('class', label.faded ? 'faded' : undefined);
      text.text(label.text);
    }
    this.labels.settle(undefined, keep, (m) => m.el);
  }

  private group(name: string): Mark<N> {
    const group = this.child(this.svg, 'g');
    group.set('class', name);
    return group;
  }

  /** A new element, not yet in the page (its layer appends it in order). */
  private mark(name: string): Mark<N> {
    this.created++;
    return new Mark<N>(this.doc.createElementNS(SVG, name));
  }

  private child(parent: N, name: string): Mark<N> {
    const mark = this.mark(name);
    parent.appendChild(mark.el);
    return mark;
  }
}

function markerKey(edge: SceneEdge): string {
  return `${edge.color}|${edge.unconfirmed ? 'h' : 's'}`;
}
