/**
 * Label placement that never piles labels on each other: candidates are placed greedily by priority
 * (focused, selected and hovered companies first, then the biggest), each beside its circle, in screen space;
 * a label that would overlap one already placed (or another circle) is dropped. Deterministic: ties break by id.
 */

export interface LabelCandidate {
  readonly id: string;
  readonly text: string;
  /** Screen position of the circle's centre and its screen radius. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly priority: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const LABEL_FONT_PX = 12;
const CHAR_WIDTH = 0.58 * LABEL_FONT_PX;

/** Approximate text width: good enough for collision boxes without measuring the DOM. */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH + 4;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { readonly width: number; readonly height: number },
): PlacedLabel[] {
  const order = candidates.toSorted(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const circles: Box[] = candidates.map((c) => ({
    x0: c.x - c.r,
    y0: c.y - c.r,
    x1: c.x + c.r,
    y1: c.y + c.r,
  }));
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const h = LABEL_FONT_PX + 2;
  for (const c of order) {
    const w = textWidth(c.text);
    const options: [PlacedLabel, Box][] = [
      [
        { id: c.id, text: c.text, x: c.x + c.r + 3, y: c.y, anchor: 'start' },
        { x0: c.x + c.r + 2, y0: c.y - h / 2, x1: c.x + c.r + 3 + w, y1: c.y + h / 2 },
      ],
      [
        { id: c.id, text: c.text, x: c.x - c.r - 3, y: c.y, anchor: 'end' },
        { x0: c.x - c.r - 3 - w, y0: c.y - h / 2, x1: c.x - c.r - 2, y1: c.y + h / 2 },
      ],
      [
        { id: c.id, text: c.text, x: c.x, y: c.y + c.r + h / 2 + 1, anchor: 'middle' },
        { x0: c.x - w / 2, y0: c.y + c.r + 1, x1: c.x + w / 2, y1: c.y + c.r + 1 + h },
      ],
      [
        { id: c.id, text: c.text, x: c.x, y: c.y - c.r - h / 2 - 1, anchor: 'middle' },
        { x0: c.x - w / 2, y0: c.y - c.r - 1 - h, x1: c.x + w / 2, y1: c.y - c.r - 1 },
      ],
    ];
    const must = c.priority === Infinity;
    for (const [label, box] of options) {
      if (!inside(box, viewport)) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      if (!must && circles.some((circle) => overlaps(circle, box))) continue;
      placed.push(box);
      out.push(label);
      break;
    }
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function inside(box: Box, viewport: { width: number; height: number }): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= viewport.width && box.y1 <= viewport.height;
}
