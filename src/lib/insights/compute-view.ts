/**
 * The rows the compute view shows for a set of view parameters: every visible deal counts (the focus only picks
 * rows, so a unit's deals still count for its parent), focused rows when there is a focus. Shared by the view
 * and its exports, so a file holds exactly what the screen shows.
 */
import { applyFilters } from '../filters/apply.ts';
import type { FilterState } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { focusedRows, type ComputeRow, type ComputeScope } from './compute.ts';

export interface ComputeViewData {
  readonly scope: ComputeScope;
  readonly rows: readonly ComputeRow[];
}

export function computeView(model: GraphModel, params: FilterState): ComputeViewData {
  const scope = applyFilters(model, { ...params, focus: [] });
  return { scope, rows: focusedRows(model, scope, params.focus) };
}
