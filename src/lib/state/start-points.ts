/**
 * Where a newcomer can start (plain-start.ts says when): up to four one-click starting points: the biggest company by deal
 * volume, the company with the most deals (when another), and the data's first two stories.
 */
import type { GraphModel } from '../graph/model.ts';

export type StartPoint =
  | { readonly kind: 'company'; readonly id: string; readonly name: string; readonly why: string }
  | { readonly kind: 'story'; readonly id: string; readonly title: string };

export function startPoints(model: GraphModel, volume: ArrayLike<number>): StartPoint[] {
  const ids = model.companies.map((_, i) => i);
  const byId = (a: number, b: number) => {
    const x = model.companies[a]?.id ?? '';
    const y = model.companies[b]?.id ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const biggest = ids
    .filter((i) => (volume[i] ?? 0) > 0)
    .sort((a, b) => (volume[b] ?? 0) - (volume[a] ?? 0) || byId(a, b))[0];
  const busiest = ids
    .filter((i) => (model.dealCount[i] ?? 0) > 0)
    .sort((a, b) => (model.dealCount[b] ?? 0) - (model.dealCount[a] ?? 0) || byId(a, b))[0];
  const points: StartPoint[] = [];
  const company = (i: number | undefined, why: string) => {
    const c = i === undefined ? undefined : model.companies[i];
    if (c && !points.some((p) => p.id === c.id))
      points.push({ kind: 'company', id: c.id, name: c.name, why });
  };
  company(biggest, 'the most money in deals');
  company(busiest, 'the most deals');
  for (const story of model.map.stories.slice(0, 2))
    points.push({ kind: 'story', id: story.id, title: story.title });
  return points;
}
