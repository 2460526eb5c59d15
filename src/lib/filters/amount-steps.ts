/** The minimum-amount choices of the filter panel, in headline USD, and their short labels. */

export interface AmountStep {
  /** Minimum headline USD; undefined = any amount (undisclosed deals included). */
  readonly value: number | undefined;
  readonly label: string;
}

export const AMOUNT_STEP_VALUES: readonly number[] = [1e8, 1e9, 1e10, 5e10, 1e11];

const COMPACT_USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** "$100M", "$1B", "$1.5B", "$250K"; "Any" for no minimum. */
export function formatMinAmount(usd: number | undefined): string {
  if (usd === undefined || !Number.isFinite(usd) || usd <= 0) return 'Any';
  return COMPACT_USD.format(usd);
}

/**
 * The choices to offer: Any and the standard steps, plus the current minimum when it is not one of them
 * (a shared link may carry `min=250000000`), in ascending order.
 */
export function amountSteps(current?: number): AmountStep[] {
  const values = [...AMOUNT_STEP_VALUES];
  if (current !== undefined && Number.isFinite(current) && current > 0 && !values.includes(current)) {
    values.push(current);
    values.sort((a, b) => a - b);
  }
  return [
    { value: undefined, label: 'Any' },
    ...values.map((value) => ({ value, label: formatMinAmount(value) })),
  ];
}
