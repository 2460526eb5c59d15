import { forceManyBody } from 'd3-force';
import { describe, expect, test } from 'vitest';
import type { LayoutNode } from './forces.ts';
import { forcePairCharge } from './pair-charge.ts';
import { scattered as scatteredAt } from './test-nodes.ts';

const scattered = (n: number, spread: number, seed = 5) => scatteredAt(n, spread, seed, true);

describe('the exact many-body force of small graphs', () => {
  const strength = (node: LayoutNode) => -(120 + 30 * node.r);

  test('pushes as d3’s many-body force does when its tree approximates nothing (theta 0), with the same cut-off', () => {
    for (const [n, spread] of [
      [150, 900],
      [60, 3000],
      [40, 6],
    ] as const) {
      const theirs = scattered(n, spread);
      const ours = scattered(n, spread);
      const d3force = forceManyBody<LayoutNode>().strength(strength).distanceMax(400).theta(0);
      d3force.initialize(theirs, () => 0.5);
      d3force(0.7);
      const force = forcePairCharge(strength, 400);
      force.initialize?.(ours, () => 0.5);
      force(0.7);
      ours.forEach((node, i) => {
        const other = theirs[i] as LayoutNode;
        expect(node.vx).toBeCloseTo(other.vx ?? 0, 8);
        expect(node.vy).toBeCloseTo(other.vy ?? 0, 8);
      });
      // Something was pushed (the cut-off did not leave everything alone).
      expect(ours.some((node, i) => node.vx !== scattered(n, spread)[i]?.vx)).toBe(true);
    }
  });

  test('companies farther apart than the cut-off, or at the very same point, leave each other alone', () => {
    const nodes: LayoutNode[] = [
      { id: 0, index: 0, r: 5, x: 0, y: 0, vx: 0, vy: 0 },
      { id: 1, index: 1, r: 5, x: 401, y: 0, vx: 0, vy: 0 },
      { id: 2, index: 2, r: 5, x: 0, y: 0, vx: 0, vy: 0 },
    ];
    const force = forcePairCharge(strength, 400);
    force.initialize?.(nodes, () => 0.5);
    force(1);
    expect(nodes.map((n) => [n.vx, n.vy])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    // Within reach, each pushes the other away: the two at one point push the third twice as hard.
    nodes[1]!.x = 100;
    force(1);
    expect(nodes[0]!.vx).toBeLessThan(0);
    expect(nodes[2]!.vx).toBe(nodes[0]!.vx);
    expect(nodes[1]!.vx).toBeCloseTo(-2 * (nodes[0]!.vx ?? 0), 9);
  });
});
