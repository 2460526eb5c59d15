import { forceManyBody, forceSimulation } from 'd3-force';
import { describe, expect, test } from 'vitest';
import { generateLargeGraph } from '../../../scripts/generate-large-graph.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel } from '../graph/model.ts';
import type { LayoutNode, SpringLink } from './forces.ts';
import { Grid } from './grid.ts';
import { forceGridCharge, forceGridCollide } from './grid-forces.ts';
import { forceLabelCollide, labelBoxes } from './label-collide.ts';
import { layoutInput } from './layout-input.ts';
import { layoutParams } from './layout-params.ts';
import { scattered as scatteredAt } from './test-nodes.ts';
import { createLayout } from './step-layout.ts';

const scattered = (n: number, spread: number, seed = 3) => scatteredAt(n, spread, seed);

describe('Grid', () => {
  test('files every point in the cell that holds it, each cell listing its points in index order', () => {
    const xs = Float64Array.from([0, 25, 5, 39, 0.5, 12]);
    const ys = Float64Array.from([0, 0, 5, 19, 0.5, 15]);
    const grid = new Grid();
    grid.build(xs, ys, 10);
    expect([grid.cols, grid.rows, grid.size]).toEqual([4, 2, 10]);
    const cellOf = (i: number) => grid.cell(xs[i] as number, ys[i] as number);
    for (let i = 0; i < xs.length; i++) {
      const c = cellOf(i);
      const members = [...grid.items.subarray(grid.start[c], grid.start[c + 1])];
      expect(members).toContain(i);
      expect(members).toEqual([...members].sort((a, b) => a - b));
    }
    expect(cellOf(0)).toBe(cellOf(4));
    expect(cellOf(0)).not.toBe(cellOf(1));
  });

  test('points spread very far do not make a huge grid', () => {
    const grid = new Grid();
    grid.build(Float64Array.from([0, 1e9, 5]), Float64Array.from([0, 1e9, 5]), 10);
    expect(grid.cols * grid.rows).toBeLessThanOrEqual(4 * 3 + 16);
  });
});

describe('grid forces', () => {
  test('the grid many-body force pushes as d3’s exact one does, within ten per cent', () => {
    const strength = (node: LayoutNode) => -(100 + 20 * node.r);
    const exact = scattered(400, 1500);
    const grid = scattered(400, 1500);
    forceManyBody<LayoutNode>()
      .strength(strength)
      .distanceMax(400)
      .theta(0)
      .initialize(exact, () => 0.5);
    const d3force = forceManyBody<LayoutNode>().strength(strength).distanceMax(400).theta(0);
    d3force.initialize(exact, () => 0.5);
    d3force(1);
    const ours = forceGridCharge(strength, 400);
    ours.initialize?.(grid, () => 0.5);
    ours(1);
    let error = 0;
    let size = 0;
    exact.forEach((node, i) => {
      const other = grid[i] as LayoutNode;
      error += Math.hypot((node.vx ?? 0) - (other.vx ?? 0), (node.vy ?? 0) - (other.vy ?? 0));
      size += Math.hypot(node.vx ?? 0, node.vy ?? 0);
    });
    expect(error / size).toBeLessThan(0.1);
  });

  test('the grid collision force clears a crowd of labelled circles as well as the sweep does', () => {
    const overlapsAfter = (collide: typeof forceGridCollide) => {
      const nodes = scattered(600, 700);
      const boxes = labelBoxes(
        nodes.map((n) => `Company ${n.id}`),
        nodes.map((n) => n.r),
        { labelCharWidth: 5.5, labelLineHeight: 14, labelled: 20 },
      );
      forceSimulation<LayoutNode, SpringLink>(nodes)
        .stop()
        .force('labels', collide(boxes, { padding: 4, strength: 0.8 }))
        .tick(150);
      let overlaps = 0;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i] as LayoutNode;
          const b = nodes[j] as LayoutNode;
          if (Math.hypot((a.x ?? 0) - (b.x ?? 0), (a.y ?? 0) - (b.y ?? 0)) < 0.9 * (a.r + b.r)) overlaps++;
        }
      }
      return overlaps;
    };
    const grid = overlapsAfter(forceGridCollide);
    expect(grid).toBeLessThanOrEqual(overlapsAfter(forceLabelCollide));
    // Of 600 circles (in a crowd about twice as dense as fits), hardly any still overlap.
    expect(grid).toBeLessThan(12);
  });
});

describe('a big graph (1,500 companies) on the grid forces', () => {
  const result = validateDealMap(generateLargeGraph({ companies: 1500, deals: 4500, seed: 9 }));
  if (!result.ok) throw new Error('the generated file should be valid');
  const model = buildModel(result.value);
  const radii = Float64Array.from(model.companies, (_, i) => 5 + (i % 10 === 0 ? 15 : 0));
  const input = layoutInput(model, { radii });

  test('uses them, stays deterministic in chunks, and ends with finite, separated circles', () => {
    expect(layoutParams(1500).grid).toBe(true);
    const once = createLayout(input);
    once.step(Infinity);
    const chunked = createLayout(structuredClone(input));
    while (!chunked.step(13));
    const positions = once.positions();
    expect([...chunked.positions()]).toEqual([...positions]);
    expect(positions.every(Number.isFinite)).toBe(true);
    let overlapping = 0;
    const grid = new Grid();
    const xs = positions.filter((_, i) => i % 2 === 0);
    const ys = positions.filter((_, i) => i % 2 === 1);
    grid.build(xs, ys, 40);
    for (let i = 0; i < radii.length; i++) {
      for (let j = i + 1; j < radii.length; j++) {
        const d = Math.hypot((xs[i] as number) - (xs[j] as number), (ys[i] as number) - (ys[j] as number));
        if (d < 0.9 * ((radii[i] as number) + (radii[j] as number))) overlapping++;
      }
    }
    expect(overlapping / radii.length).toBeLessThan(0.02);
    // Two whole layouts of 1,500 companies: room for a busy machine (this is not a speed test).
  }, 30_000);
});
