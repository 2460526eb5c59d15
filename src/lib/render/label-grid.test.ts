import { describe, expect, test } from 'vitest';
import { BoxGrid, type Box, type WorkCounter } from './label-grid.ts';
import {
  LABEL_FONT_PX,
  labelBox,
  overlaps,
  placeLabels,
  type LabelCandidate,
  type PlacedLabel,
} from './labels.ts';
import { mulberry32 } from '../test-random.ts';

/**
 * The placement as it was before the grid (every label checked against every circle and placed label), kept
 * here only as the reference the grid's output must equal.
 */
function referencePlaceLabels(
  candidates: readonly LabelCandidate[],
  viewport: { readonly width: number; readonly height: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const LINE = LABEL_FONT_PX + 2;
  const SIDES = [
    { dx: 1, dy: 0, anchor: 'start' },
    { dx: -1, dy: 0, anchor: 'end' },
    { dx: 0, dy: 1, anchor: 'middle' },
    { dx: 0, dy: -1, anchor: 'middle' },
    { dx: Math.SQRT1_2, dy: Math.SQRT1_2, anchor: 'start' },
    { dx: Math.SQRT1_2, dy: -Math.SQRT1_2, anchor: 'start' },
    { dx: -Math.SQRT1_2, dy: Math.SQRT1_2, anchor: 'end' },
    { dx: -Math.SQRT1_2, dy: -Math.SQRT1_2, anchor: 'end' },
  ] as const;
  type Side = (typeof SIDES)[number];
  const option = (c: LabelCandidate, side: Side, further = 0): [PlacedLabel, Box] => {
    const reach = c.r + 3 + further;
    let x = c.x + side.dx * reach;
    let y = c.y + side.dy * reach;
    if (side.anchor === 'middle') y += side.dy * (LINE / 2 - 1);
    else if (side.dy !== 0) y += side.dy * (LINE / 2 - 2);
    if (side.dx !== 0 && side.dy !== 0) x -= side.dx * 1;
    const label: PlacedLabel = { id: c.id, text: c.text, x, y, anchor: side.anchor, faded: Boolean(c.faded) };
    return [label, labelBox(label)];
  };
  const sidesFor = (c: LabelCandidate): Side[] =>
    c.heavyX === 0 && c.heavyY === 0
      ? [...SIDES]
      : SIDES.map((side, i) => ({ side, score: side.dx * c.heavyX + side.dy * c.heavyY + i * 1e-3 }))
          .sort((a, b) => a.score - b.score)
          .map((s) => s.side);
  const pad = (b: Box): Box => ({ x0: b.x0 - 2, y0: b.y0 - 2, x1: b.x1 + 2, y1: b.y1 + 2 });
  const inside = (box: Box | { x: number; y: number }): boolean =>
    'x' in box
      ? box.x >= 0 && box.y >= 0 && box.x <= viewport.width && box.y <= viewport.height
      : box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height;

  const order = candidates.toSorted(
    (a, b) => Number(b.must) - Number(a.must) || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const circles = candidates.map((c) => ({
    id: c.id,
    box: { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r },
  }));
  const placed: Box[] = [...obstacles];
  const out: PlacedLabel[] = [];
  for (const c of order) {
    if (!c.must && c.faded) continue;
    const options = sidesFor(c).map((side) => option(c, side));
    const hits = (box: Box): number =>
      placed.filter((p) => overlaps(pad(p), box)).length * 100 +
      circles.filter((o) => o.id !== c.id && overlaps(o.box, box)).length;
    const clear = (o: [PlacedLabel, Box]) => inside(o[1]) && hits(o[1]) === 0;
    let chosen = options.find(clear);
    if (!chosen && c.must)
      chosen = sidesFor(c)
        .map((side) => option(c, side, 8))
        .find(clear);
    if (!chosen && c.must && inside({ x: c.x, y: c.y })) {
      const inView = options.filter(([, box]) => inside(box));
      const labelHits = (box: Box) => placed.filter((p) => overlaps(pad(p), box)).length;
      const circleHits = (box: Box) => circles.filter((o) => o.id !== c.id && overlaps(o.box, box)).length;
      const best = (inView.length > 0 ? inView : options).reduce((b, o) =>
        labelHits(o[1]) < labelHits(b[1]) ||
        (labelHits(o[1]) === labelHits(b[1]) && circleHits(o[1]) < circleHits(b[1]))
          ? o
          : b,
      );
      if (labelHits(best[1]) === 0 || c.forced) chosen = best;
    }
    if (!chosen) continue;
    placed.push(chosen[1]);
    out.push(chosen[0]);
  }
  return out;
}

const random = mulberry32;

interface Drawn {
  readonly candidates: LabelCandidate[];
  readonly viewport: { width: number; height: number };
  readonly obstacles: Box[];
}

/**
 * A random map: circles of all sizes in and around the viewport (some far out, some huge), ties in rank,
 * must-show and faded companies, heavy directions, names of every length, a few shared ids, buttons.
 */
function randomMap(seed: number, count: number): Drawn {
  const next = random(seed);
  const viewport = { width: 200 + Math.floor(next() * 1300), height: 150 + Math.floor(next() * 900) };
  const spread = next() < 0.3 ? 3 : 1.3;
  const candidates = Array.from({ length: count }, (_, i): LabelCandidate => {
    const angle = next() * 2 * Math.PI;
    const heavy = next() < 0.6;
    const roll = next();
    const roll2 = next();
    return {
      id: next() < 0.02 ? 'shared' : `c${Math.floor(next() * count * 4)}-${i}`,
      text: 'Acme Robotics Inference Compute'.slice(0, 1 + Math.floor(next() * 30)),
      x: (next() * spread - (spread - 1) / 2) * viewport.width,
      y: (next() * spread - (spread - 1) / 2) * viewport.height,
      r: roll < 0.02 ? 150 + next() * 400 : 2 + next() * next() * 40,
      rank: Math.floor(next() * count * 0.7),
      must: roll2 < 0.12,
      forced: roll2 < 0.04,
      heavyX: heavy ? Math.cos(angle) : 0,
      heavyY: heavy ? Math.sin(angle) : 0,
      faded: next() < 0.2,
    };
  });
  const obstacles = Array.from({ length: Math.floor(next() * 3) }, () => {
    const x0 = next() * viewport.width;
    const y0 = next() * viewport.height;
    return { x0, y0, x1: x0 + 20 + next() * 120, y1: y0 + 20 + next() * 80 };
  });
  return { candidates, viewport, obstacles };
}

describe('labels on a grid', () => {
  test('place exactly the labels the all-pairs placement placed, on 200 random maps', () => {
    let labelled = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { candidates, viewport, obstacles } = randomMap(seed, 5 + (seed % 7) * 35);
      const expected = referencePlaceLabels(candidates, viewport, obstacles);
      expect(placeLabels(candidates, viewport, obstacles), `map ${seed}`).toEqual(expected);
      labelled += expected.length;
    }
    // The maps are varied enough that many labels are placed (and many are not).
    expect(labelled).toBeGreaterThan(2000);
  }, 30_000);

  test('the same labels whatever order the companies come in', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { candidates, viewport, obstacles } = randomMap(seed, 300);
      const next = random(seed * 31);
      const shuffled = candidates
        .map((c) => ({ c, key: next() }))
        .sort((a, b) => a.key - b.key)
        .map(({ c }) => c);
      // Shared ids make the order of equal candidates matter; the rest must not depend on it.
      const unique = (list: readonly LabelCandidate[]) => list.filter((c) => c.id !== 'shared');
      expect(placeLabels(unique(shuffled), viewport, obstacles)).toEqual(
        placeLabels(unique(candidates), viewport, obstacles),
      );
    }
  });

  test('a crowded map zoomed out, where most must-show labels fall back to touching marks, is placed alike', () => {
    const next = random(7);
    const candidates = Array.from({ length: 600 }, (_, i) => ({
      id: `c${i}`,
      text: `Company ${i}`,
      x: next() * 400,
      y: next() * 300,
      r: 2 + next() * 6,
      rank: i,
      must: i % 3 === 0,
      heavyX: 0,
      heavyY: 0,
    }));
    const viewport = { width: 400, height: 300 };
    expect(placeLabels(candidates, viewport)).toEqual(referencePlaceLabels(candidates, viewport));
  });

  /** `count` companies at the density of a busy map (a circle per 2,500 px²) in a viewport that grows with them. */
  function busyMap(count: number): Drawn {
    const next = random(count);
    const side = Math.sqrt(count * 2500);
    const candidates = Array.from({ length: count }, (_, i) => ({
      id: `c${i}`,
      text: `Company number ${i}`.slice(0, 6 + (i % 14)),
      x: next() * side,
      y: next() * side,
      r: 2 + next() * next() * 14,
      rank: i,
      must: i < 10,
      heavyX: 0,
      heavyY: 0,
    }));
    return { candidates, viewport: { width: side, height: side }, obstacles: [] };
  }

  test('the work grows linearly: 20,000 companies cost about 4 times what 5,000 do, not 16 times', () => {
    const work = (count: number): number => {
      const counter: WorkCounter = { comparisons: 0 };
      const { candidates, viewport } = busyMap(count);
      placeLabels(candidates, viewport, [], counter);
      return counter.comparisons;
    };
    const small = work(5000);
    const big = work(20_000);
    expect(big / small).toBeGreaterThan(3);
    expect(big / small).toBeLessThan(5);
    // A few dozen box comparisons per company, where checking every pair would make 20,000 per company.
    expect(big / 20_000).toBeLessThan(60);
  }, 30_000);

  test('companies far outside the viewport cost nothing but their filing', () => {
    const { candidates } = busyMap(20_000);
    const viewport = { width: 1440, height: 900 };
    const counter: WorkCounter = { comparisons: 0 };
    const labels = placeLabels(candidates, viewport, [], counter);
    expect(labels.length).toBeGreaterThan(50);
    expect(counter.comparisons).toBeLessThan(60 * 2000);
  }, 30_000);
});

