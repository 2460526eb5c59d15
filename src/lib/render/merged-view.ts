/**
 * What `units=merge` needs, in one module loaded only when a map uses it: units drawn inside their parent
 * (units.ts's groups) and the aggregate edges that make a parent and its units one relationship.
 */
import type { GraphModel } from '../graph/model.ts';
import { splitGroups, type UnitGroups } from './units.ts';

export { aggregateLine } from './aggregate-edges.ts';

export function unitGroups(model: GraphModel, merge: boolean): UnitGroups {
  if (!merge) return splitGroups(model);
  const head = new Int32Array(model.companies.length);
  const members: number[][] = model.companies.map(() => []);
  model.companies.forEach((company, i) => {
    const parent = company.parent === undefined ? undefined : model.companyIndex.get(company.parent);
    // One level: a unit of a unit is drawn in its own parent, not further up.
    head[i] = parent !== undefined && parent !== i ? parent : i;
  });
  head.forEach((h, i) => {
    if (h !== i && head[h] !== h) head[i] = i;
  });
  head.forEach((h, i) => members[h]?.push(i));
  return { head, members: (index) => members[index] ?? [] };
}
