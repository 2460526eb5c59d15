/**
 * What both peers share: the graph, fetched from `?data=` (a file in the AI Deal Map format, the same file the
 * app loads), d3's category colours, the d3-force simulation of D3's canonical force-directed example
 * (forceLink with its defaults, forceManyBody −30, forceX and forceY towards the centre, the default alpha
 * decay: 300 ticks) and the marks the benchmark reads.
 */
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export interface PeerNode extends SimulationNodeDatum {
  id: string;
  group: string;
}

export type PeerLink = SimulationLinkDatum<PeerNode> & {
  source: PeerNode | string;
  target: PeerNode | string;
};

export interface PeerGraph {
  readonly nodes: PeerNode[];
  readonly links: PeerLink[];
  readonly color: (group: string) => string;
}

// d3.schemeCategory10, as in the example's colour scale.
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

export async function loadGraph(): Promise<PeerGraph> {
  const dataUrl = new URLSearchParams(location.search).get('data') ?? '/data/ai-deals.json';
  const response = await fetch(new URL(dataUrl, location.href));
  const file = (await response.json()) as {
    companies: { id: string; category: string }[];
    deals: { from: string; to: string }[];
  };
  const nodes: PeerNode[] = file.companies.map((c) => ({ id: c.id, group: c.category }));
  const links: PeerLink[] = file.deals.map((d) => ({ source: d.from, target: d.to }));
  const groups = [...new Set(nodes.map((n) => n.group))];
  return { nodes, links, color: (group) => COLORS[groups.indexOf(group) % COLORS.length] as string };
}

/** The example's simulation; `draw` runs on every tick (d3's timer: one tick per animation frame). */
export function simulate(graph: PeerGraph, draw: () => void): Simulation<PeerNode, PeerLink> {
  let ticks = 0;
  const bench = window as unknown as { __peerTicks?: number };
  return forceSimulation(graph.nodes)
    .force(
      'link',
      forceLink<PeerNode, PeerLink>(graph.links).id((d) => d.id),
    )
    .force('charge', forceManyBody().strength(-30))
    .force('x', forceX())
    .force('y', forceY())
    .on('tick', () => {
      draw();
      bench.__peerTicks = ++ticks;
      if (ticks === 1) performance.mark('peer:first-frame');
    })
    .on('end', () => {
      if (!performance.getEntriesByName('peer:settled').length) performance.mark('peer:settled');
    });
}
