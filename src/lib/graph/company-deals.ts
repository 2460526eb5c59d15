/**
 * Each company's deals, in date order, as ranges of one typed list: company i's deals are `list[start[i]]` up
 * to `list[start[i + 1]]`. One list for the whole model, not a list per company (20,000 companies' lists
 * took 1 MB of the heap).
 */
export interface CompanyDeals {
  readonly start: Uint32Array;
  readonly list: Uint32Array;
}

/**
 * The ranges for deals in date order: `dealCount[i]` is company i's number of deals, and each deal is listed
 * under both its ends (an end outside the companies, -1, under none).
 */
export function dealRanges(
  deals: readonly { readonly index: number; readonly from: number; readonly to: number }[],
  dealCount: Uint32Array,
): CompanyDeals {
  const start = new Uint32Array(dealCount.length + 1);
  dealCount.forEach((count, i) => (start[i + 1] = (start[i] ?? 0) + count));
  const list = new Uint32Array(start[dealCount.length] ?? 0);
  const next = start.slice(0, dealCount.length);
  const place = (company: number, deal: number) => {
    const at = next[company];
    if (at === undefined) return;
    list[at] = deal;
    next[company] = at + 1;
  };
  for (const record of deals) {
    place(record.from, record.index);
    place(record.to, record.index);
  }
  return { start, list };
}

/** The deal indices of a company, in date order (none for an index out of range). */
export function dealsOf(model: { readonly companyDeals: CompanyDeals }, company: number): number[] {
  const { start, list } = model.companyDeals;
  const from = start[company];
  const to = start[company + 1];
  return from === undefined || to === undefined ? [] : Array.from(list.subarray(from, to));
}
