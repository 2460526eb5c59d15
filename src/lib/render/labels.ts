/**
 * Label placement that never piles labels on each other or on circles. Candidates are placed greedily in
 * priority order (see label-order.ts): the must-show ones first (emphasised companies and the biggest), then
 * the rest by deal volume, then degree, ties by id. Each label touches its own circle, on the side facing away
 * from the company's heaviest edges (eight positions, best first); a label that would overlap a placed label or
 * a circle is dropped, so density follows zoom: zooming in spreads the circles and makes room for more. A
 * must-show label that fits nowhere is still drawn, beside its circle, where it overlaps the fewest marks —
 * circles, and another label only when it names a focused, selected or hovered company: otherwise labels never
 * pile on each other (one of the biggest companies crowded out by another at a phone's width is not named).
 * Deterministic; works in screen space. The marks are filed on a uniform grid (label-grid.ts), so each check
 * looks only at the marks nearby: the work grows linearly with the number of companies.
 */
import { BoxGrid, type Box, type WorkCounter } from './label-grid.ts';

export { overlaps, type Box, type WorkCounter } from './label-grid.ts';

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** Screen position of the circle's centre and its screen radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Placement order: lower is placed first (label-order.ts). */
  readonly rank: number;
  /** Always labelled, even where the label must touch a circle. */
  readonly must: boolean;
  /**
   * Focused, selected or hovered (and so `must`): labelled even where the label must cover another label.
   */
  readonly forced?: boolean | undefined;
  /** Direction of the company's heaviest edges (a unit vector, or 0, 0): the label goes the other way. */
  readonly heavyX: number;
  readonly heavyY: number;
  /** Drawn faint (the company is faded by a hover or selection elsewhere). */
  readonly faded?: boolean | undefined;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  readonly faded: boolean;
}

export const LABEL_FONT_PX = 12;
const CHAR_WIDTH = 0.58 * LABEL_FONT_PX;
const LINE = LABEL_FONT_PX + 2;
/** Clear space kept between two labels, px. */
const MARGIN = 2;
const GAP = 3;
/** How much further out a must-show label may stand when no side next to its circle is free, px. */
const FURTHER = 8;

/** Approximate text width: good enough for collision boxes without measuring the DOM. */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH + 4;
}

/** The box a placed label covers (the same estimate placement uses). */
export function labelBox(label: PlacedLabel): Box {
  const w = textWidth(label.text);
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  return { x0, y0: label.y - LINE / 2, x1: x0 + w, y1: label.y + LINE / 2 };
}

/** The eight positions around a circle: direction (unit vector), and where the label's text is anchored. */
const SIDES: readonly { dx: number; dy: number; anchor: PlacedLabel['anchor'] }[] = [
  { dx: 1, dy: 0, anchor: 'start' },
  { dx: -1, dy: 0, anchor: 'end' },
  { dx: 0, dy: 1, anchor: 'middle' },
  { dx: 0, dy: -1, anchor: 'middle' },
  { dx: Math.SQRT1_2, dy: Math.SQRT1_2, anchor: 'start' },
  { dx: Math.SQRT1_2, dy: -Math.SQRT1_2, anchor: 'start' },
  { dx: -Math.SQRT1_2, dy: Math.SQRT1_2, anchor: 'end' },
  { dx: -Math.SQRT1_2, dy: -Math.SQRT1_2, anchor: 'end' },
];

/** The label beside circle c on one side, touching it. */
function option(c: LabelCandidate, side: (typeof SIDES)[number], further = 0): [PlacedLabel, Box] {
  locate(c, side, further, spot);
  const label: PlacedLabel = {
    id: c.id,
    text: c.text,
    x: spot.x,
    y: spot.y,
    anchor: side.anchor,
    faded: Boolean(c.faded),
  };
  return [label, labelBox(label)];
}

/** A reused point, so trying a side allocates nothing. */
const spot = { x: 0, y: 0 };

/** Where the text of the label beside circle c on one side is anchored (into `out`). */
function locate(
  c: LabelCandidate,
  side: (typeof SIDES)[number],
  further: number,
  out: { x: number; y: number },
): void {
  const reach = c.r + GAP + further;
  let x = c.x + side.dx * reach;
  let y = c.y + side.dy * reach;
  // Above or below, the text's middle sits half a line further out.
  if (side.anchor === 'middle') y += side.dy * (LINE / 2 - 1);
  else if (side.dy !== 0) y += side.dy * (LINE / 2 - 2);
  if (side.dx !== 0 && side.dy !== 0) x -= side.dx * 1;
  out.x = x;
  out.y = y;
}

/** Reused by sidesFor: the order of the sides and their scores, so ordering them allocates nothing. */
const order = [0, 1, 2, 3, 4, 5, 6, 7];
const scores = new Float64Array(SIDES.length);

/**
 * The sides in the order to try them (indices into SIDES, in a list reused by the next call): away from the
 * heavy edges first; right, left, below, above on a tie.
 */
