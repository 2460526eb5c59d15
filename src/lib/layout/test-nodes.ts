// Test helper: companies scattered at seeded random places, for the layout's force tests.
import type { LayoutNode } from './forces.ts';
import { seededRandom } from './random.ts';

/**
 * `n` companies of radius 5–20 within a square `spread` px wide, centred on 0; at rest, or (`moving`) with a
 * random velocity each.
 */
export function scattered(n: number, spread: number, seed: number, moving = false): LayoutNode[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, id) => ({
    id,
    index: id,
    r: 5 + Math.floor(random() * 4) * 5,
    x: (random() - 0.5) * spread,
    y: (random() - 0.5) * spread,
    vx: moving ? random() - 0.5 : 0,
    vy: moving ? random() - 0.5 : 0,
  }));
}
