/**
 * `units=merge`: business units drawn inside their parent (AWS in Amazon, Google Cloud in Google). Each company
 * is drawn as its group's head — its parent when it is a unit whose parent is in the file, else itself — and a
 * head stands for its whole group: visible when any member is, sized by their summed volume, and its edges are
 * its members' deals with other groups (deals inside a group are not drawn).
 */
import type { GraphModel } from '../graph/model.ts';

export interface UnitGroups {
  /** Company index → index of the company it is drawn as. */
  readonly head: Int32Array;
  /** Head index → the head and its units; other companies → just themselves. */
  readonly members: readonly (readonly number[])[];
}

/** Every company drawn as itself (units split, the default). */
export function splitGroups(model: GraphModel): UnitGroups {
  const head = new Int32Array(model.companies.length).map((_, i) => i);
  return { head, members: model.companies.map((_, i) => [i]) };
}
