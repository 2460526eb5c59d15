/**
 * Editorial checks: rules that keep the bundled data true, beyond what the validator can refuse. A file that
 * breaks them still loads (readers' own files are never held to them); tests/unit/data-files.test.ts applies
 * them to the current edition, data/ai-deals.json. The rules, their exact wording and the deny-list are
 * documented in data/README.md ("Checks the data must pass").
 */
import { startOf } from './dates.ts';
import type { Deal, DealMap } from './format.ts';
import { sourcesOf } from './sources.ts';

export type EditorialRule =
  'unlinked-duplicate' | 'approximate-exact' | 'stale-announced' | 'non-news-sources';

export interface EditorialViolation {
  readonly dealId: string;
  readonly rule: EditorialRule;
  /** One sentence naming the deal and what is wrong. */
  readonly message: string;
}

/** Words that make a figure approximate or a ceiling when they stand before it. */
export const APPROXIMATE_WORDS: readonly string[] = [
  'about',
  '~',
  'roughly',
  'approximately',
  'around',
  'up to',
];

/** An `announced` deal dated more than this many months before `meta.updated` needs a note saying why. */
export const STALE_AFTER_MONTHS = 18;

/** Phrases in `notes` that say why an old announced deal is still open (matched ignoring case). */
export const STILL_OPEN_PHRASES: readonly string[] = [
  'still open',
  'still running',
  'not closed',
  'not yet closed',
  'has not closed',
  'not completed',
  'not yet completed',
  'not finalised',
  'not finalized',
  'pending',
  'awaiting',
];

export type NonNewsKind = 'mail or paste viewer' | 'app host (demos and clones)' | 'not a news publisher';

/**
 * Hosts that are not news sites. A deal must not rest on them alone: at least one source must be elsewhere. An
 * entry matches the host and its subdomains (`mailinator.pl` matches `www.mailinator.pl`).
 */
export const NON_NEWS_HOSTS: ReadonlyMap<string, NonNewsKind> = new Map<string, NonNewsKind>([
  ['mailinator.com', 'mail or paste viewer'],
  ['mailinator.pl', 'mail or paste viewer'],
  ['yopmail.com', 'mail or paste viewer'],
  ['guerrillamail.com', 'mail or paste viewer'],
  ['temp-mail.org', 'mail or paste viewer'],
  ['pastebin.com', 'mail or paste viewer'],
  ['paste.ee', 'mail or paste viewer'],
  ['justpaste.it', 'mail or paste viewer'],
  ['rentry.co', 'mail or paste viewer'],
  ['controlc.com', 'mail or paste viewer'],
  ['hastebin.com', 'mail or paste viewer'],
  ['ghostbin.co', 'mail or paste viewer'],
  ['vercel.app', 'app host (demos and clones)'],
  ['netlify.app', 'app host (demos and clones)'],
  ['folio3.ai', 'not a news publisher'],
  ['57wp.org', 'not a news publisher'],
  ['getaibook.com', 'not a news publisher'],
  ['learnaiforge.com', 'not a news publisher'],
  ['gocodelab.com', 'not a news publisher'],
  ['chatforest.com', 'not a news publisher'],
  ['promtvault.app', 'not a news publisher'],
  ['officeandwin.store', 'not a news publisher'],
]);

/** Every editorial problem of `map`, in the order of its deals. */
export function editorialChecks(map: DealMap): EditorialViolation[] {
  const violations = [...unlinkedDuplicates(map.deals)];
  for (const deal of map.deals) {
    const found = [approximateExact(deal), staleAnnounced(deal, map.meta.updated), nonNewsSources(deal)];
    for (const v of found) if (v) violations.push(v);
  }
  const order = new Map(map.deals.map((d, i) => [d.id, i]));
  return violations.sort((a, b) => (order.get(a.dealId) ?? 0) - (order.get(b.dealId) ?? 0));
}

