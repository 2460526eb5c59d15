import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Force,
  type SimulationNodeDatum,
} from 'd3-force';
import { describe, expect, test } from 'vitest';
import { seededRandom } from './random.ts';
import { layoutSimulation } from './simulation.ts';

interface Node extends SimulationNodeDatum {
  id: number;
}

/** The same forces for either simulation, fresh each time (forces keep state). */
function forces(): [string, Force<Node, never>][] {
  const links = Array.from({ length: 120 }, (_, i) => ({ source: i % 60, target: (i * 7 + 3) % 60 }));
  return [
    [
      'link',
      forceLink<Node, { source: number; target: number }>(links).id((n) => n.id) as Force<Node, never>,
    ],
    ['charge', forceManyBody<Node>().strength(-80).theta(1.2) as Force<Node, never>],
    ['collide', forceCollide<Node>(6) as Force<Node, never>],
    ['x', forceX<Node>(0).strength(0.04) as Force<Node, never>],
    ['y', forceY<Node>(0).strength(0.13) as Force<Node, never>],
  ];
}

function nodes(): Node[] {
  const random = seededRandom(9);
  return Array.from({ length: 60 }, (_, id) => {
    const node: Node = { id, x: (random() - 0.5) * 400, y: (random() - 0.5) * 400 };
    if (id === 5) {
      node.fx = 10;
      node.fy = -20;
    }
    return node;
  });
}

describe('layout simulation', () => {
  test("gives exactly d3's forceSimulation positions, tick for tick, with forces removed midway", () => {
    const ours = nodes();
    const d3s = nodes();
    const simulation = layoutSimulation(ours, seededRandom(3), 1);
    simulation.alphaDecay = 0.045;
    simulation.velocityDecay = 0.45;
    const reference = forceSimulation<Node>().stop().randomSource(seededRandom(3)).alpha(1);
    reference.nodes(d3s).alphaDecay(0.045).velocityDecay(0.45);
    for (const [name, force] of forces()) simulation.force(name, force);
    for (const [name, force] of forces()) reference.force(name, force);
    simulation.tick(80);
    reference.tick(80);
    for (const name of ['link', 'charge']) {
      simulation.force(name, null);
      reference.force(name, null);
    }
    simulation.tick(30);
    reference.tick(30);
    expect(ours.map((n) => [n.x, n.y])).toEqual(d3s.map((n) => [n.x, n.y]));
    expect(simulation.alpha).toBe(reference.alpha());
    // The pinned company stayed where it was pinned; the others moved.
    expect([ours[5]?.x, ours[5]?.y]).toEqual([10, -20]);
    expect(ours[0]?.x).not.toBe(nodes()[0]?.x);
  });
});
