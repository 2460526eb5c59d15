/**
 * Peer (b): the same simulation as the SVG peer, drawn on Canvas 2D (d3's canvas force examples): all links
 * as one batched path of 1-device-pixel hairlines (#999, opacity 0.6), then one arc per node (r 5, category
 * colour, white 1.5 px stroke), the whole canvas redrawn on every tick; d3-drag picks the node under the
 * pointer with `simulation.find`, d3-zoom moves the camera (and redraws once the layout has ended).
 * Marks `peer:first-frame` after the first drawn tick and `peer:settled` when the simulation ends.
 */
import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { loadGraph, simulate, type PeerNode } from '../graph.ts';

const RADIUS = 5;

async function main(): Promise<void> {
  const graph = await loadGraph();
  const canvas = document.getElementById('peer') as HTMLCanvasElement;
  const width = window.innerWidth;
  const height = window.innerHeight;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  let transform: ZoomTransform = zoomIdentity.translate(width / 2, height / 2);

  function draw(): void {
    context.save();
    context.setTransform(dpr, 0, 0, dpr, 0, 0);
    context.clearRect(0, 0, width, height);
    context.translate(transform.x, transform.y);
    context.scale(transform.k, transform.k);

    context.beginPath();
    for (const link of graph.links) {
      const s = link.source as PeerNode;
      const t = link.target as PeerNode;
      context.moveTo(s.x ?? 0, s.y ?? 0);
      context.lineTo(t.x ?? 0, t.y ?? 0);
    }
    context.strokeStyle = '#999';
    context.globalAlpha = 0.6;
    context.lineWidth = 1 / (transform.k * dpr);
    context.stroke();

    context.globalAlpha = 1;
    context.strokeStyle = '#fff';
    context.lineWidth = 1.5;
    for (const node of graph.nodes) {
      context.beginPath();
      context.moveTo((node.x ?? 0) + RADIUS, node.y ?? 0);
      context.arc(node.x ?? 0, node.y ?? 0, RADIUS, 0, 2 * Math.PI);
      context.fillStyle = graph.color(node.group);
      context.fill();
      context.stroke();
    }
    context.restore();
  }

  let running = true;
  const simulation = simulate(graph, draw).on('end.redraw', () => {
    running = false;
  });
  const redrawIfIdle = () => {
    if (!running) draw();
  };

  /** The node under the pointer, in layout coordinates. */
  const subject = (event: { x: number; y: number }) => {
    const [x, y] = transform.invert([event.x, event.y]);
    const found = simulation.find(x, y, RADIUS / transform.k + RADIUS);
    return found
      ? { node: found, x: transform.applyX(found.x ?? 0), y: transform.applyY(found.y ?? 0) }
      : null;
  };
  type Subject = { node: PeerNode; x: number; y: number };
  const camera = zoom<HTMLCanvasElement, unknown>().on('zoom', (event: { transform: ZoomTransform }) => {
    transform = event.transform;
    redrawIfIdle();
  });
  select(canvas)
    .call(
      drag<HTMLCanvasElement, unknown, Subject | null>()
        .subject(subject)
        .on('start', (event: { active: number; subject: Subject }) => {
          if (!event.active) simulation.alphaTarget(0.3).restart();
          running = true;
          event.subject.node.fx = event.subject.node.x ?? null;
          event.subject.node.fy = event.subject.node.y ?? null;
        })
        .on('drag', (event: { subject: Subject; x: number; y: number }) => {
          const [x, y] = transform.invert([event.x, event.y]);
          event.subject.node.fx = x;
          event.subject.node.fy = y;
        })
        .on('end', (event: { active: number; subject: Subject }) => {
          if (!event.active) simulation.alphaTarget(0);
          event.subject.node.fx = null;
          event.subject.node.fy = null;
        }),
    )
    .call(camera)
    .call(camera.transform, transform);
}

void main();
