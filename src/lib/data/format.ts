/**
 * The deal-map data format, version 1 ("ai-deal-map/1"), as the app holds it after validation.
 * Everything here is plain, immutable data copied field by field from the file: no prototype tricks,
 * nothing the file did not declare, and defaults filled in. See data/README.md for the format guide.
 */

import type { Attributes } from './attributes.ts';

export const FORMAT_ID = 'ai-deal-map/1';

export const DEAL_STATUSES = ['announced', 'completed', 'reported', 'terminated'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const AMOUNT_KINDS = ['exact', 'upTo', 'atLeast', 'estimated', 'undisclosed'] as const;
export const AMOUNT_SCOPES = ['total', 'perYear', 'perMonth', 'round'] as const;
export const FLOWS = ['money', 'none'] as const;
export const DASHES = ['solid', 'dashed', 'dotted', 'dashdot', 'longdash'] as const;
export const VALUATION_KINDS = ['post-money', 'market-cap'] as const;

export type DealStatus = (typeof DEAL_STATUSES)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type AmountKind = (typeof AMOUNT_KINDS)[number];
export type AmountScope = (typeof AMOUNT_SCOPES)[number];
export type Flow = (typeof FLOWS)[number];
export type Dash = (typeof DASHES)[number];
export type ValuationKind = (typeof VALUATION_KINDS)[number];

/** A date at the precision it was given: `2024`, `2024-10` or `2024-10-03` (UTC). */
export type DateString = string;

export interface Meta {
  readonly title: string;
  readonly description?: string;
  /** The data edition's date, YYYY-MM-DD; the default "as of" date of the map. */
  readonly updated?: DateString;
  readonly license?: string;
  /** The data edition, e.g. "2026-11-26". */
  readonly version?: string;
  /** Where readers can suggest a correction (http/https). */
  readonly correctionsUrl?: string;
}

export interface Category {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly colorDark?: string;
  readonly description?: string;
}

export interface DealType {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly colorDark?: string;
  /** Whether the deal moves money from `from` to `to` (cycles follow money only). */
  readonly flow: Flow;
  readonly dash?: Dash;
  readonly description?: string;
}

export interface Company {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Business units only: money paid to the unit reaches its parent (aws → amazon). */
  readonly parent?: string;
  /** Absent when there are none, as for most companies (8 bytes less per company over 20,000 companies). */
  readonly aliases?: readonly string[];
  /** Ids the company had before (deals may still name it by them). Absent when there are none. */
  readonly formerIds?: readonly string[];
  /** ISO 3166-1 alpha-2 code. */
  readonly country?: string;
  readonly founded?: number;
  readonly url?: string;
  readonly description?: string;
  readonly notes?: string;
  /** The file's own fields (see attributes.ts). */
  readonly attributes?: Attributes;
  /** Dated valuations or market capitalisations, oldest first (see insights/valuation.ts). */
  readonly valuations?: readonly Valuation[];
}

/** What a company was worth at a date: a round's post-money valuation or a listed company's market cap. */
export interface Valuation {
  readonly date: DateString;
  readonly usd: number;
  readonly kind: ValuationKind;
  readonly source: Source;
}

export interface Amount {
  /** The figure in `currency` units; absent when undisclosed. */
  readonly value?: number;
  readonly currency: string;
  /** The figure in US dollars (equal to `value` for USD amounts). */
  readonly usd?: number;
  readonly kind: AmountKind;
  readonly scope: AmountScope;
  /** The figure as reported, e.g. "up to $100 billion". */
  readonly text?: string;
}

export interface Source {
  readonly url: string;
  readonly publisher?: string;
  readonly title?: string;
  readonly date?: DateString;
  readonly archiveUrl?: string;
  readonly note?: string;
}

/**
 * A deal's sources as the app holds them: the source itself when there is exactly one (as most deals have),
 * else a list (the shared empty list when there is none). A list of one would cost 28 bytes more per deal,
 * 1.7 MB over 60,000 deals. Read them as a list with `sourcesOf` (sources.ts); exports write a list.
 */
export type Sources = Source | readonly Source[];

export interface CoParty {
  readonly name: string;
  /** A company id in this file, when the co-party is on the map. */
  readonly id?: string;
  readonly role?: string;
}

export interface Deal {
  readonly id: string;
  /** Where the money comes from (investor, customer, buyer, licensee, acquirer). */
  readonly from: string;
  /** Where the money goes. */
  readonly to: string;
  readonly type: string;
  readonly date?: DateString;
  readonly endDate?: DateString;
  readonly amount?: Amount;
  readonly termYears?: number;
  readonly capacityGw?: number;
  readonly status: DealStatus;
  readonly confidence?: Confidence;
  readonly summary?: string;
  readonly sources: Sources;
  readonly notes?: string;
  /** Absent when there are none (8 bytes less per deal over 60,000 deals). */
  readonly coParties?: readonly CoParty[];
  /** Deals covering some of the same money: not to be added twice. Absent when there are none. */
  readonly overlaps?: readonly string[];
  /** A later deal that replaces this one's figure. */
  readonly supersededBy?: string;
  /**
   * The money bought existing shares from their holders (an employee tender, a secondary sale): it never
   * reached `to`, so it is left out of `to`'s inflow and of circular money flows.
   */
  readonly secondary?: boolean;
  /** A link with no direction (an undirected GEXF or GraphML edge): drawn without an arrow. */
  readonly undirected?: boolean;
  /** The file's own fields (see attributes.ts). */
  readonly attributes?: Attributes;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly text?: string;
  /** View parameters, as in the URL (never `data`, `embed` or `scroll`). */
  readonly params: ReadonlyMap<string, string>;
  /** The deals the story's text names: shown as its sources, and checked against the text by the data tests. */
  readonly deals: readonly string[];
}

export interface TimelineEvent {
  readonly date: DateString;
  readonly label: string;
  readonly url?: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface DealMap {
  readonly format: typeof FORMAT_ID;
  readonly meta: Meta;
  readonly categories: readonly Category[];
  readonly dealTypes: readonly DealType[];
  readonly companies: readonly Company[];
  readonly deals: readonly Deal[];
  /** Frozen positions by company id. */
  readonly layout: ReadonlyMap<string, Point>;
  readonly stories: readonly Story[];
  readonly events: readonly TimelineEvent[];
}
