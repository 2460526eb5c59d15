/**
 * The visible deals as a data file in our own format (`ai-deal-map/1`): the deals with every field the model
 * keeps, the companies they involve (plus focused companies), only the categories and deal types used, and
 * the current positions as a frozen `layout`, so the file opens as the same picture. References to what is not
 * exported are dropped, so the file loads with no problem at all: a co-party's company `id` (the name stays),
 * `overlaps` and `supersededBy` naming other deals, and a unit's `parent`. Stories and timeline events are
 * left out (they describe the whole file).
 */
import type { Company, Deal } from '../data/format.ts';
import { FORMAT_ID } from '../data/format.ts';
import { LIMITS } from '../data/schema.ts';
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { exportedCompanies, visibleRecords } from './visible.ts';
import { NONE } from '../data/compact.ts';
import { sourcesOf } from '../data/sources.ts';

const SUFFIX = ' (export)';

export interface DealsJsonOptions {
  /** [x0, y0, x1, y1, …] by company index: written as `layout`. */
  readonly positions?: Float64Array;
  /** What was exported, in words (e.g. the filters): becomes `meta.description`. */
  readonly description?: string;
}

export function dealsJson(model: GraphModel, visibility: Visibility, options: DealsJsonOptions = {}): string {
  return JSON.stringify(dealsFile(model, visibility, options), null, 2) + '\n';
}

/** The export as a plain object (what `dealsJson` stringifies). */
export function dealsFile(
  model: GraphModel,
  visibility: Visibility,
  options: DealsJsonOptions = {},
): Record<string, unknown> {
  const companyIndices = exportedCompanies(model, visibility);
  const companyIds = new Set(companyIndices.map((i) => model.companies[i]?.id));
  const records = visibleRecords(model, visibility);
  const dealIds = new Set(records.map((r) => r.deal.id));
  // Keep the file's own order of companies and deals.
  const companies = model.map.companies.filter((c) => companyIds.has(c.id));
  const deals = model.map.deals.filter((d) => dealIds.has(d.id));
  const categories = new Set(companies.map((c) => c.category));
  const types = new Set(deals.map((d) => d.type));
  const { meta } = model.map;
  const title = meta.title.slice(0, LIMITS.nameLength - SUFFIX.length) + SUFFIX;

  const file: Record<string, unknown> = {
    format: FORMAT_ID,
    meta: {
      title,
      ...(options.description === undefined
        ? {}
        : { description: options.description.slice(0, LIMITS.textLength) }),
      updated: meta.updated,
      version: meta.version,
      license: meta.license,
      correctionsUrl: meta.correctionsUrl,
    },
    categories: model.map.categories.filter((c) => categories.has(c.id)),
    dealTypes: model.map.dealTypes.filter((t) => types.has(t.id)),
    companies: companies.map((c) => companyOut(c, companyIds)),
    deals: deals.map((d) => dealOut(d, dealIds, companyIds)),
  };
  const positions = options.positions;
  if (positions) {
    const layout: Record<string, [number, number]> = {};
    for (const i of companyIndices) {
      const id = model.companies[i]?.id;
      const x = positions[2 * i];
      const y = positions[2 * i + 1];
      if (id === undefined || x === undefined || y === undefined) continue;
      if (Number.isFinite(x) && Number.isFinite(y)) layout[id] = [round(x), round(y)];
    }
    file['layout'] = layout;
  }
  return file;
}

function companyOut(company: Company, exported: ReadonlySet<string | undefined>): Record<string, unknown> {
  const { parent, aliases = NONE, formerIds = NONE, ...rest } = company;
  return {
    ...rest,
    ...(parent !== undefined && exported.has(parent) ? { parent } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(formerIds.length ? { formerIds } : {}),
  };
}

function dealOut(
  deal: Deal,
  deals: ReadonlySet<string>,
  companies: ReadonlySet<string | undefined>,
): Record<string, unknown> {
  const { coParties = NONE, overlaps = NONE, supersededBy, ...rest } = deal;
  const parties = coParties.map((party) => {
    if (party.id === undefined || companies.has(party.id)) return party;
    const { id: _dropped, ...named } = party;
    return named;
  });
  const kept = overlaps.filter((id) => deals.has(id));
  return {
    ...rest,
    // In its place among the fields, as a list.
    sources: sourcesOf(deal),
    ...(parties.length ? { coParties: parties } : {}),
    ...(kept.length ? { overlaps: kept } : {}),
    ...(supersededBy !== undefined && deals.has(supersededBy) ? { supersededBy } : {}),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
