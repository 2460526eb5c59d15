/**
 * One entry point for the export menu: builds the file for a kind of export from the current view. The menu
 * loads this module (and with it every exporter and d3-dsv) with a dynamic import() when it opens, so none of
 * it weighs on the first load.
 */
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { computeView } from '../insights/compute-view.ts';
import { valuationSizes } from '../insights/valuation.ts';
import { computeCsv } from './compute-csv.ts';
import { computeSvg } from './compute-svg.ts';
import { dealsCsv } from './deals-csv.ts';
import { dealsJson } from './deals-json.ts';
import { dealsGexf } from './gexf.ts';
import { MAP_SVG_HEIGHT, MAP_SVG_WIDTH, mapSvg } from './map-svg.ts';
import { svgToPng } from './png.ts';
import type { Units } from '../state/view-params.ts';
import { exportFileName, filterSummary, type FilterParams } from './view-summary.ts';

export { downloadBlob } from './download.ts';

export type ExportKind =
  'svg' | 'png' | 'csv' | 'json' | 'gexf' | 'compute-svg' | 'compute-png' | 'compute-csv';

export interface ExportInput {
  readonly model: GraphModel;
  readonly visibility: Visibility;
  /** [x0, y0, x1, y1, …] by company index, as drawn. */
  readonly positions: Float64Array;
  readonly params: FilterParams & { readonly units?: Units | undefined };
  /** `size=valuation`: the map image sizes companies by valuation, as the screen does. */
  readonly size?: 'volume' | 'valuation';
}

export interface ExportedFile {
  readonly blob: Blob;
  readonly name: string;
}

export async function exportFile(kind: ExportKind, input: ExportInput): Promise<ExportedFile> {
  const { model, visibility, positions, params } = input;
  if (kind === 'compute-svg' || kind === 'compute-png' || kind === 'compute-csv')
    return computeFile(kind, input);
  const name = exportFileName(model, params, kind);
  const description = `${visibility.visibleDeals.length} of ${model.deals.length} deals: ${filterSummary(model, params)}`;
  switch (kind) {
    case 'svg':
      return { name, blob: text(mapImage(input), 'image/svg+xml') };
    case 'png': {
      const svg = mapImage(input);
      return { name, blob: await svgToPng(svg, MAP_SVG_WIDTH, MAP_SVG_HEIGHT, 2) };
    }
    case 'csv':
      return { name, blob: text(dealsCsv(model, visibility), 'text/csv;charset=utf-8') };
    case 'json':
      return {
        name,
        blob: text(dealsJson(model, visibility, { positions, description }), 'application/json'),
      };
    case 'gexf':
      return {
        name,
        blob: text(dealsGexf(model, visibility, { positions, description }), 'application/gexf+xml'),
      };
  }
}

/** The map as drawn: by deal volume, or by valuation with companies without one at the neutral size. */
function mapImage({ model, visibility, positions, params, size }: ExportInput): string {
  if (size !== 'valuation') return mapSvg(model, visibility, positions, params);
  const sized = valuationSizes(model, visibility.asof);
  const label = 'Size: latest valuation (none known: neutral size)';
  return mapSvg(model, { ...visibility, volume: sized.volume }, positions, params, label);
}

/** The compute view (view=compute) as an image or its rows as CSV: `ai-deal-map-compute-<view>-<date>.<ext>`. */
async function computeFile(
  kind: 'compute-svg' | 'compute-png' | 'compute-csv',
  input: ExportInput,
): Promise<ExportedFile> {
  const { model, params } = input;
  const ext = kind === 'compute-svg' ? 'svg' : kind === 'compute-png' ? 'png' : 'csv';
  const name = exportFileName(model, params, ext).replace(/^ai-deal-map-/, 'ai-deal-map-compute-');
  const { scope, rows } = computeView(model, params);
  if (kind === 'compute-csv') return { name, blob: text(computeCsv(model, rows), 'text/csv;charset=utf-8') };
  const image = computeSvg(model, rows, scope.asof, params);
  if (kind === 'compute-svg') return { name, blob: text(image.svg, 'image/svg+xml') };
  return { name, blob: await svgToPng(image.svg, image.width, image.height, 2) };
}

function text(content: string, type: string): Blob {
  return new Blob([content], { type });
}
