/**
 * The benchmark's peer: our re-implementation, from its published parameters, of D3's classic
 * force-directed graph drawn on Canvas (d3js.org/d3-force; the gallery's canvas example): forceLink with
 * default distance (30) and strength, forceManyBody strength −30, forceX/forceY towards the centre, the
 * default alpha decay (the simulation ends after 300 ticks), animated by d3's own timer (one tick per
 * animation frame) and redrawn on every tick. Only d3-force is imported, as in the demo's force part.
 *
 * Marks `peer:first-frame` after the first drawn tick and `peer:settled` when the simulation ends.
 * Loads the graph from `?data=` (default ../synthetic.json), a file in the AI Deal Map format.
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

interface PeerNode extends SimulationNodeDatum {
  id: string;
  group: string;
}

type PeerLink = SimulationLinkDatum<PeerNode>;

// d3.schemeCategory10, as in the demo's colour scale.
const COLORS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

async function main(): Promise<void> {
  const dataUrl = new URLSearchParams(location.search).get('data') ?? '../synthetic.json';
  const file = (await (await fetch(new URL(dataUrl, location.href))).json()) as {
    companies: { id: string; category: string }[];
    deals: { from: string; to: string }[];
  };
  const nodes: PeerNode[] = file.companies.map((c) => ({ id: c.id, group: c.category }));
  const links: PeerLink[] = file.deals.map((d) => ({ source: d.from, target: d.to }));
  const groups = [...new Set(nodes.map((n) => n.group))];
  const color = (group: string) => COLORS[groups.indexOf(group) % COLORS.length] as string;

  const canvas = document.getElementById('peer') as HTMLCanvasElement;
  const width = window.innerWidth;
  const height = window.innerHeight;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;

  let drawn = 0;
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<PeerNode, PeerLink>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody().strength(-30))
    .force('x', forceX())
    .force('y', forceY())
    .on('tick', draw)
    .on('end', () => {
      performance.mark('peer:settled');
      document.body.dataset['ticks'] = String(drawn);
    });

  function draw(): void {
    context.save();
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.clearRect(0, 0, width, height);
    context.translate(width / 2, height / 2);

    context.beginPath();
    for (const link of links) {
      const s = link.source as PeerNode;
      const t = link.target as PeerNode;
      context.moveTo(s.x ?? 0, s.y ?? 0);
      context.lineTo(t.x ?? 0, t.y ?? 0);
    }
    context.strokeStyle = '#999';
    context.globalAlpha = 0.6;
    context.lineWidth = 1;
    context.stroke();

    context.globalAlpha = 1;
    context.strokeStyle = '#fff';
    context.lineWidth = 1.5;
    for (const node of nodes) {
      context.beginPath();
      context.moveTo((node.x ?? 0) + 5, node.y ?? 0);
      context.arc(node.x ?? 0, node.y ?? 0, 5, 0, 2 * Math.PI);
      context.fillStyle = color(node.group);
      context.fill();
      context.stroke();
    }
    context.restore();
    if (drawn++ === 0) performance.mark('peer:first-frame');
  }
}

void main();
