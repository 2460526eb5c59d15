import { describe, expect, test } from 'vitest';
import { ALWAYS_LABELLED, heavyDirections, labelOrder } from './label-order.ts';
import { labelBox, overlaps, placeLabels, type LabelCandidate, type PlacedLabel } from './labels.ts';

const VIEW = { width: 800, height: 600 };

function candidate(id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, text: `Company ${id}`, x, y, r: 6, rank: 0, must: false, heavyX: 0, heavyY: 0, ...extra };
}

function expectNoOverlaps(labels: readonly PlacedLabel[], circles: readonly LabelCandidate[]): void {
  const boxes = labels.map(labelBox);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    for (const c of circles) {
      if (c.id === labels[i]?.id) continue;
      expect(overlaps(a, { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r })).toBe(false);
    }
  }
}

/** A crowded grid: 40 companies 30 px apart, ranked by index. */
const crowd = Array.from({ length: 40 }, (_, i) =>
  candidate(String(i).padStart(2, '0'), 100 + (i % 8) * 30, 100 + Math.floor(i / 8) * 14, { rank: i }),
);

describe('label order', () => {
  test('forced first, then brought forward, then by volume, then by degree, then by id', () => {
    const order = labelOrder([
      { index: 0, id: 'small', volume: 1, degree: 9, emphasised: false, forced: false },
      { index: 1, id: 'big', volume: 50, degree: 1, emphasised: false, forced: false },
      { index: 2, id: 'b-tie', volume: 5, degree: 3, emphasised: false, forced: false },
      { index: 3, id: 'a-tie', volume: 5, degree: 3, emphasised: false, forced: false },
      { index: 4, id: 'busier', volume: 5, degree: 4, emphasised: false, forced: false },
      { index: 5, id: 'partner', volume: 0, degree: 1, emphasised: true, forced: false },
      { index: 6, id: 'hovered', volume: 0, degree: 1, emphasised: true, forced: true },
    ]);
    const ids = [...order.entries()].sort((a, b) => a[1].rank - b[1].rank).map(([i]) => i);
    expect(ids).toEqual([6, 5, 1, 4, 3, 2, 0]);
    expect(order.get(6)?.must).toBe(true);
    expect(order.get(5)?.must).toBe(false);
  });

  test(`the ${ALWAYS_LABELLED} biggest companies with any volume must be labelled, the rest may not`, () => {
    const entries = Array.from({ length: 30 }, (_, i) => ({
      index: i,
      id: `c${i}`,
      volume: i < 25 ? 100 - i : 0,
      degree: 1,
      emphasised: false,
      forced: false,
    }));
    const order = labelOrder(entries);
    const must = entries.filter((e) => order.get(e.index)?.must).map((e) => e.index);
    expect(must).toEqual(Array.from({ length: ALWAYS_LABELLED }, (_, i) => i));
    const none = labelOrder(entries.map((e) => ({ ...e, volume: 0 })));
    expect([...none.values()].some((r) => r.must)).toBe(false);
  });

  test('the heavy direction points along the widest edges', () => {
    const heavy = heavyDirections(
      [
        { from: 0, to: 1, width: 9 },
        { from: 2, to: 0, width: 1 },
      ],
      [0, 0, 100, 0, 0, 100],
    );
    expect(heavy[0]).toBeGreaterThan(0.95);
    expect(Math.hypot(heavy[0] ?? 0, heavy[1] ?? 0)).toBeCloseTo(1);
    expect([heavy[2], heavy[3]]).toEqual([-1, 0]);
  });
});