describe('BoxGrid', () => {
  const area = { x0: 0, y0: 0, x1: 1000, y1: 1000 };

  test('counts each overlapping box once, even one filed in many cells, and skips a tag', () => {
    const grid = new BoxGrid(area);
    grid.add({ x0: 10, y0: 10, x1: 300, y1: 300 }, 1);
    grid.add({ x0: 250, y0: 250, x1: 260, y1: 260 }, 2);
    grid.add({ x0: 900, y0: 900, x1: 950, y1: 950 }, 3);
    const query = { x0: 200, y0: 200, x1: 400, y1: 400 };
    expect(grid.count(query)).toBe(2);
    expect(grid.count(query, 1)).toBe(1);
    expect(grid.count(query, -1, 1)).toBe(1);
    expect(grid.count({ x0: 300, y0: 0, x1: 400, y1: 100 })).toBe(0);
  });

  test('a box covering most of the area, or reaching past it, is still found', () => {
    const grid = new BoxGrid(area);
    grid.add({ x0: -5000, y0: -5000, x1: 5000, y1: 5000 });
    grid.add({ x0: 990, y0: -40, x1: 2000, y1: 20 });
    expect(grid.count({ x0: 500, y0: 500, x1: 510, y1: 510 })).toBe(1);
    expect(grid.count({ x0: 995, y0: 0, x1: 1000, y1: 5 })).toBe(2);
  });

  test('bad boxes are dropped and an unbounded area still answers', () => {
    const grid = new BoxGrid(area);
    grid.add({ x0: Number.NaN, y0: 0, x1: 10, y1: 10 });
    expect(grid.count({ x0: 0, y0: 0, x1: 20, y1: 20 })).toBe(0);
    const endless = new BoxGrid({ x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity });
    endless.add({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(endless.count({ x0: 5, y0: 5, x1: 6, y1: 6 })).toBe(1);
  });
});
