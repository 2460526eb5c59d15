/**
 * Where a newcomer can start (plain-start.ts says when): up to four one-click starting points: the biggest company by deal
 * volume, the company with the most deals (when another), and the data's first two stories.
 */
import type { GraphModel } from '../graph/model.ts';

export type StartPoint =
  | { readonly kind: 'company'; readonly id: string; readonly name: string; readonly why: string }
  | { readonly kind: 'story'; readonly id: string; readonly title: string };

export function startPoints(model: GraphModel, volume: ArrayLike<number>): StartPoint[] {
  const biggest = top(model, volume);
  const busiest = top(model, model.dealCount);
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

/**
 * The company with the largest positive value, ties to the smaller id: one pass (a 20,000-company file's start
 * sorted every company twice for these two, ~60 ms profiled on the page).
 */
export function top(model: GraphModel, value: ArrayLike<number>): number | undefined {
  let best: number | undefined;
  let bestValue = 0;
  for (let i = 0; i < model.companies.length; i++) {
    const v = value[i] ?? 0;
    if (!(v > 0)) continue;
    if (best === undefined || v > bestValue || (v === bestValue && idOf(model, i) < idOf(model, best))) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

function idOf(model: GraphModel, index: number): string {
  return model.companies[index]?.id ?? '';
}