/** (a) Two deals with the same `from`, `to`, `type` and stored `date`, neither naming the other. */
function unlinkedDuplicates(deals: readonly Deal[]): EditorialViolation[] {
  const seen = new Map<string, Deal[]>();
  const out: EditorialViolation[] = [];
  for (const deal of deals) {
    if (deal.date === undefined) continue;
    const key = JSON.stringify([deal.from, deal.to, deal.type, deal.date]);
    const earlier = seen.get(key) ?? [];
    for (const other of earlier) {
      if (linked(deal, other)) continue;
      out.push({
        dealId: deal.id,
        rule: 'unlinked-duplicate',
        message:
          `${deal.id}: same parties, type and date (${deal.from} → ${deal.to}, ${deal.type}, ${deal.date}) as ` +
          `${other.id}, but neither lists the other in overlaps or supersededBy`,
      });
    }
    seen.set(key, [...earlier, deal]);
  }
  return out;
}

function linked(a: Deal, b: Deal): boolean {
  return (
    a.overlaps?.includes(b.id) === true ||
    b.overlaps?.includes(a.id) === true ||
    a.supersededBy === b.id ||
    b.supersededBy === a.id
  );
}

const QUALIFIER = new RegExp(
  APPROXIMATE_WORDS.map((w) => (w === '~' ? '~' : `\\b${w.replace(' ', '\\s+')}\\b`)).join('|'),
  'i',
);

/** (b) An `exact` amount whose text qualifies its figure: a qualifier before the text's first digit. */
function approximateExact(deal: Deal): EditorialViolation | undefined {
  const amount = deal.amount;
  if (amount?.kind !== 'exact' || amount.text === undefined) return undefined;
  const beforeFigure = amount.text.split(/\d/, 1)[0] ?? '';
  const word = QUALIFIER.exec(beforeFigure)?.[0];
  if (word === undefined) return undefined;
  return {
    dealId: deal.id,
    rule: 'approximate-exact',
    message: `${deal.id}: amount is "exact" but its text says "${word}" before the figure ("${amount.text}"): use estimated, upTo or atLeast`,
  };
}

/** The first day that is `months` calendar months before `date` (a YYYY-MM-DD day), as a UTC time. */
export function monthsBefore(date: string, months: number): number | undefined {
  const start = startOf(date);
  if (start === undefined) return undefined;
  const d = new Date(start);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

/** (c) `announced`, dated before `updated` less 18 months, with no note saying why it is still open. */
function staleAnnounced(deal: Deal, updated: string | undefined): EditorialViolation | undefined {
  if (deal.status !== 'announced' || deal.date === undefined || updated === undefined) return undefined;
  const start = startOf(deal.date);
  const cutoff = monthsBefore(updated, STALE_AFTER_MONTHS);
  if (start === undefined || cutoff === undefined || start >= cutoff) return undefined;
  const notes = (deal.notes ?? '').toLowerCase();
  if (STILL_OPEN_PHRASES.some((p) => notes.includes(p))) return undefined;
  return {
    dealId: deal.id,
    rule: 'stale-announced',
    message:
      `${deal.id}: still "announced" ${STALE_AFTER_MONTHS}+ months after ${deal.date} (edition ${updated}): ` +
      `update the status, or say in notes why it is still open (e.g. "pending", "not closed")`,
  };
}

/** The deny-list entry a source URL's host falls under, if any. */
export function nonNewsHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (NON_NEWS_HOSTS.has(h)) return h;
  }
  return undefined;
}

/** (d) A deal whose every source is on a host of the deny-list. */
function nonNewsSources(deal: Deal): EditorialViolation | undefined {
  const sources = sourcesOf(deal);
  if (sources.length === 0) return undefined;
  const hosts = sources.map((s) => nonNewsHost(s.url));
  if (hosts.some((h) => h === undefined)) return undefined;
  return {
    dealId: deal.id,
    rule: 'non-news-sources',
    message: `${deal.id}: every source is on a site that is not news (${[...new Set(hosts)].join(', ')}): cite a news report or a primary source`,
  };
}