describe('placeLabels', () => {
  test('never overlaps a label or a circle, places the best ranked first, and is deterministic', () => {
    const placed = placeLabels(crowd, VIEW);
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(crowd.length);
    expect(placed.some((l) => l.id === '00')).toBe(true);
    expectNoOverlaps(placed, crowd);
    expect(placeLabels(crowd.toReversed(), VIEW)).toEqual(placed);
  });

  test('a must-show label is drawn even in the thick of a crowd, next to its own circle', () => {
    const inner = crowd.map((c) => (c.id === '19' ? { ...c, rank: 99, must: true } : c));
    const label = placeLabels(inner, VIEW).find((l) => l.id === '19');
    const circle = inner.find((c) => c.id === '19');
    if (!label || !circle) throw new Error('the must-show label is missing');
    const box = labelBox(label);
    const dx = Math.max(box.x0 - circle.x, 0, circle.x - box.x1);
    const dy = Math.max(box.y0 - circle.y, 0, circle.y - box.y1);
    expect(Math.hypot(dx, dy)).toBeLessThan(circle.r + 6);
  });

  test('must-show labels crowded onto one spot: the biggest are not piled up, a picked company is', () => {
    // Three companies so close that any two of their labels would meet.
    const spot = (id: string, extra: Partial<LabelCandidate>) => candidate(id, 400, 300, { r: 3, ...extra });
    const biggest = [spot('a', { rank: 0, must: true }), spot('b', { rank: 1, must: true })].map((c, i) => ({
      ...c,
      x: 400 + i * 4,
    }));
    const [first, second] = biggest;
    if (!first || !second) throw new Error('no candidates');
    // Two of the biggest: both fit on free sides, so both are named, apart.
    const two = placeLabels(biggest, VIEW);
    expect(two.map((l) => l.id).sort()).toEqual(['a', 'b']);
    expectNoOverlaps(two, []);
    // Hemmed in by labels that must stay (a row of picked companies on every side), one of the biggest is left
    // out rather than drawn over them; a hovered company is drawn over them all the same.
    const ring = Array.from({ length: 13 * 11 }, (_, i) => ({ dx: (i % 13) - 6, dy: Math.floor(i / 13) - 5 }))
      .filter(({ dx, dy }) => dx !== 0 || dy !== 0)
      .map(({ dx, dy }, i) =>
        candidate(`p${i}`, 400 + dx * 25, 300 + dy * 10, {
          r: 1,
          must: true,
          forced: true,
          text: 'Picked name',
        }),
      );
    const hemmed = placeLabels([...ring, { ...first, rank: 5 }], VIEW);
    expect(hemmed.map((l) => l.id)).not.toContain('a');
    expect(placeLabels([...ring, { ...first, forced: true }], VIEW).map((l) => l.id)).toContain('a');
  });

  test('a label sits on the side away from its heaviest edges', () => {
    const side = (heavyX: number, heavyY: number) => {
      const [label] = placeLabels([candidate('a', 400, 300, { heavyX, heavyY })], VIEW);
      if (!label) throw new Error('no label');
      const box = labelBox(label);
      return { x: (box.x0 + box.x1) / 2 - 400, y: (box.y0 + box.y1) / 2 - 300 };
    };
    expect(side(1, 0).x).toBeLessThan(0);
    expect(side(-1, 0).x).toBeGreaterThan(0);
    expect(side(0, 1).y).toBeLessThan(0);
    expect(side(0, -1).y).toBeGreaterThan(0);
  });

  test('zooming in reveals more labels', () => {
    const zoomed = crowd.map((c) => ({ ...c, x: 100 + (c.x - 100) * 3, y: 100 + (c.y - 100) * 3 }));
    const view = { width: 2000, height: 2000 };
    expect(placeLabels(zoomed, view).length).toBeGreaterThan(placeLabels(crowd, view).length);
  });

  test('faded companies lose their labels unless they must keep them, which are then faint', () => {
    const labels = placeLabels(
      [candidate('a', 100, 100, { faded: true }), candidate('b', 400, 100, { faded: true, must: true })],
      VIEW,
    );
    expect(labels.map((l) => [l.id, l.faded])).toEqual([['b', true]]);
  });

  test('labels stay inside the viewport', () => {
    const edge = [candidate('right', 795, 300), candidate('bottom', 400, 597)];
    for (const label of placeLabels(edge, VIEW)) {
      const box = labelBox(label);
      expect(box.x0).toBeGreaterThanOrEqual(0);
      expect(box.x1).toBeLessThanOrEqual(VIEW.width);
      expect(box.y1).toBeLessThanOrEqual(VIEW.height);
    }
  });
});

describe('obstacles', () => {
  test('labels keep clear of the map’s own buttons, must-show ones too', () => {
    const buttons = { x0: 700, y0: 400, x1: 800, y1: 600 };
    const near = [candidate('a', 690, 450, { must: true }), candidate('b', 690, 500)];
    const labels = placeLabels(near, VIEW, [buttons]);
    expect(labels.map((l) => l.id)).toContain('a');
    for (const label of labels) expect(overlaps(labelBox(label), buttons)).toBe(false);
  });
});
