/**
 * Arrow-key travel over the map: from the current company, move to the connected company that lies most
 * nearly in the arrow's direction; if none is connected that way, to the nearest company in that direction.
 */
import type { SceneNode } from './types.ts';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTIONS: Record<Arrow, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function nextCompany(
  nodes: readonly SceneNode[],
  current: SceneNode,
  arrow: Arrow,
  neighbours: ReadonlySet<number>,
): SceneNode | undefined {
  const d = DIRECTIONS[arrow];
  let best: SceneNode | undefined;
  let bestScore = Infinity;
  for (const pass of [true, false]) {
    for (const node of nodes) {
      if (node.index === current.index || (pass && !neighbours.has(node.index))) continue;
      const dx = node.x - current.x;
      const dy = node.y - current.y;
      const distance = Math.hypot(dx, dy);
      if (distance === 0) continue;
      const cos = (dx * d.x + dy * d.y) / distance;
      if (cos < Math.cos(Math.PI / 3)) continue; // within ±60° of the arrow
      const score = distance * (2 - cos);
      if (score < bestScore || (score === bestScore && best && node.id < best.id)) {
        best = node;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return undefined;
}
