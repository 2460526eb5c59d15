/**
 * Whole counts as the app writes them everywhere: grouped in thousands ("60,000 deals", "1,000+"), in the
 * same locale as its money figures (money.ts).
 */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** A "show more" button's words: the next page of a list of `left` items not shown yet, `step` at a time. */
export function showMoreLabel(step: number, left: number): string {
  return `Show ${formatCount(Math.min(step, left))} more of ${formatCount(left)}`;
}
