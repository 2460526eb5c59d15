/**
 * The shareable view: every URL parameter of the public contract (see the brief, "Public contracts"), as typed,
 * validated values. Parsing and writing live in `url.ts`; checking against the loaded data in
 * `resolve-params.ts`; the browser's address bar in `url-sync.svelte.ts`.
 */

import { NO_FILTERS, type Direction, type FilterState } from '../filters/types.ts';

export type { Direction };
export type ViewMode = 'map' | 'table' | 'compute';
export type Theme = 'light' | 'dark' | 'auto';
export type Renderer = 'svg' | 'canvas';
/** What sizes a company on the map: its deal volume, or its latest known valuation as of the date. */
export type SizeBy = 'volume' | 'valuation';
/** `merge` draws business units inside their parent (AWS in Amazon). */
export type Units = 'split' | 'merge';

/**
 * The filters (focus, depth, dir, types, categories, status, from, to, asof, min: see `FilterState`) plus what
 * is selected, highlighted, shown and where the data comes from.
 */
export interface ViewParams extends FilterState {
  /** A company or deal id. */
  readonly select: string | undefined;
  /** Company ids in money order, rotated to start at the smallest id; at least 2. */
  readonly cycle: readonly string[] | undefined;
  /** A story id declared in the data file. */
  readonly story: string | undefined;
  /** Default 'map'. */
  readonly view: ViewMode;
  readonly renderer: Renderer | undefined;
  /** Default 'volume'. */
  readonly size: SizeBy;
  /** Default 'split'. */
  readonly units: Units;
  readonly embed: boolean;
  readonly scroll: boolean;
  /** Default 'auto'. */
  readonly theme: Theme;
  /** A path relative to the app's base, or an absolute https URL (already through the URL gate). */
  readonly data: string | undefined;
}

export const DEFAULT_VIEW: ViewParams = Object.freeze({
  ...NO_FILTERS,
  focus: Object.freeze([]) as readonly string[],
  select: undefined,
  cycle: undefined,
  story: undefined,
  view: 'map',
  renderer: undefined,
  size: 'volume',
  units: 'split',
  embed: false,
  scroll: false,
  theme: 'auto',
  data: undefined,
});

/** A non-blocking message about one parameter, shown as plain text in a `role="status"` region. */
export interface ParamNotice {
  readonly param: string;
  readonly message: string;
}

export type ParamName = keyof ViewParams;

/** Every parameter, in the brief's table order: the order in which links are written. */
export const PARAM_NAMES: readonly ParamName[] = Object.freeze([
  'focus',
  'depth',
  'dir',
  'types',
  'categories',
  'from',
  'to',
  'asof',
  'min',
  'status',
  'select',
  'cycle',
  'story',
  'view',
  'renderer',
  'size',
  'units',
  'embed',
  'scroll',
  'theme',
  'data',
] as const);

export const DIRECTIONS: readonly Direction[] = ['in', 'out', 'both'];
export const VIEW_MODES: readonly ViewMode[] = ['map', 'table', 'compute'];
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const RENDERERS: readonly Renderer[] = ['svg', 'canvas'];
export const SIZES: readonly SizeBy[] = ['volume', 'valuation'];
export const UNIT_MODES: readonly Units[] = ['split', 'merge'];
