/**
 * Whole counts as the app writes them everywhere: grouped in thousands ("60,000 deals", "1,000+"), in the
 * same locale as its money figures (money.ts).
 */
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return COUNT.format(n);
}
