/**
 * A large, valid, seeded data file at the format's limits (by default 20,000 companies and 60,000 deals), for
 * tests of scale. Linear in its size. Unlike bench/synthetic.ts (hub-heavy, sized for rendering), it exercises
 * every validator path that a clean big file can take: parents, former ids, aliases, all amount kinds and
 * currencies, end dates, terminated deals, co-parties, overlaps and several sources per deal.
 *
 *   npx tsx scripts/generate-large-graph.ts [companies] [deals] > big.json
 */
import { seededRandom } from '../src/lib/layout/random.ts';

const CATEGORIES = ['ai-lab', 'hyperscaler', 'neocloud', 'chipmaker', 'investor', 'data-center', 'other'];
const TYPES = ['investment', 'compute', 'chips', 'licensing', 'partnership', 'acquisition'];
const STATUSES = ['announced', 'completed', 'reported', 'terminated'];
const KINDS = ['exact', 'upTo', 'atLeast', 'estimated'];
const SCOPES = ['total', 'perYear', 'perMonth', 'round'];
/**
 * One deal in this many overlaps the one before it. Kept rare: buildModel's overlap grouping
 * (excludedFromTotals in src/lib/graph/model.ts) scans every deal for each overlapping one, so 1,500
 * overlaps in 60,000 deals took about 14 s.
 */
const OVERLAP_EVERY = 400;

export interface LargeGraphOptions {
  readonly companies?: number;
  readonly deals?: number;
  readonly seed?: number;
}

export function generateLargeGraph(options: LargeGraphOptions = {}): Record<string, unknown> {
  const n = Math.max(2, options.companies ?? 20_000);
  const m = options.deals ?? 60_000;
  const random = seededRandom(options.seed ?? 20_000);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  // Every tenth company is a "hub"; deals pick a hub a third of the time.
  const hubs = Math.max(1, Math.floor(n / 10));
  const endpoint = () => (random() < 1 / 3 ? int(hubs) * 10 : int(n)) % n;

  const id = (i: number) => `company-${i}`;
  const companies = Array.from({ length: n }, (_, i) => {
    // Units point at a hub (hubs have no parent themselves).
    const unit = i % 10 === 7 && n > 10;
    return {
      id: id(i),
      name: `Company ${i}`,
      category: CATEGORIES[i % CATEGORIES.length],
      ...(unit ? { parent: id(Math.floor(i / 10) * 10) } : {}),
      ...(i % 25 === 3 ? { formerIds: [`old-company-${i}`] } : {}),
      ...(i % 4 === 0 ? { aliases: [`C${i}`, `Co ${i}`] } : {}),
      ...(i % 9 === 0
        ? { country: 'US', founded: 1950 + (i % 70), url: `https://company-${i}.example` }
        : {}),
    };
  });

  const deals = Array.from({ length: m }, (_, k) => {
    const a = endpoint();
    let b = endpoint();
    if (b === a) b = (a + 1) % n;
    const year = 2010 + (k % 16);
    const month = 1 + (k % 12);
    const day = 1 + (k % 28);
    const date =
      k % 3 === 0 ? `${year}` : k % 3 === 1 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const value = (1 + int(1000)) * 1e6;
    const amount =
      k % 7 === 0
        ? { kind: 'undisclosed' }
        : k % 11 === 0
          ? { value, currency: 'EUR', usd: Math.round(value * 1.08), kind: pick(KINDS), scope: pick(SCOPES) }
          : { value, currency: 'USD', kind: pick(KINDS), scope: pick(SCOPES), text: `$${value / 1e6}M` };
    return {
      id: `deal-${k}`,
      // A former id now and then, as renamed companies keep working in deals.
      from: a % 25 === 3 && k % 2 === 0 ? `old-company-${a}` : id(a),
      to: id(b),
      type: TYPES[k % TYPES.length],
      date,
      ...(k % 13 === 0 ? { endDate: `${year + 1 + (k % 4)}` } : {}),
      amount,
      ...(k % 5 === 0 ? { termYears: 1 + (k % 10) } : {}),
      status: STATUSES[k % 17 === 0 ? 3 : k % 3] as string,
      ...(k % 6 === 0 ? { confidence: 'medium' } : {}),
      summary: `Deal ${k} between company ${a} and company ${b}.`,
      sources: [
        { url: `https://news.example.com/${year}/deal-${k}`, publisher: 'Example News', date },
        ...(k % 4 === 0 ? [{ url: `https://archive.example.org/deal-${k}`, title: `Deal ${k}` }] : []),
      ],
      ...(k % 50 === 0 ? { coParties: [{ name: `Company ${int(n)}` }, { name: 'Hub', id: id(0) }] } : {}),
      ...(k % OVERLAP_EVERY === OVERLAP_EVERY - 1 ? { overlaps: [`deal-${k - 1}`] } : {}),
    };
  });

  return {
    format: 'ai-deal-map/1',
    meta: {
      title: `Generated graph (${n} companies, ${m} deals)`,
      updated: '2026-11-26',
      version: 'generated',
    },
    companies,
    deals,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [companies, deals] = process.argv.slice(2).map(Number);
  process.stdout.write(
    JSON.stringify(
      generateLargeGraph({
        ...(companies ? { companies } : {}),
        ...(deals ? { deals } : {}),
      }),
    ),
  );
}
