/**
 * The current view in words, for the embed's filter strip, exports and titles: "Focus: OpenAI (2 steps)",
 * "Types: Compute / cloud", "From Jan 2025". Empty when the view shows everything.
 */
import { formatDate } from '../format/date.ts';
import { formatUsd } from '../format/money.ts';
import type { GraphModel } from '../graph/model.ts';
import type { FilterState } from '../filters/types.ts';
import type { ViewParams } from './view-params.ts';

export function describeView(model: GraphModel, params: FilterState): string[] {
  const parts: string[] = [];
  const name = (id: string) => model.companies[model.companyIndex.get(id) ?? -1]?.name ?? id;
  if (params.focus.length > 0) {
    const extras = [
      params.depth === 2 ? '2 steps' : '',
      params.dir === 'in' ? 'money in' : params.dir === 'out' ? 'money out' : '',
    ].filter(Boolean);
    parts.push(
      `Focus: ${params.focus.map(name).join(', ')}${extras.length ? ` (${extras.join(', ')})` : ''}`,
    );
  }
  if (params.types !== undefined) {
    const labels = params.types.map((t) => model.dealTypes.get(t)?.label ?? t);
    parts.push(labels.length ? `Types: ${labels.join(', ')}` : 'No deal types');
  }
  if (params.categories !== undefined) {
    const labels = params.categories.map((c) => model.categories.get(c)?.label ?? c);
    parts.push(labels.length ? `Companies: ${labels.join(', ')}` : 'No company categories');
  }
  if (params.status !== undefined) {
    parts.push(params.status.length ? `Status: ${params.status.join(', ')}` : 'No statuses');
  }
  if (params.from !== undefined && params.to !== undefined) {
    parts.push(`${formatDate(params.from)} – ${formatDate(params.to)}`);
  } else if (params.from !== undefined) parts.push(`From ${formatDate(params.from)}`);
  else if (params.to !== undefined) parts.push(`Until ${formatDate(params.to)}`);
  if (params.asof !== undefined) parts.push(`As of ${formatDate(params.asof)}`);
  if (params.min !== undefined && params.min > 0) parts.push(`At least ${formatUsd(params.min)}`);
  return parts;
}

/** A title for an embed or export of this view: "AI Deal Map: Focus: OpenAI · Types: Compute / cloud". */
export function viewTitle(model: GraphModel, params: ViewParams): string {
  const parts = describeView(model, params);
  return parts.length ? `${model.map.meta.title}: ${parts.join(' · ')}` : model.map.meta.title;
}
