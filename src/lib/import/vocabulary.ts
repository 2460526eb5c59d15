/**
 * Deal types and categories of an imported file. Each name in the file is matched to an app default (by id or
 * label, case ignored: "Compute / cloud", "compute" and "Compute." all mean `compute`); anything else becomes
 * a declared entry with a slug id, the original text as its label and a generated colour-blind-safe colour.
 * When every name used is an app default, nothing is declared, so the app's own colours apply.
 */
import { DEFAULT_CATEGORIES, DEFAULT_DEAL_TYPES } from '../data/defaults.ts';
import type { Category, DealType, Flow } from '../data/format.ts';
import { LIMITS } from '../data/schema.ts';
import { IdAllocator, matchKey, slugify } from './slug.ts';

type Shades = readonly [light: string, dark: string];

/** Near-greys are left out of the palettes, so that the neutral `link` and `other` stay distinct. */
function coloured({ color }: { readonly color: string }): boolean {
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return Math.max(...channels) - Math.min(...channels) >= 24;
}

const shadesOf = (entries: readonly { color: string; colorDark?: string | undefined }[]): Shades[] =>
  entries.filter(coloured).map((e) => [e.color, e.colorDark ?? e.color] as const);

/**
 * Colours for declared categories (company circles), in order, with their dark-theme variants: the app's own
 * category and deal-type colours (Okabe–Ito and Tol, colour-blind safe, 3:1 on either theme's background), then
 * two more. They repeat after that.
 */
export const CATEGORY_PALETTE: readonly Shades[] = [
  ...shadesOf(DEFAULT_CATEGORIES),
  ...shadesOf(DEFAULT_DEAL_TYPES),
  ['#2f7fa3', '#88ccee'],
  ['#3c9788', '#77ccbb'],
];

/**
 * Colours for declared deal types (edges), in order, with their dark-theme variants: the app's deal-type colours,
 * then darker shades of its category hues, all dark enough to reach 3:1 at the opacity unconfirmed deals are
 * drawn with (imported deals without a status are unconfirmed). They repeat after that.
 */
export const TYPE_PALETTE: readonly Shades[] = [
  ...shadesOf(DEFAULT_DEAL_TYPES),
  ['#005c91', '#5cb0f0'],
  ['#953f00', '#ff8a4c'],
  ['#714c00', '#f2b53c'],
  ['#74435e', '#e39fc9'],
];

/** The deal type of rows and links without one: no money flow, a neutral grey. */
export const LINK_TYPE: DealType = {
  id: 'link',
  label: 'Link',
  color: '#767676',
  colorDark: '#a3a3a3',
  flow: 'none',
  dash: 'solid',
};

export const OTHER_CATEGORY = 'other';

interface Entry {
  readonly id: string;
  readonly label: string;
}

class Vocabulary<T extends Entry & { readonly color: string }> {
  private readonly byKey = new Map<string, string>();
  private readonly known = new Map<string, T>();
  private readonly ids = new IdAllocator();
  private readonly created: Entry[] = [];
  /** Ids used, in first-use order. */
  readonly used = new Set<string>();
  /** How many values were empty and took the fallback. */
  fallbackCount = 0;

  constructor(
    private readonly defaults: readonly T[],
    private readonly fallback: T,
    private readonly emptySlug: string,
    private readonly palette: readonly Shades[],
  ) {
    for (const entry of [...defaults, fallback]) {
      this.known.set(entry.id, entry);
      this.ids.reserve(entry.id);
      this.byKey.set(matchKey(entry.id), entry.id);
      this.byKey.set(matchKey(entry.label), entry.id);
    }
  }

  /** The id for a name from the file (the fallback when it is empty). */
  use(raw: string | undefined): string {
    const text = raw?.trim() ?? '';
    if (text === '') {
      this.fallbackCount++;
      return this.mark(this.fallback.id);
    }
    const key = matchKey(text);
    const found = this.byKey.get(key);
    if (found !== undefined) return this.mark(found);
    const slug = slugify(text) || this.emptySlug;
    const id = this.known.has(slug) ? slug : this.ids.allocate(slug);
    if (!this.known.has(id)) this.created.push({ id, label: text.slice(0, LIMITS.labelLength) });
    this.byKey.set(key, id);
    return this.mark(id);
  }

