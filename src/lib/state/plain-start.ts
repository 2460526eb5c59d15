/**
 * The where-to-start hint shows on a first load of the plain map only: no selection, focus, story, circular
 * flow or filter in the link, the map view, and never in an embed.
 */
import { NO_FILTERS } from '../filters/types.ts';
import type { ViewParams } from './view-params.ts';

/** Whether a link opens the plain map: the only view that gets the where-to-start hint. */
export function isPlainStart(params: ViewParams): boolean {
  const filters = Object.keys(NO_FILTERS) as (keyof typeof NO_FILTERS)[];
  return (
    !params.embed &&
    params.view === 'map' &&
    params.select === undefined &&
    params.story === undefined &&
    params.cycle === undefined &&
    filters.every((key) => (key === 'focus' ? params.focus.length === 0 : params[key] === NO_FILTERS[key]))
  );
}
