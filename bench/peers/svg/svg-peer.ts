/**
 * Peer (a): our re-implementation, from its published parameters, of D3's canonical force-directed graph
 * (the d3-force gallery example): one SVG `<line>` per link (stroke #999, opacity 0.6) and one `<circle>` per
 * node (r 5, category colour, white 1.5 px stroke, a `<title>`), every attribute rewritten on every tick;
 * d3-drag on the nodes (alpha target 0.3 while dragging), plus d3-zoom on the whole drawing.
 * Marks `peer:first-frame` after the first drawn tick and `peer:settled` when the simulation ends.
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { loadGraph, simulate, type PeerLink, type PeerNode } from '../graph.ts';

async function main(): Promise<void> {
  const graph = await loadGraph();
  const width = window.innerWidth;
  const height = window.innerHeight;
  const svg = select(document.body)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', [-width / 2, -height / 2, width, height].join(' '));
  const layer = svg.append('g');
  const link = layer
    .append('g')
    .attr('stroke', '#999')
    .attr('stroke-opacity', 0.6)
    .selectAll<SVGLineElement, PeerLink>('line')
    .data(graph.links)
    .join('line')
    .attr('stroke-width', 1);
  const node = layer
    .append('g')
    .attr('stroke', '#fff')
    .attr('stroke-width', 1.5)
    .selectAll<SVGCircleElement, PeerNode>('circle')
    .data(graph.nodes)
    .join('circle')
    .attr('r', 5)
    .attr('fill', (d) => graph.color(d.group));
  node.append('title').text((d) => d.id);

  const at = (n: PeerNode | string, axis: 'x' | 'y') => (typeof n === 'string' ? 0 : (n[axis] ?? 0));
  const simulation = simulate(graph, () => {
    link
      .attr('x1', (d) => at(d.source, 'x'))
      .attr('y1', (d) => at(d.source, 'y'))
      .attr('x2', (d) => at(d.target, 'x'))
      .attr('y2', (d) => at(d.target, 'y'));
    node.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
  });

  node.call(
    drag<SVGCircleElement, PeerNode>()
      .on('start', (event: { active: number; subject: PeerNode }) => {
        if (!event.active) simulation.alphaTarget(0.3).restart();
        event.subject.fx = event.subject.x ?? null;
        event.subject.fy = event.subject.y ?? null;
      })
      .on('drag', (event: { subject: PeerNode; x: number; y: number }) => {
        event.subject.fx = event.x;
        event.subject.fy = event.y;
      })
      .on('end', (event: { active: number; subject: PeerNode }) => {
        if (!event.active) simulation.alphaTarget(0);
        event.subject.fx = null;
        event.subject.fy = null;
      }),
  );
  svg.call(
    zoom<SVGSVGElement, unknown>().on('zoom', (event: { transform: { toString(): string } }) => {
      layer.attr('transform', event.transform.toString());
    }),
  );
}

void main();
