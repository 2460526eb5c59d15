/**
 * Layout positions as one flat array indexed by the model's company index: [x0, y0, x1, y1, …].
 * Conversions to and from the data file's `layout` map (company id → point).
 */
import type { Point } from '../data/format.ts';
import type { GraphModel } from '../graph/model.ts';

/** x of company i at 2i, y at 2i + 1 (company index as in `model.companies`). */
export type Positions = Float64Array;

/** Company id → position, in canonical (id) order. */
export function positionsToMap(model: GraphModel, positions: Positions): Map<string, Point> {
  const map = new Map<string, Point>();
  model.companies.forEach((company, i) => {
    map.set(company.id, { x: positions[2 * i] ?? NaN, y: positions[2 * i + 1] ?? NaN });
  });
  return map;
}

/** Positions from a map by company id; companies the map does not cover get NaN (see `isComplete`). */
export function positionsFromMap(model: GraphModel, map: ReadonlyMap<string, Point>): Positions {
  const positions = new Float64Array(model.companies.length * 2).fill(NaN);
  model.companies.forEach((company, i) => {
    const point = map.get(company.id);
    if (point === undefined || !Number.isFinite(point.x) || !Number.isFinite(point.y)) return;
    positions[2 * i] = point.x;
    positions[2 * i + 1] = point.y;
  });
  return positions;
}

/** Whether every coordinate is a finite number. */
export function isComplete(positions: Positions): boolean {
  for (const value of positions) if (!Number.isFinite(value)) return false;
  return true;
}

/** Moves the layout so that the middle of its bounding box is at (0, 0); in place. */
export function centerPositions(positions: Positions): Positions {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    const x = positions[i] as number;
    const y = positions[i + 1] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX) || !Number.isFinite(minY)) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (let i = 0; i < positions.length; i += 2) {
    positions[i] = (positions[i] as number) - cx;
    positions[i + 1] = (positions[i + 1] as number) - cy;
  }
  return positions;
}
