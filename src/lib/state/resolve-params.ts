/**
 * Checks syntactically valid view parameters against the loaded data. Pure: the same params and model give the
 * same result, and resolving a resolved view changes nothing and says nothing.
 *
 * - Company ids (focus, select, cycle): a former id becomes the current id silently; an unknown id is dropped
 *   with a notice that suggests the closest id.
 * - `select` may be a company or a deal id.
 * - `types`, `categories`, `status`: unknown items are dropped with a notice; if every item of a non-empty list
 *   was unknown, the parameter is dropped (all are shown). An empty list (none) stays empty.
 * - `cycle` is all or nothing: one unknown company drops it, and it is rotated again after former ids are
 *   replaced.
 * - `story` must be declared in the data file.
 */
import { DEAL_STATUSES } from '../data/format.ts';
import { closest } from '../data/suggest.ts';
import type { GraphModel } from '../graph/model.ts';
import { quoteValue, rotateCycle, sortedUnique, type ParsedViewParams } from './url.ts';
import type { ParamName, ParamNotice, ViewParams } from './view-params.ts';

/** Per parameter, at most this many unknown ids get their own notice (with a suggestion); the rest are counted. */
const MAX_NOTICES_PER_PARAM = 5;

export function resolveViewParams(params: ViewParams, model: GraphModel): ParsedViewParams {
  const notices: ParamNotice[] = [];
  const companyIds = (): string[] => model.companies.map((c) => c.id);
  const currentId = (id: string): string | undefined => {
    const index = model.companyIndex.get(id);
    return index === undefined ? undefined : model.companies[index]?.id;
  };

  const focus = resolveList(params.focus, 'focus', 'company', 'companies', currentId, companyIds, notices);

  let select = params.select;
  if (select !== undefined) {
    const company = currentId(select);
    if (company !== undefined) select = company;
    else if (!model.dealIndex.has(select)) {
      const candidates = [...companyIds(), ...model.dealIndex.keys()];
      notices.push(unknown('select', 'company or deal', select, candidates));
      select = undefined;
    }
  }

  let cycle = params.cycle;
  if (cycle !== undefined) {
    const missing = cycle.filter((id) => currentId(id) === undefined);
    const current = cycle.map((id) => currentId(id) ?? id);
    if (missing.length > 0) {
      for (const id of missing.slice(0, MAX_NOTICES_PER_PARAM)) {
        notices.push(unknown('cycle', 'company', id, companyIds(), ': the cycle was ignored'));
      }
      cycle = undefined;
    } else if (new Set(current).size !== current.length || current.length < 2) {
      const why =
        current.length < 2
          ? 'it needs at least two companies'
          : 'it names a company twice (by its old and new id)';
      notices.push({ param: 'cycle', message: `The cycle was ignored: ${why}.` });
      cycle = undefined;
    } else {
      cycle = rotateCycle(current);
    }
  }

  const known = (ids: Iterable<string>) => {
    const set = new Set(ids);
    return (id: string) => (set.has(id) ? id : undefined);
  };
  const types = resolveSet(params.types, 'types', 'deal type', 'deal types', model.dealTypes.keys(), notices);
  const categories = resolveSet(
    params.categories,
    'categories',
    'category',
    'categories',
    model.categories.keys(),
    notices,
  );
  const status = resolveSet(params.status, 'status', 'status', 'statuses', DEAL_STATUSES, notices);

  let story = params.story;
  if (story !== undefined) {
    const stories = model.map.stories.map((s) => s.id);
    if (known(stories)(story) === undefined) {
      notices.push(unknown('story', 'story', story, stories));
      story = undefined;
    }
  }

  return {
    params: {
      ...params,
      focus: focus ?? [],
      select,
      cycle,
      types,
      categories,
      status,
      story,
    },
    notices,
  };

  function resolveSet(
    list: readonly string[] | undefined,
    param: ParamName,
    noun: string,
    nouns: string,
    ids: Iterable<string>,
    out: ParamNotice[],
  ): string[] | undefined {
    if (list === undefined) return undefined;
    const candidates = [...ids];
    const result = resolveList(list, param, noun, nouns, known(candidates), () => candidates, out);
    if (result === undefined) {
      out.push({ param, message: `No ${noun} in ${param} is known, so all ${nouns} are shown.` });
    }
    return result;
  }
}

/**
 * Maps each id through `lookup`, dropping unknown ones with a notice. Undefined when the list was non-empty and
 * every id was unknown.
 */
function resolveList(
  list: readonly string[],
  param: ParamName,
  noun: string,
  nouns: string,
  lookup: (id: string) => string | undefined,
  candidates: () => readonly string[],
  out: ParamNotice[],
): string[] | undefined {
  const kept: string[] = [];
  const missing: string[] = [];
  for (const id of list) {
    const found = lookup(id);
    if (found === undefined) missing.push(id);
    else kept.push(found);
  }
  if (missing.length === 0) return sortedUnique(kept);
  const all = candidates();
  for (const id of missing.slice(0, MAX_NOTICES_PER_PARAM)) out.push(unknown(param, noun, id, all));
  const more = missing.length - MAX_NOTICES_PER_PARAM;
  if (more > 0) {
    out.push({
      param,
      message: `${more} more unknown ${more === 1 ? noun : nouns} in ${param} ${more === 1 ? 'was' : 'were'} ignored.`,
    });
  }
  return kept.length === 0 ? undefined : sortedUnique(kept);
}

function unknown(
  param: ParamName,
  noun: string,
  id: string,
  candidates: Iterable<string>,
  consequence = ' was ignored',
): ParamNotice {
  const suggestion = closest(id, candidates);
  const hint = suggestion === undefined ? '' : ` (did you mean ${quoteValue(suggestion)}?)`;
  return { param, message: `Unknown ${noun} ${quoteValue(id)} in ${param}${consequence}${hint}` };
}