function sidesFor(c: LabelCandidate): readonly number[] {
  for (let i = 0; i < SIDES.length; i++) {
    order[i] = i;
    const side = SIDES[i]!;
    scores[i] = side.dx * c.heavyX + side.dy * c.heavyY + i * 1e-3;
  }
  if (c.heavyX === 0 && c.heavyY === 0) return order;
  // Insertion sort of eight: stable, and the index term breaks every tie as the list order does.
  for (let i = 1; i < order.length; i++) {
    const side = order[i]!;
    let j = i - 1;
    while (j >= 0 && scores[order[j]!]! > scores[side]!) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = side;
  }
  return order;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { readonly width: number; readonly height: number },
  /** Screen areas no label may cover (the map's own buttons). */
  obstacles: readonly Box[] = [],
  /** Counts the box comparisons made (tests measure the work with it). */
  work?: WorkCounter,
  /**
   * Circles of companies that get no label (x, y, r in screen space, three numbers each): marks labels may not
   * cover, given without the rest of a candidate (a selection on a big map fades thousands of companies).
   */
  marks?: Float64Array,
): PlacedLabel[] {
  // Only companies whose labels could reach the viewport take part; must-show labels whose circle is in view
  // may fall back to a side that leaves it, so the grid reaches that far out.
  const reachable = candidates.filter((c) => near(c, reach(c), viewport));
  let margin = 0;
  for (const c of reachable)
    if (c.must && inside({ x: c.x, y: c.y }, viewport)) margin = Math.max(margin, reach(c));
  const area = {
    x0: -margin - 1,
    y0: -margin - 1,
    x1: viewport.width + margin + 1,
    y1: viewport.height + margin + 1,
  };
  // Every circle is a mark a label may not cover (those outside the area cannot meet a label); its tag is its
  // id's number, so a label skips its own circle.
  const circles = new BoxGrid(area, work);
  const tags = new Map<string, number>();
  for (const c of candidates) {
    let tag = tags.get(c.id);
    if (tag === undefined) tags.set(c.id, (tag = tags.size));
    circles.addRect(c.x - c.r, c.y - c.r, c.x + c.r, c.y + c.r, tag);
  }
  if (marks)
    for (let i = 0; i + 2 < marks.length; i += 3) {
      const x = marks[i] as number;
      const y = marks[i + 1] as number;
      const r = marks[i + 2] as number;
      circles.addRect(x - r, y - r, x + r, y + r);
    }
  const placed = new BoxGrid(area, work);
  for (const o of obstacles) placed.add(pad(o));
  // A faded company keeps its circle as a mark but gets no label unless it must have one: it is left out of
  // the order (a selection on a big map fades most companies, and sorting them cost more than placing).
  const sorted = reachable
    .filter((c) => c.must || !c.faded)
    .sort(
      (a, b) =>
        Number(b.must) - Number(a.must) || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const out: PlacedLabel[] = [];
  for (const c of sorted) {
    const own = tags.get(c.id) ?? -1;
    const sides = sidesFor(c);
    let chosen = firstClear(c, sides, 0, viewport, placed, circles, own);
    // A must-show label may stand a little further out before it is allowed to touch anything.
    if (!chosen && c.must) chosen = firstClear(c, sides, FURTHER, viewport, placed, circles, own);
    if (!chosen && c.must && inside({ x: c.x, y: c.y }, viewport)) {
      // Fits nowhere cleanly: the in-view side over the fewest labels, then the fewest circles; over a label
      // only for a company the reader picked or points at.
      const options = sides.map((side) => option(c, SIDES[side]!));
      const inView = options.filter(([, box]) => inside(box, viewport));
      const scored = (inView.length > 0 ? inView : options).map((o) => ({
        o,
        labels: placed.count(o[1]),
        circles: circles.count(o[1], own),
      }));
      const best = scored.reduce((b, s) =>
        s.labels < b.labels || (s.labels === b.labels && s.circles < b.circles) ? s : b,
      );
      if (best.labels === 0 || c.forced) chosen = best.o;
    }
    if (!chosen) continue;
    placed.add(pad(chosen[1]));
    out.push(chosen[0]);
  }
  return out;
}

/**
 * The first side (in the order given) where the label is clear, `further` out from the circle: inside the
 * viewport, over no placed label and no circle but its own.
 */
function firstClear(
  c: LabelCandidate,
  sides: readonly number[],
  further: number,
  viewport: { readonly width: number; readonly height: number },
  placed: BoxGrid,
  circles: BoxGrid,
  own: number,
): [PlacedLabel, Box] | undefined {
  const w = textWidth(c.text);
  for (const index of sides) {
    const side = SIDES[index]!;
    locate(c, side, further, spot);
    // The box labelBox gives, without making the label.
    const x0 = side.anchor === 'start' ? spot.x : side.anchor === 'end' ? spot.x - w : spot.x - w / 2;
    const y0 = spot.y - LINE / 2;
    const x1 = x0 + w;
    const y1 = spot.y + LINE / 2;
    if (!(x0 >= 0 && y0 >= 0 && x1 <= viewport.width && y1 <= viewport.height)) continue;
    if (placed.countRect(x0, y0, x1, y1, -1, 1) === 0 && circles.countRect(x0, y0, x1, y1, own, 1) === 0)
      return option(c, side, further);
  }
  return undefined;
}

/** How far from its circle's centre any of a candidate's label positions can reach, px. */
function reach(c: LabelCandidate): number {
  return c.r + GAP + FURTHER + textWidth(c.text) + LINE;
}

/** Whether the square `distance` around the candidate's centre meets the viewport. */
function near(c: LabelCandidate, distance: number, viewport: { width: number; height: number }): boolean {
  return (
    c.x + distance >= 0 &&
    c.x - distance <= viewport.width &&
    c.y + distance >= 0 &&
    c.y - distance <= viewport.height
  );
}

function pad(b: Box): Box {
  return { x0: b.x0 - MARGIN, y0: b.y0 - MARGIN, x1: b.x1 + MARGIN, y1: b.y1 + MARGIN };
}

function inside(box: Box | { x: number; y: number }, viewport: { width: number; height: number }): boolean {
  if ('x' in box) return box.x >= 0 && box.y >= 0 && box.x <= viewport.width && box.y <= viewport.height;
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height;
}
