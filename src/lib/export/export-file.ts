/**
 * One entry point for the export menu: builds the file for a kind of export from the current view. The menu
 * loads this module (and with it every exporter and d3-dsv) with a dynamic import() when it opens, so none of
 * it weighs on the first load.
 */
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { dealsCsv } from './deals-csv.ts';
import { dealsJson } from './deals-json.ts';
import { dealsGexf } from './gexf.ts';
import { MAP_SVG_HEIGHT, MAP_SVG_WIDTH, mapSvg } from './map-svg.ts';
import { svgToPng } from './png.ts';
import type { Units } from '../state/view-params.ts';
import { exportFileName, filterSummary, type FilterParams } from './view-summary.ts';

export { downloadBlob } from './download.ts';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json' | 'gexf';

export interface ExportInput {
  readonly model: GraphModel;
  readonly visibility: Visibility;
  /** [x0, y0, x1, y1, …] by company index, as drawn. */
  readonly positions: Float64Array;
  readonly params: FilterParams & { readonly units?: Units | undefined };
}

export interface ExportedFile {
  readonly blob: Blob;
  readonly name: string;
}

export async function exportFile(kind: ExportKind, input: ExportInput): Promise<ExportedFile> {
  const { model, visibility, positions, params } = input;
  const name = exportFileName(model, params, kind);
  const description = `${visibility.visibleDeals.length} of ${model.deals.length} deals: ${filterSummary(model, params)}`;
  switch (kind) {
    case 'svg':
      return { name, blob: text(mapSvg(model, visibility, positions, params), 'image/svg+xml') };
    case 'png': {
      const svg = mapSvg(model, visibility, positions, params);
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

function text(content: string, type: string): Blob {
  return new Blob([content], { type });
}
