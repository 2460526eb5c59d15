/**
 * The money graph: who pays whom, as a compact typed-array graph (compressed sparse rows), with business units
 * merged into their parent (money paid to AWS reaches Amazon). It is what the circular-flow search walks, and
 * it is small and transferable, so the search can run in a worker for big files.
 *
 * Nodes are the merged companies in company-index order, which is id order (the model sorts companies by id):
 * node order is the canonical order in which a cycle starts at its smallest id.
 */
import type { GraphModel } from './model.ts';

export interface MoneyGraph {
  readonly nodeCount: number;
  /** Edges of node u are targets[offsets[u] .. offsets[u + 1]), each target once, ascending. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export interface MergedMoneyGraph {
  readonly graph: MoneyGraph;
  /** Company index → node (its top-level parent's node). */
  readonly nodeOfCompany: Int32Array;
  /** Node → company index of the merged company (the parent). */
  readonly companyOfNode: Int32Array;
}

/**
 * Company index → index of its top-level parent (itself when it has none). Parent loops stop where they repeat.
 * One array per model, shared by every caller: read it, never write to it.
 */
export function rootCompanies(model: GraphModel): Int32Array {
  const known = rootsOf.get(model);
  if (known) return known;
  const roots = new Int32Array(model.companies.length);
  model.companies.forEach((company, i) => {
    let current = i;
    let parentId = company.parent;
    // Most companies have no parent: no cycle guard to set up for them.
    const seen = parentId === undefined ? undefined : new Set([i]);
    while (parentId !== undefined && seen) {
      const next = model.companyIndex.get(parentId);
      if (next === undefined || seen.has(next)) break;
      seen.add(next);
      current = next;
      parentId = model.companies[next]?.parent;
    }
    roots[i] = current;
  });
  rootsOf.set(model, roots);
  return roots;
}

/** Worked out once per model (a company's details ask twice per selection; 20,000 companies: 1–3 ms each in Node). */
const rootsOf = new WeakMap<GraphModel, Int32Array>();

/**
 * Builds the merged money graph over the deals where `include[dealIndex]` is 1 (the caller decides: money-flow,
 * active at the date, not secondary, passing the filters). Payments between a unit and its own parent vanish.
 */
export function mergedMoneyGraph(model: GraphModel, include: Uint8Array): MergedMoneyGraph {
  const roots = rootCompanies(model);
  const nodeOfRoot = new Int32Array(model.companies.length).fill(-1);
  const companyOfNode: number[] = [];
  roots.forEach((root, i) => {
    if (root === i) {
      nodeOfRoot[i] = companyOfNode.length;
      companyOfNode.push(i);
    }
  });
  const nodeOfCompany = roots.map((root) => nodeOfRoot[root] ?? -1);

  const out: Set<number>[] = companyOfNode.map(() => new Set());
  for (const record of model.deals) {
    if (!include[record.index]) continue;
    const u = nodeOfCompany[record.from] ?? -1;
    const v = nodeOfCompany[record.to] ?? -1;
    if (u < 0 || v < 0 || u === v) continue;
    out[u]?.add(v);
  }
  const offsets = new Int32Array(companyOfNode.length + 1);
  out.forEach((set, u) => (offsets[u + 1] = (offsets[u] ?? 0) + set.size));
  const targets = new Int32Array(offsets[companyOfNode.length] ?? 0);
  out.forEach((set, u) =>
    targets.set(
      [...set].sort((a, b) => a - b),
      offsets[u],
    ),
  );
  return {
    graph: { nodeCount: companyOfNode.length, offsets, targets },
    nodeOfCompany,
    companyOfNode: Int32Array.from(companyOfNode),
  };
}
