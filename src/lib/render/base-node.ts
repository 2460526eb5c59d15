/**
 * Companies as drawn with nothing highlighted, before positions (the base style's nodes), stored small: a big map
 * keeps 20,000 of them for its life. A company's radius, fill, whether it is focused, its label rank and whether
 * it is always labelled are kept in its base style's columns (`RestingNodes`), by company index, with the
 * companies drawn, in order, as a typed list; its name and id are read from the company, and what every company at
 * rest shares (full opacity, neither selected nor pinned) from the class. The base style keeps no object per
 * company: its companies at their places (placed-node.ts) read these columns, and `RestingNode`, a view of one
 * company (its table and index, 20 bytes), is made while the base style ranks them.
 */
import type { Company } from '../data/format.ts';
import { narrowed, Pool, type Column } from '../data/pool.ts';
import type { SceneNode } from './types.ts';

/** A company as drawn with nothing highlighted, before positions. */
export type BaseNode = Omit<SceneNode, 'x' | 'y' | 'heavyX' | 'heavyY'>;

/** The columns of one base style's companies, by company index, filled as its nodes are added. */
export class RestingNodes {
  readonly companies: readonly Company[];
  readonly #r: Float64Array;
  readonly #fills = new Pool<string>();
  /** Places in the fills' pool; narrowed by `done()`. */
  #fill: Column;
  readonly #rank: Uint32Array;
  /** Bit 0: focused; bit 1: always labelled. */
  readonly #flags: Uint8Array;
  /** Company indices of the nodes, in the order added: a list while they are added, then a typed one. */
  #added: number[] | undefined = [];
  #indices = new Uint32Array(0);

  /**
   * `companies`: the model's, which the nodes are added from by index. `like`: done nodes whose companies,
   * radii, ranks and flags these share (rethemed).
   */
  constructor(companies: readonly Company[], like?: RestingNodes) {
    this.companies = companies;
    this.#r = like ? like.#r : new Float64Array(companies.length);
    this.#fill = new Uint32Array(companies.length);
    this.#rank = like ? like.#rank : new Uint32Array(companies.length);
    this.#flags = like ? like.#flags : new Uint8Array(companies.length);
  }

  /**
   * The same nodes (once done), each with the fill `fill` gives it: another theme's colours. Radii, ranks and
   * flags are shared with these, not copied; only the fills are new.
   */
  refilled(fill: (index: number) => string): RestingNodes {
    const copy = new RestingNodes(this.companies, this);
    for (const i of this.#indices) copy.#fill[i] = copy.#fills.placeOf(fill(i));
    copy.#added = [...this.#indices];
    copy.done();
    return copy;
  }

  /** The node of company `index`: label rank 0 and not always labelled until they are set. */
  add(index: number, r: number, fill: string, focused: boolean): RestingNode {
    if (!this.#added) throw new Error('A company added after its resting nodes were done.');
    this.#added.push(index);
    this.#r[index] = r;
    this.#fill[index] = this.#fills.placeOf(fill);
    this.#flags[index] = Number(focused);
    return new RestingNode(this, index);
  }

  /** Every node is added: the fill column kept as narrow as its values allow, the companies as a typed list. */
  done(): void {
    this.#fill = narrowed(this.#fill, this.#fills.values.length);
    this.#fills.seal();
    this.#indices = Uint32Array.from(this.#added ?? this.#indices);
    this.#added = undefined;
  }

  /** The company indices of the nodes, in the order added (once done). */
  get indices(): Uint32Array {
    return this.#indices;
  }

  r(i: number): number {
    return this.#r[i] ?? 0;
  }
  fill(i: number): string {
    return this.#fills.values[this.#fill[i] as number] as string;
  }
  focused(i: number): boolean {
    return ((this.#flags[i] as number) & 1) === 1;
  }
  labelRank(i: number): number {
    return this.#rank[i] ?? 0;
  }
  setLabelRank(i: number, rank: number): void {
    this.#rank[i] = rank;
  }
  labelMust(i: number): boolean {
    return ((this.#flags[i] as number) & 2) === 2;
  }
  setLabelMust(i: number, must: boolean): void {
    this.#flags[i] = ((this.#flags[i] as number) & ~2) | (must ? 2 : 0);
  }
}

export class RestingNode implements BaseNode {
  readonly #nodes: RestingNodes;
  /** Company index. */
  readonly index: number;

  constructor(nodes: RestingNodes, index: number) {
    this.#nodes = nodes;
    this.index = index;
  }

  get company(): Company {
    return this.#nodes.companies[this.index] as Company;
  }
  get r(): number {
    return this.#nodes.r(this.index);
  }
  get fill(): string {
    return this.#nodes.fill(this.index);
  }
  get focused(): boolean {
    return this.#nodes.focused(this.index);
  }
  /** Label placement order: set once the base style has ranked every company (0 until then). */
  get labelRank(): number {
    return this.#nodes.labelRank(this.index);
  }
  set labelRank(rank: number) {
    this.#nodes.setLabelRank(this.index, rank);
  }
  /** Always labelled: set with the rank (false until then). */
  get labelMust(): boolean {
    return this.#nodes.labelMust(this.index);
  }
  set labelMust(must: boolean) {
    this.#nodes.setLabelMust(this.index, must);
  }
  get id(): string {
    return this.company.id;
  }
  get name(): string {
    return this.company.name;
  }
  get opacity(): number {
    return 1;
  }
  get selected(): boolean {
    return false;
  }
  get pinned(): boolean {
    return false;
  }
}
