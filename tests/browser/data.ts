// The bundled data file as tests read it: counts and expectations come from the file, not from the app. Tests
// never name a company or deal of the bundled data: they pick one here, so correcting the data never breaks them.
import { readFileSync } from 'node:fs';

export interface RawDeal {
  id: string;
  from: string;
  to: string;
  type: string;
  date: string;
  endDate?: string;
  status: string;
  sources: { url: string; publisher?: string }[];
}

export interface RawData {
  meta: { title: string; updated: string; version?: string };
  companies: { id: string; name: string }[];
  deals: RawDeal[];
  layout?: Record<string, [number, number]>;
}

export function bundledData(): RawData {
  return readData('data/ai-deals.json');
}

/** A data file of this repository, by its path from the repository root (`data/v/2026-11-26.json`). */
export function readData(path: string): RawData {
  return JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as RawData;
}

/** The deals `id` takes part in. */
export function dealsOf(data: RawData, id: string): RawDeal[] {
  return data.deals.filter((d) => d.from === id || d.to === id);
}

/** The company with the most deals (the first by id on a tie). */
export function busiestCompany(data: RawData): { id: string; name: string } {
  const [first, ...rest] = [...data.companies].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (!first) throw new Error('the data has no company');
  return rest.reduce(
    (best, c) => (dealsOf(data, c.id).length > dealsOf(data, best.id).length ? c : best),
    first,
  );
}

/** The deal of `companyId` (any deal when not given) with the most sources (the first in the file on a tie). */
export function bestSourcedDeal(data: RawData, companyId?: string): RawDeal {
  const deals = companyId === undefined ? data.deals : dealsOf(data, companyId);
  const [first, ...rest] = deals;
  if (!first) throw new Error(`no deal${companyId === undefined ? '' : ` of ${companyId}`}`);
  return rest.reduce((best, d) => (d.sources.length > best.sources.length ? d : best), first);
}

/** A company's display name. */
export function nameOf(data: RawData, id: string): string {
  const company = data.companies.find((c) => c.id === id);
  if (!company) throw new Error(`no company ${id}`);
  return company.name;
}

/** A regular expression that matches `text` literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
