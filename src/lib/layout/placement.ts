/**
 * Starting positions. With nothing known, companies start on d3's phyllotaxis spiral, the biggest connected
 * part first, in canonical order (nudged by the seeded random source, so the seed matters).
 * Otherwise known companies keep their positions and each unknown one starts near the mean of its already
 * placed partners (breadth-first, so a chain of new companies grows out of the known map), nudged by a seeded
 * random offset; companies with no placed partner at all start just outside the known map.
 */
import type { LayoutLink } from './links.ts';
import type { Positions } from './positions.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * `known` holds finite coordinates for known companies and NaN for the others; the result is complete.
 * `spacing` is the typical distance between neighbouring companies (px).
 */
export function startPositions(
  known: Positions,
  links: readonly LayoutLink[],
  random: () => number,
  spacing: number,
): Positions {
  const n = known.length / 2;
  const out = Float64Array.from(known);
  const placed = Array.from(
    { length: n },
    (_, i) => Number.isFinite(out[2 * i]) && Number.isFinite(out[2 * i + 1]),
  );
  const partners: number[][] = Array.from({ length: n }, () => []);
  for (const { source, target } of links) {
    partners[source]?.push(target);
    partners[target]?.push(source);
  }
  if (!placed.includes(true)) return spiral(componentOrder(partners), spacing, random);
  for (;;) {
    if (growLayer(out, placed, partners, random, spacing)) continue;
    const stray = placed.indexOf(false);
    if (stray < 0) return out;
    // A part of the graph with no placed company: start it just outside the placed ones, then grow it.
    const [x, y] = outside(out, placed, random, spacing);
    out[2 * stray] = x;
    out[2 * stray + 1] = y;
    placed[stray] = true;
  }
}

/** Places every unplaced company with a placed partner; false when there was none. */
function growLayer(
  out: Positions,
  placed: boolean[],
  partners: readonly (readonly number[])[],
  random: () => number,
  spacing: number,
): boolean {
  const layer: [number, number, number][] = [];
  placed.forEach((isPlaced, i) => {
    if (isPlaced) return;
    let sx = 0;
    let sy = 0;
    let count = 0;
    for (const j of partners[i] ?? []) {
      if (!placed[j]) continue;
      sx += out[2 * j] as number;
      sy += out[2 * j + 1] as number;
      count++;
    }
    if (count > 0) layer.push([i, sx / count, sy / count]);
  });
  for (const [i, x, y] of layer) {
    const [dx, dy] = offset(random, spacing * (0.5 + 0.5 * random()));
    out[2 * i] = x + dx;
    out[2 * i + 1] = y + dy;
    placed[i] = true;
  }
  return layer.length > 0;
}

/** A point on a ring just outside the placed companies, at a seeded random angle. */
function outside(
  out: Positions,
  placed: readonly boolean[],
  random: () => number,
  spacing: number,
): [number, number] {
  let cx = 0;
  let cy = 0;
  let count = 0;
  placed.forEach((isPlaced, i) => {
    if (!isPlaced) return;
    cx += out[2 * i] as number;
    cy += out[2 * i + 1] as number;
    count++;
  });
  cx /= count;
  cy /= count;
  let reach = 0;
  placed.forEach((isPlaced, i) => {
    if (isPlaced)
      reach = Math.max(reach, Math.hypot((out[2 * i] as number) - cx, (out[2 * i + 1] as number) - cy));
  });
  const [dx, dy] = offset(random, reach + spacing * (1 + random()));
  return [cx + dx, cy + dy];
}

function offset(random: () => number, distance: number): [number, number] {
  const angle = 2 * Math.PI * random();
  return [distance * Math.cos(angle), distance * Math.sin(angle)];
}

/**
 * Company indices, the biggest connected part of the graph first (ties: the one with the smallest index),
 * canonical order inside each part: on the spiral, small separate parts start outside the main one.
 */
function componentOrder(partners: readonly (readonly number[])[]): number[] {
  const component = new Int32Array(partners.length).fill(-1);
  const parts: number[][] = [];
  partners.forEach((_, start) => {
    if (component[start] !== -1) return;
    const members = [start];
    component[start] = parts.length;
    for (let k = 0; k < members.length; k++) {
      for (const next of partners[members[k] as number] ?? []) {
        if (component[next] !== -1) continue;
        component[next] = parts.length;
        members.push(next);
      }
    }
    parts.push(members.sort((a, b) => a - b));
  });
  return parts.sort((a, b) => b.length - a.length || (a[0] as number) - (b[0] as number)).flat();
}

/** d3-force's default start: a phyllotaxis spiral in the given order, scaled to `spacing`, nudged by the seed. */
function spiral(order: readonly number[], spacing: number, random: () => number): Positions {
  const out = new Float64Array(2 * order.length);
  order.forEach((i, k) => {
    const radius = (spacing / 2) * Math.sqrt(0.5 + k);
    const [dx, dy] = offset(random, spacing * 0.1 * random());
    out[2 * i] = radius * Math.cos(k * GOLDEN_ANGLE) + dx;
    out[2 * i + 1] = radius * Math.sin(k * GOLDEN_ANGLE) + dy;
  });
  return out;
}
