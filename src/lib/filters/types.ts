/** Filters as data: the part of the view parameters that decides which deals and companies are visible. */
export type Direction = 'in' | 'out' | 'both';

export interface FilterState {
  /** Company ids to focus on (union); empty = no focus (the default). */
  readonly focus: readonly string[];
  /** Neighbourhood depth for focus; default 1. */
  readonly depth: 1 | 2;
  /** Direction for focus: `out` follows the money, `in` walks against it; default 'both'. */
  readonly dir: Direction;
  /** Deal type ids; undefined = all; [] = none (`types=`). */
  readonly types: readonly string[] | undefined;
  readonly categories: readonly string[] | undefined;
  readonly status: readonly string[] | undefined;
  /** Partial dates: `from` counts from the start of its period, `to` and `asof` to the end of theirs. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly asof: string | undefined;
  /** Minimum headline USD; undisclosed deals fail any minimum above 0. */
  readonly min: number | undefined;
}

export const NO_FILTERS: FilterState = {
  focus: [],
  depth: 1,
  dir: 'both',
  types: undefined,
  categories: undefined,
  status: undefined,
  from: undefined,
  to: undefined,
  asof: undefined,
  min: undefined,
};

export interface Visibility {
  /** 1 where the deal (model index) is visible. */
  readonly deals: Uint8Array;
  /** 1 where the company (model index) is visible. */
  readonly companies: Uint8Array;
  /** 1 where the company is focused. */
  readonly focused: Uint8Array;
  /** 1 where a visible deal had ended as of the "as of" date (drawn faded). */
  readonly ended: Uint8Array;
  /** Visible deal indices, in model (date) order (a typed list: a big map keeps 60,000 of them). */
  readonly visibleDeals: Uint32Array;
  readonly visibleCompanyCount: number;
  /** Deals hidden only because their amount is undisclosed and a minimum is set. */
  readonly hiddenUndisclosed: number;
  /** The "as of" instant (ms): the last millisecond of `asof`, or of the data's update date. */
  readonly asof: number;
  /**
   * 1 where a visible deal's money counts as of that instant: active then (started, not ended, not called off)
   * and not superseded or outweighed by an overlapping deal (graph/counting.ts).
   */
  readonly counted: Uint8Array;
  /** Headline USD per company over the counted visible deals (node size, summaries): the map as of the date. */
  readonly volume: Float64Array;
}