  /** A fixed id and label for a key (D3 groups: `group-3`, "Group 3"); reused for the same key. */
  useFixed(key: string, id: string, label: string): string {
    const found = this.byKey.get(key);
    if (found !== undefined) return this.mark(found);
    const free = this.known.has(id) ? id : this.ids.allocate(id);
    if (!this.known.has(free)) this.created.push({ id: free, label });
    this.byKey.set(key, free);
    return this.mark(free);
  }

  private mark(id: string): string {
    this.used.add(id);
    return id;
  }

  /**
   * The list to declare, or undefined when every id used is an app default. Declared: the defaults in use
   * (in the app's order), then the fallback if used and not a default, then new entries as first met.
   */
  declared(build: (entry: Entry, colour: Shades) => T): T[] | undefined {
    const defaultIds = new Set(this.defaults.map((d) => d.id));
    if ([...this.used].every((id) => defaultIds.has(id))) return undefined;
    const out = this.defaults.filter((d) => this.used.has(d.id));
    if (!defaultIds.has(this.fallback.id) && this.used.has(this.fallback.id)) out.push(this.fallback);
    // New entries get palette colours that the declared defaults do not already show.
    const shown = new Set(out.map((entry) => entry.color.toLowerCase()));
    const free = this.palette.filter(([light]) => !shown.has(light.toLowerCase()));
    const colours = free.length > 0 ? free : this.palette;
    this.created
      .filter((entry) => this.used.has(entry.id))
      .forEach((entry, i) => out.push(build(entry, colours[i % colours.length] ?? ['#737373', '#a8a8a8'])));
    return out;
  }
}

export class DealTypes {
  private readonly vocabulary = new Vocabulary<DealType>(DEFAULT_DEAL_TYPES, LINK_TYPE, 'type', TYPE_PALETTE);
  /** Declared types with at least one deal that has a figure; they are taken to move money. */
  private readonly withFigures = new Set<string>();

  use(raw: string | undefined): string {
    return this.vocabulary.use(raw);
  }

  get emptyCount(): number {
    return this.vocabulary.fallbackCount;
  }

  /** Notes that a deal of this type carries a figure (an amount value). */
  hasFigure(id: string): void {
    this.withFigures.add(id);
  }

  declared(): DealType[] | undefined {
    return this.vocabulary.declared(({ id, label }, [color, colorDark]) => {
      const flow: Flow = this.withFigures.has(id) ? 'money' : 'none';
      return { id, label, color, colorDark, flow, dash: 'solid' };
    });
  }
}

export class Categories {
  private readonly vocabulary: Vocabulary<Category>;

  constructor() {
    const other = DEFAULT_CATEGORIES.find((c) => c.id === OTHER_CATEGORY);
    if (!other) throw new Error('the default categories have no "other"');
    this.vocabulary = new Vocabulary<Category>(DEFAULT_CATEGORIES, other, 'category', CATEGORY_PALETTE);
  }

  use(raw: string | undefined): string {
    return this.vocabulary.use(raw);
  }

  /** D3 groups: numbers become `group-<n>` ("Group <n>"); text is matched like any category name. */
  useGroup(group: unknown): string {
    if (typeof group === 'number' && Number.isFinite(group)) {
      const n = String(group);
      const id = Number.isInteger(group) && group >= 0 ? `group-${n}` : `group-${slugify(n) || 'x'}`;
      return this.vocabulary.useFixed(`\u0000group ${n}`, id, `Group ${n}`);
    }
    return this.use(typeof group === 'string' ? group : undefined);
  }

  get emptyCount(): number {
    return this.vocabulary.fallbackCount;
  }

  declared(): Category[] | undefined {
    return this.vocabulary.declared(({ id, label }, [color, colorDark]) => ({ id, label, color, colorDark }));
  }
}
