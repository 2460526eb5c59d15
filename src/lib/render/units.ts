/**
 * `units=merge`: business units drawn inside their parent (AWS in Amazon, Google Cloud in Google). Each company
 * is drawn as its group's head — its parent when it is a unit whose parent is in the file, else itself — and a
 * head stands for its whole group: visible when any member is, sized by their summed volume, and its edges are
 * its members' deals with other groups (deals inside a group are not drawn).
 */
import type { GraphModel } from '../graph/model.ts';

export interface UnitGroups {
  /** Company index → index of the company it is drawn as (read only). */
  readonly head: Int32Array;
  /** Head index → the head and its units; other companies → just themselves. */
  readonly members: (index: number) => readonly number[];
}

const split = new WeakMap<GraphModel, UnitGroups>();

/**
 * Every company drawn as itself (units split, the default): one object per model, whoever asks, and no list
 * per company (a company's members are itself).
 */
export function splitGroups(model: GraphModel): UnitGroups {
  let groups = split.get(model);
  if (!groups) {
    const head = new Int32Array(model.companies.length).map((_, i) => i);
    split.set(model, (groups = { head, members: (index) => [index] }));
  }
  return groups;
}
