/**
 * Label placement that never piles labels on each other or on circles. Candidates are placed greedily in
 * priority order (see label-order.ts): the must-show ones first (emphasised companies and the biggest), then
 * the rest by deal volume, then degree, ties by id. Each label touches its own circle, on the side facing away
 * from the company's heaviest edges (eight positions, best first); a label that would overlap a placed label or
 * a circle is dropped, so density follows zoom: zooming in spreads the circles and makes room for more. A
 * must-show label that fits nowhere is still drawn, beside its circle, where it overlaps the fewest marks.
 * Deterministic; works in screen space.
 */

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** Screen position of the circle's centre and its screen radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Placement order: lower is placed first (label-order.ts). */
  readonly rank: number;
  /** Always labelled, even where the label must touch another mark. */
  readonly must: boolean;
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

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
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
  const reach = c.r + GAP + further;
  let x = c.x + side.dx * reach;
  let y = c.y + side.dy * reach;
  // Above or below, the text's middle sits half a line further out.
  if (side.anchor === 'middle') y += side.dy * (LINE / 2 - 1);
  else if (side.dy !== 0) y += side.dy * (LINE / 2 - 2);
  if (side.dx !== 0 && side.dy !== 0) x -= side.dx * 1;
  const label: PlacedLabel = { id: c.id, text: c.text, x, y, anchor: side.anchor, faded: Boolean(c.faded) };
  return [label, labelBox(label)];
}

/** The sides in the order to try them: away from the heavy edges first; right, left, below, above on a tie. */
function sidesFor(c: LabelCandidate): (typeof SIDES)[number][] {
  if (c.heavyX === 0 && c.heavyY === 0) return [...SIDES];
  return SIDES.map((side, i) => ({ side, score: side.dx * c.heavyX + side.dy * c.heavyY + i * 1e-3 }))
    .sort((a, b) => a.score - b.score)
    .map((s) => s.side);
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { readonly width: number; readonly height: number },
  /** Screen areas no label may cover (the map's own buttons). */
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const order = candidates.toSorted(
    (a, b) => Number(b.must) - Number(a.must) || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const circles: { id: string; box: Box }[] = candidates.map((c) => ({
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
    const clear = (o: [PlacedLabel, Box]) => inside(o[1], viewport) && hits(o[1]) === 0;
    let chosen = options.find(clear);
    // A must-show label may stand a little further out before it is allowed to touch anything.
    if (!chosen && c.must)
      chosen = sidesFor(c)
        .map((side) => option(c, side, FURTHER))
        .find(clear);
    if (!chosen && c.must && inside({ x: c.x, y: c.y }, viewport)) {
      // Fits nowhere cleanly: the in-view side over the fewest marks (labels count more than circles).
      const inView = options.filter(([, box]) => inside(box, viewport));
      chosen = (inView.length > 0 ? inView : options).reduce((best, o) =>
        hits(o[1]) < hits(best[1]) ? o : best,
      );
    }
    if (!chosen) continue;
    placed.push(chosen[1]);
    out.push(chosen[0]);
  }
  return out;
}

function pad(b: Box): Box {
  return { x0: b.x0 - MARGIN, y0: b.y0 - MARGIN, x1: b.x1 + MARGIN, y1: b.y1 + MARGIN };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box | { x: number; y: number }, viewport: { width: number; height: number }): boolean {
  if ('x' in box) return box.x >= 0 && box.y >= 0 && box.x <= viewport.width && box.y <= viewport.height;
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height;
}
