/**
 * A company's accessible description ("OpenAI, AI lab, 38 deals"; a parent drawn with its units names them):
 * the accessible layer's names and the exported picture's hover texts. Written when asked, not kept with the
 * scene: a very large map only ever names the few companies its accessible layer lists, and the layer keeps
 * the text in the page, not in a second copy.
 */
import type { GraphModel } from '../graph/model.ts';
import type { UnitGroups } from './units.ts';

export type Describe = (index: number) => string;

/**
 * Descriptions of one model's companies drawn as `groups` (they depend on nothing else): the same function as
 * long as these two are the same, so a caller may keep a written text until the function changes.
 */
export function companyDescriber(model: GraphModel, groups: UnitGroups): Describe {
  return (index) => describe(model, groups, index);
}

function describe(model: GraphModel, groups: UnitGroups, index: number): string {
  const company = model.companies[index];
  if (!company) return '';
  const members = groups.members(index);
  const count = members.reduce((sum, j) => sum + (model.dealCount[j] ?? 0), 0);
  const units = members.filter((j) => j !== index).map((j) => model.companies[j]?.name ?? '');
  const name = units.length > 0 ? `${company.name} (with ${units.join(', ')})` : company.name;
  const category = model.categories.get(company.category);
  return `${name}, ${category?.label ?? company.category}, ${count} ${count === 1 ? 'deal' : 'deals'}`;
}
