// The bundled data file as tests read it: counts and expectations come from the file, not from the app.
import { readFileSync } from 'node:fs';

export interface RawDeal {
  id: string;
  from: string;
  to: string;
  type: string;
  date: string;
  status: string;
  sources: { url: string; publisher?: string }[];
}

export interface RawData {
  meta: { title: string; updated: string };
  companies: { id: string; name: string }[];
  deals: RawDeal[];
}

export function bundledData(): RawData {
  return JSON.parse(readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8')) as RawData;
}
