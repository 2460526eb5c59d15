import { describe, expect, it } from 'vitest';
import { SvgDrawing, type SvgDocument, type SvgNode } from './svg-draw.ts';
import { sceneEdge, sceneNode } from './test-scene.ts';
import type { PlacedLabel } from './labels.ts';
import type { Camera, Scene } from './types.ts';

/** A minimal element tree that records what is written to it. */
class FakeNode implements SvgNode<FakeNode> {
  readonly attributes = new Map<string, string>();
  children: FakeNode[] = [];
  parent: FakeNode | undefined;
  textContent: string | null = '';
  constructor(readonly name: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  appendChild(child: FakeNode): unknown {
    return this.insertBefore(child, null);
  }
  insertBefore(node: FakeNode, before: FakeNode | null): unknown {
    node.remove();
    node.parent = this;
    const at = before ? this.children.indexOf(before) : -1;
    if (at < 0) this.children.push(node);
    else this.children.splice(at, 0, node);
    return node;
  }
  remove(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
    this.parent = undefined;
  }
  /** Descendants whose class list has `name`. */
  find(name: string): FakeNode[] {
    const out: FakeNode[] = [];
    const walk = (node: FakeNode) => {
      for (const c of node.children) {
        if ((c.attributes.get('class') ?? '').split(' ').includes(name)) out.push(c);
        walk(c);
      }
    };
    walk(this);
    return out;
  }
}

const doc: SvgDocument<FakeNode> = { createElementNS: (_ns, name) => new FakeNode(name) };

const nodes = [sceneNode(0, 0, 0), sceneNode(1, 100, 0), sceneNode(2, 0, 100)];
const scene: Scene = {
  nodes,
  edges: [sceneEdge(0, 0, 1), sceneEdge(1, 0, 2, { dash: '7 4' })],
  bounds: { x0: 0, y0: 0, x1: 100, y1: 100 },
};
const labels: PlacedLabel[] = [{ id: 'n1', text: 'Company 1', x: 115, y: 0, anchor: 'start', faded: false }];
const CAMERA: Camera = { x: 10, y: 20, k: 1 };

function drawn() {
  const root = new FakeNode('svg');
  const over = new FakeNode('svg');
  const layer = { style: { transform: '' } };
  return { root, over, layer, drawing: new SvgDrawing(root, over, doc, layer) };
}

describe('svg-draw', () => {
  it('draws one group per deal and company, one text per label, and an arrowhead marker per colour', () => {
    const { root, over, drawing } = drawn();
    drawing.draw(scene, CAMERA, labels);
    const edges = root.find('edge');
    expect(edges.map((e) => e.attributes.get('data-deal'))).toEqual(['d0', 'd1']);
    expect(root.find('node').map((n) => n.attributes.get('transform'))).toEqual([
      'translate(10,20)',
      'translate(110,20)',
      'translate(10,120)',
    ]);
    const line = edges[1]?.children[0];
    expect(line?.attributes.get('stroke-dasharray')).toBe('7 4');
    expect(line?.attributes.get('marker-end')).toBe('url(#arrow-0)');
    expect(root.children[0]?.children).toHaveLength(1);
    expect(over.find('labels')[0]?.children.map((t) => t.textContent)).toEqual(['Company 1']);
  });

  it('rewrites only geometry when the camera moves, and creates nothing', () => {
    const { root, drawing } = drawn();
    drawing.draw(scene, CAMERA, labels);
    const moved = drawing.draw(scene, { x: 0, y: 0, k: 2 }, [{ ...labels[0]!, x: 215 }]);
    expect(moved.created).toBe(0);
    // Per deal its path; per company its transform and radius; the label's x.
    expect(moved.writes).toBe(2 + 3 * 2 + 1);
    expect(root.find('node')[1]?.attributes.get('transform')).toBe('translate(200,0)');
    expect(root.find('node')[1]?.children[0]?.attributes.get('r')).toBe('20');
    expect(drawing.draw(scene, { x: 0, y: 0, k: 2 }, [{ ...labels[0]!, x: 215 }]).writes).toBe(0);
  });

  it('adds and removes a selected deal’s halo and a company’s ring, before the line and after the circle', () => {
    const { root, drawing } = drawn();
    drawing.draw(scene, CAMERA, labels);
    const selected: Scene = {
      ...scene,
      nodes: nodes.map((n) => (n.index === 1 ? { ...n, selected: true } : n)),
      edges: scene.edges.map((e) => (e.index === 0 ? { ...e, selected: true } : e)),
    };
    drawing.draw(selected, CAMERA, labels);
    const edge = root.find('edge')[0];
    expect(edge?.attributes.get('class')).toBe('edge selected');
    expect(edge?.children.map((c) => c.attributes.get('class'))).toEqual(['halo', 'line']);
    expect(root.find('node')[1]?.children.map((c) => c.attributes.get('class'))).toEqual([undefined, 'ring']);
    drawing.draw(scene, CAMERA, labels);
    expect(root.find('halo')).toHaveLength(0);
    expect(root.find('ring')).toHaveLength(0);
  });

  it('follows the scene’s order and drops what left it, labels included', () => {
    const { root, over, drawing } = drawn();
    drawing.draw(scene, CAMERA, labels);
    const reordered: Scene = { ...scene, nodes: [nodes[2]!, nodes[0]!], edges: [scene.edges[1]!] };
    drawing.draw(reordered, CAMERA, []);
    expect(root.find('node').map((n) => n.attributes.get('data-node'))).toEqual(['n2', 'n0']);
    expect(root.find('edge').map((n) => n.attributes.get('data-deal'))).toEqual(['d1']);
    expect(over.find('labels')[0]?.children).toHaveLength(0);
  });

  it('writes an aggregate as data-pair with a count badge, and labels as text, never markup', () => {
    const { root, over, drawing } = drawn();
    const pair: Scene = { ...scene, edges: [sceneEdge(0, 0, 1, { id: 'n0|n1', aggregate: { count: 3 } })] };
    drawing.draw(pair, CAMERA, [{ ...labels[0]!, text: '<img src=x onerror=alert(1)>' }]);
    const edge = root.find('edge')[0];
    expect(edge?.attributes.get('data-pair')).toBe('n0|n1');
    expect(edge?.attributes.has('data-deal')).toBe(false);
    const badge = root.find('badge')[0];
    expect(badge?.attributes.get('transform')).toBe('translate(60,20)');
    expect(badge?.children[1]?.textContent).toBe('3');
    const text = over.find('labels')[0]?.children[0];
    expect(text?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(text?.children).toHaveLength(0);
    drawing.draw(scene, CAMERA, labels);
    expect(root.find('badge')).toHaveLength(0);
  });

  it('draws what a highlight fades at the fade’s opacity, and what it lists at its own', () => {
    const { root, drawing } = drawn();
    const faded: Scene = {
      ...scene,
      fade: { node: 0.15, edge: 0.08, nodes: new Set([1]), edges: new Set([1]) },
    };
    drawing.draw(faded, CAMERA, labels);
    expect(root.find('node').map((n) => n.attributes.get('opacity'))).toEqual(['0.15', '1', '0.15']);
    expect(root.find('line').map((l) => l.attributes.get('opacity'))).toEqual([
      '0.08',
      String(scene.edges[1]?.opacity),
    ]);
    drawing.draw(scene, CAMERA, labels);
    expect(root.find('node').map((n) => n.attributes.get('opacity'))).toEqual(['1', '1', '1']);
  });

  describe('update while the camera moves', () => {
    const stage = { width: 400, height: 300, moving: true };
    const zoomed: Camera = { x: 0, y: 0, k: 2 };

    it('moves the last drawing of links and circles with one transform, and places the labels anew', () => {
      const { root, over, layer, drawing } = drawn();
      drawing.update(scene, CAMERA, labels, { ...stage, moving: false });
      const moved = drawing.update(scene, zoomed, [{ ...labels[0]!, x: 215 }], stage);
      // The label's x, and nothing else.
      expect(moved).toEqual({ writes: 1, created: 0 });
      expect(over.find('labels')[0]?.children[0]?.attributes.get('x')).toBe('215');
      // A point drawn at world (100, 0) through CAMERA sits at screen (110, 20); scaled ×2 and moved it lands
      // where the new camera puts it, (200, 0).
      expect(layer.style.transform).toBe('translate(-20px, -40px) scale(2)');
      expect(root.find('node')[1]?.attributes.get('transform')).toBe('translate(110,20)');
    });

    it('draws at the true sizes once the camera rests, and clears the transform', () => {
      const { root, layer, drawing } = drawn();
      drawing.update(scene, CAMERA, labels, { ...stage, moving: false });
      drawing.update(scene, zoomed, labels, stage);
      const rested = drawing.update(scene, zoomed, labels, { ...stage, moving: false });
      expect(rested.writes).toBeGreaterThan(0);
      expect(layer.style.transform).toBe('');
      expect(root.find('node')[1]?.attributes.get('transform')).toBe('translate(200,0)');
      expect(root.find('node')[1]?.children[0]?.attributes.get('r')).toBe('20');
    });

    it('draws in full when the scene or the stage changes during a move (a hover, a resize)', () => {
      const { root, layer, drawing } = drawn();
      drawing.update(scene, CAMERA, labels, { ...stage, moving: false });
      const hovered: Scene = {
        ...scene,
        nodes: nodes.map((n) => ({ ...n, opacity: n.index === 2 ? 0.2 : 1 })),
      };
      expect(drawing.update(hovered, zoomed, labels, stage).writes).toBeGreaterThan(0);
      expect(layer.style.transform).toBe('');
      expect(root.find('node')[1]?.attributes.get('transform')).toBe('translate(200,0)');
      expect(drawing.update(hovered, CAMERA, labels, { ...stage, width: 500 }).writes).toBeGreaterThan(0);
      expect(layer.style.transform).toBe('');
    });
  });
});
