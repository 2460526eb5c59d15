/** A short text summary of what the map shows, for screen readers (the table view has every deal). */
import { formatCount } from '../format/count.ts';
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';

export function mapSummary(model: GraphModel, visibility: Visibility): string {
  const deals = visibility.visibleDeals.length;
  const companies = visibility.visibleCompanyCount;
  if (deals === 0 && companies === 0) return 'No deals match the current filters.';
  const top = largest(model, visibility, 5);
  const unconfirmed = visibility.visibleDeals.filter((i) => model.deals[i]?.unconfirmed).length;
  return [
    `The map shows ${formatCount(deals)} ${deals === 1 ? 'deal' : 'deals'} among ${formatCount(companies)} ${companies === 1 ? 'company' : 'companies'}.`,
    top.length ? `Largest by deal volume: ${top.join(', ')}.` : '',
    unconfirmed
      ? `${formatCount(unconfirmed)} of the deals are reported or low-confidence and drawn lighter.`
      : '',
    'Arrows point the way money flows. The table view lists every deal with its sources.',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The names of the `n` visible companies with the most deal volume, largest first (ties in index order): one
 * pass keeping the few best, not a sort of every company (a big map's summary is written as it is first drawn).
 */
function largest(model: GraphModel, visibility: Visibility, n: number): string[] {
  const best: { name: string; volume: number }[] = [];
  model.companies.forEach((company, i) => {
    const volume = visibility.volume[i] ?? 0;
    if (!visibility.companies[i] || !(volume > 0)) return;
    const last = best[n - 1];
    if (last && volume <= last.volume) return;
    let at = best.length;
    while (at > 0 && (best[at - 1]?.volume ?? 0) < volume) at--;
    best.splice(at, 0, { name: company.name, volume });
    if (best.length > n) best.pop();
  });
  return best.map((c) => c.name);
}
