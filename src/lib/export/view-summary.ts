/**
 * The exported view in words and in a file name: "Focus: OpenAI · Types: Compute / cloud · From 2025", and
 * `ai-deal-map-openai-compute-from-2025-2026-11-26.svg`. File names carry the data's edition date
 * (`meta.updated`), never the clock, so the same view of the same data always gets the same name.
 */
import type { GraphModel } from '../graph/model.ts';
import { formatUsd } from '../format/money.ts';
import { describeView } from '../state/describe-view.ts';
import type { FilterState } from '../filters/types.ts';

/** The parameters that decide what is visible. */
export type FilterParams = FilterState;

/** The filters in words, one part each; empty when everything is shown (one wording, shared with embeds). */
export const filterParts: (model: GraphModel, params: FilterParams) => string[] = describeView;

/** "Focus: OpenAI · Types: Compute / cloud", or "all deals". */
export function filterSummary(model: GraphModel, params: FilterParams): string {
  const parts = filterParts(model, params);
  return parts.length ? parts.join(' · ') : 'all deals';
}

export type ExportExtension = 'svg' | 'png' | 'csv' | 'json' | 'gexf';

const MAX_SLUG = 60;

/** Lower-case letters and digits joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The view as a short slug: "openai-compute-from-2025", or "all". */
export function viewSlug(params: FilterParams): string {
  const parts: string[] = [...params.focus];
  if (params.focus.length > 0 && params.depth === 2) parts.push('depth-2');
  if (params.focus.length > 0 && params.dir !== 'both') parts.push(`money-${params.dir}`);
  if (params.types !== undefined) parts.push(...(params.types.length ? params.types : ['no-types']));
  if (params.categories !== undefined)
    parts.push(...(params.categories.length ? params.categories : ['no-categories']));
  if (params.status !== undefined) parts.push(...(params.status.length ? params.status : ['no-status']));
  if (params.from !== undefined) parts.push(`from-${params.from}`);
  if (params.to !== undefined) parts.push(`to-${params.to}`);
  if (params.asof !== undefined) parts.push(`as-of-${params.asof}`);
  if (params.min !== undefined && params.min > 0) parts.push(`min-${formatUsd(params.min)}`);
  let slug = slugify(parts.join('-'));
  if (slug.length > MAX_SLUG)
    slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
  return slug || 'all';
}

/** `ai-deal-map-<view>-<YYYY-MM-DD>.<ext>`, the date being the data's edition (omitted when unknown). */
export function exportFileName(model: GraphModel, params: FilterParams, ext: ExportExtension): string {
  const { updated, version } = model.map.meta;
  const edition = [updated, version].find((d) => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return `ai-deal-map-${viewSlug(params)}${edition ? `-${edition}` : ''}.${ext}`;
}
