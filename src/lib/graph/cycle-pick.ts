/** Picking one circular flow (the `cycle=` value) and what it highlights: tiny, so the page loads it at once. */
import type { Cycle } from './cycles.ts';

/** The companies (merged parents and the units their deals touch) and deals of a cycle, for highlighting. */
export function cycleHighlight(cycle: Cycle): { companies: Set<number>; deals: Set<number> } {
  const companies = new Set<number>(cycle.companies);
  const deals = new Set<number>();
  for (const hop of cycle.hops) {
    for (const record of hop.deals) {
      deals.add(record.index);
      companies.add(record.from);
      companies.add(record.to);
    }
  }
  return { companies, deals };
}

/** The cycle whose ids are `ids` (the `cycle=` value), if the list has it. */
export function findCycle(cycles: readonly Cycle[], ids: readonly string[] | undefined): Cycle | undefined {
  if (ids === undefined) return undefined;
  const key = ids.join('>');
  return cycles.find((c) => c.ids.join('>') === key);
}
