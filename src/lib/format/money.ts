/**
 * The one money formatter (map tooltips, details, table, exports): compact, `Intl`-based, and honest about what a
 * figure is — "up to $100B", "more than $10B", "~$2B", "$3B/yr", "$30B round", "€1.3B ≈ $1.5B", "Undisclosed".
 * Figures keep 1–3 significant digits and never a trailing ".0": "$38B", "$16.3M", "$1.25T".
 */
import type { AmountKind, AmountScope, Deal } from '../data/format.ts';
import { headlineOf, type Headline } from '../graph/headline.ts';
import type { TotalBucket } from '../graph/totals.ts';

export const UNDISCLOSED = 'Undisclosed';

const LOCALE = 'en-US';
const formatters = new Map<string, Intl.NumberFormat | null>();

function compactFormatter(currency: string): Intl.NumberFormat | null {
  let formatter = formatters.get(currency);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency,
        currencyDisplay: 'symbol',
        notation: 'compact',
        maximumSignificantDigits: 3,
      });
    } catch {
      formatter = null;
    }
    formatters.set(currency, formatter);
  }
  return formatter;
}

const PLAIN = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumSignificantDigits: 3 });
const DECIMAL = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** A compact amount in any currency: "€1.3B", "£200M", "CHF 1.3B". Not-a-number → "Undisclosed". */
export function formatMoney(value: number | undefined, currency: string): string {
  if (value === undefined || !Number.isFinite(value)) return UNDISCLOSED;
  const formatter = compactFormatter(currency);
  return formatter ? formatter.format(value) : `${PLAIN.format(value)} ${currency}`;
}

/** A compact US-dollar figure: "$38B", "$650M", "$16.3M", "$1.25T". Not-a-number → "Undisclosed". */
export function formatUsd(usd: number | undefined): string {
  return formatMoney(usd, 'USD');
}

/** A plain number for years, gigawatts and the like: "7", "3.5", "0.75". */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? DECIMAL.format(value) : '';
}

const PREFIX: Readonly<Record<AmountKind, string>> = {
  exact: '',
  upTo: 'up to ',
  atLeast: 'more than ',
  estimated: '~',
  undisclosed: '',
};

const SUFFIX: Readonly<Record<AmountScope, string>> = {
  total: '',
  perYear: '/yr',
  perMonth: '/mo',
  round: ' round',
};

/** The qualifier a figure of this kind carries: "up to ", "more than ", "~" or nothing. */
export function kindPrefix(kind: AmountKind): string {
  return PREFIX[kind];
}

/** A deal's amount in two parts: the figure ("$1.25B/mo") and, for a rate with a term, its total ("~$45B over 3 yr"). */
export interface AmountParts {
  readonly figure: string;
  readonly overTerm?: string;
}

/** The amount line in parts, for layouts that show the total over a term on its own line. */
export function formatAmountParts(deal: Deal): AmountParts {
  const amount = deal.amount;
  if (!amount || amount.kind === 'undisclosed') return { figure: UNDISCLOSED };
  const usd = amount.usd ?? (amount.currency === 'USD' ? amount.value : undefined);
  const foreign = amount.currency !== 'USD' && amount.value !== undefined && Number.isFinite(amount.value);
  if (!foreign && (usd === undefined || !Number.isFinite(usd))) return { figure: UNDISCLOSED };

  const prefix = PREFIX[amount.kind];
  const suffix = SUFFIX[amount.scope];
  const figure = foreign
    ? `${prefix}${formatMoney(amount.value, amount.currency)}${suffix}` +
      // The dollar equivalent repeats a rate's unit, not the word "round": "€105M round ≈ $113M".
      (usd !== undefined && Number.isFinite(usd)
        ? ` ≈ ${formatUsd(usd)}${amount.scope === 'round' ? '' : suffix}`
        : '')
    : `${prefix}${formatUsd(usd)}${suffix}`;

  const rate = amount.scope === 'perYear' || amount.scope === 'perMonth';
  const headline = headlineOf(deal);
  if (rate && deal.termYears !== undefined && !headline.perYear && headline.usd !== undefined) {
    const over = amount.kind === 'exact' ? '~' : prefix;
    return { figure, overTerm: `${over}${formatUsd(headline.usd)} over ${formatNumber(deal.termYears)} yr` };
  }
  return { figure };
}

/**
 * The honest amount line of a deal: "$38B", "up to $100B", "more than $10B", "~$2B", "$3B/yr", "$1.25B/mo",
 * "$30B round", "€1.3B ≈ $1.5B", "$1.25B/mo (~$45B over 3 yr)", or "Undisclosed".
 */
export function formatAmount(deal: Deal): string {
  const { figure, overTerm } = formatAmountParts(deal);
  return overTerm === undefined ? figure : `${figure} (${overTerm})`;
}

/** A deal's headline figure (edge tooltips, totals): "up to $100B", "$3B/yr", "~$2B", "$30B round". */
export function formatHeadline(headline: Headline): string {
  if (headline.usd === undefined || headline.kind === 'undisclosed' || !Number.isFinite(headline.usd)) {
    return UNDISCLOSED;
  }
  return (
    PREFIX[headline.kind] +
    formatUsd(headline.usd) +
    (headline.perYear ? '/yr' : '') +
    (headline.round ? ' round' : '')
  );
}

/** What a sum of headline figures holds: a bucket of `companyTotals` (graph/totals.ts). */
export type TotalLike = TotalBucket;

/**
 * A sum of headline figures: "$52B", "$52B + $3B/yr", "$3B/yr", or "Undisclosed" when none of its deals has a
 * figure. Read it with `totalNotes`, which says what the sum includes.
 */
export function formatTotal(total: TotalLike): string {
  const parts: string[] = [];
  if (total.figures > 0) parts.push(formatUsd(total.usd));
  if (total.perYear) parts.push(`${formatUsd(total.perYearUsd)}/yr`);
  if (parts.length > 0) return parts.join(' + ');
  if (total.deals === 0) return formatUsd(0);
  return total.roundsLed > 0 && total.undisclosed === 0 ? 'Own share not known' : UNDISCLOSED;
}

/**
 * What a sum includes, in words: ["includes “up to” figures and estimates", "2 undisclosed",
 * "led 1 round of $30B in all (own share not known)"].
 */
export function totalNotes(total: TotalLike): string[] {
  const notes: string[] = [];
  const kinds = [
    total.upTo ? '“up to”' : undefined,
    total.atLeast ? '“more than”' : undefined,
    total.estimated ? 'estimated' : undefined,
  ].filter((k) => k !== undefined);
  if (kinds.length > 0) notes.push(`includes ${listOf(kinds)} figures`);
  if (total.perYear) notes.push('yearly rates not totalled (term unknown)');
  if (total.undisclosed > 0) {
    const all = total.undisclosed === total.deals;
    notes.push(
      all && total.deals > 1 ? `all ${total.deals} undisclosed` : `${total.undisclosed} undisclosed`,
    );
  }
  const rounds = total.roundsLed;
  if (rounds > 0) {
    const sum = total.roundsLedUsd > 0 ? ` of ${formatUsd(total.roundsLedUsd)} in all` : '';
    notes.push(`led ${rounds} ${rounds === 1 ? 'round' : 'rounds'}${sum} (own share not known)`);
  }
  return notes;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
