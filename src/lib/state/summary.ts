/** A short text summary of what the map shows, for screen readers (the table view has every deal). */
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';

export function mapSummary(model: GraphModel, visibility: Visibility): string {
  const deals = visibility.visibleDeals.length;
  const companies = visibility.visibleCompanyCount;
  if (deals === 0 && companies === 0) return 'No deals match the current filters.';
  const top = model.companies
    .map((c, i) => ({ name: c.name, volume: visibility.volume[i] ?? 0, visible: visibility.companies[i] }))
    .filter((c) => c.visible && c.volume > 0)
    .sort((a, b) => b.volume - a.volume)
    .slice(0, 5)
    .map((c) => c.name);
  const unconfirmed = visibility.visibleDeals.filter((i) => model.deals[i]?.unconfirmed).length;
  return [
    `The map shows ${deals} ${deals === 1 ? 'deal' : 'deals'} among ${companies} ${companies === 1 ? 'company' : 'companies'}.`,
    top.length ? `Largest by deal volume: ${top.join(', ')}.` : '',
    unconfirmed ? `${unconfirmed} of the deals are reported or low-confidence and drawn lighter.` : '',
    'Arrows point the way money flows. The table view lists every deal with its sources.',
  ]
    .filter(Boolean)
    .join(' ');
}
