/**
 * A D3-style graph `{nodes, links}` (or `{nodes, edges}`) → the native format, then the one validator. Both
 * common shapes: links that name nodes by position (`"source": 0`) and links that name them by id
 * (`"source": "Myriel"`, as in D3's miserables.json). Shape checks are in d3-shape.ts, nodes in d3-nodes.ts,
 * links in d3-links.ts; field names go through the synonym table CSV, GEXF and GraphML share. Only plain
 * values are read, one level deep; every lookup is a Map. Problems keep the file's own paths
 * (`links[12].source`) and the line the item starts on.
 */
import { FORMAT_ID } from '../data/format.ts';
import type { Issue } from '../data/issues.ts';
import { validateDealMap, type ValidationResult } from '../data/validate.ts';
import { DEFAULT_STATUS } from './csv-import.ts';
import { readLinks, D3_VALUE_NOTE, type LinkOut } from './d3-links.ts';
import { readNodes, type NodeOut } from './d3-nodes.ts';
import { type D3Where, DroppedFields, readShape } from './d3-shape.ts';
import { ImportLog, itemPath, plural, renameItems, titleFromName, type Where } from './import-issues.ts';
import { KeptAttributes } from './kept-attributes.ts';
import { Categories, DealTypes } from './vocabulary.ts';

export { D3_VALUE_NOTE };

export function importD3(file: string, text: string, data: Record<string, unknown>): ValidationResult {
  const log = new ImportLog();
  const shape = readShape(file, text, data, log);
  if (!shape) return { ok: false, issues: log.issues };
  const categories = new Categories();
  const types = new DealTypes();
  const kept = new KeptAttributes(log);
  const dropped = new DroppedFields();
  const nodes = readNodes(shape, log, categories, kept, dropped);
  const links = readLinks(shape, nodes, log, types, kept, dropped);

  const fileWhere: Where = { file };
  if (!links.money && links.deals.length > 0) {
    log.add(
      'notice',
      'No amounts, currencies, statuses or money deal types: the graph is drawn as a plain network (links, not money flows); a "value" or "weight" is kept as the link\'s weight.',
      fileWhere,
    );
  }
  if (links.valued > 0) {
    log.add(
      'notice',
      `${plural(links.valued, 'link has', 'links have')} a "value" and no "amount"; it is read as an amount in US dollars and marked "${D3_VALUE_NOTE}".`,
      fileWhere,
    );
  }
  if (links.money && types.emptyCount > 0) {
    log.add(
      'notice',
      `${plural(types.emptyCount, 'link has', 'links have')} no "type" and ${types.emptyCount === 1 ? 'is' : 'are'} shown as "link".`,
      fileWhere,
    );
  }
  if (links.noStatus > 0) {
    log.add(
      'notice',
      `${plural(links.noStatus, 'link has', 'links have')} no "status" and ${links.noStatus === 1 ? 'is' : 'are'} read as "${DEFAULT_STATUS}" (unconfirmed).`,
      fileWhere,
    );
  }
  kept.report(fileWhere);
  if (dropped.count > 0) {
    log.add(
      'notice',
      `${plural(dropped.count, 'field was', 'fields were')} not a plain value (text, number or true/false) and ${dropped.count === 1 ? 'was' : 'were'} ignored (the first: ${dropped.first ?? '?'}).`,
      fileWhere,
    );
  }

  const declaredCategories = categories.declared();
  const declaredTypes = types.declared();
  const positions = nodes.companies.flatMap((c) => (c.position ? [[c.id, c.position] as const] : []));
  const native = {
    format: FORMAT_ID,
    meta: { title: titleFromName(file) },
    ...(declaredCategories ? { categories: declaredCategories } : {}),
    ...(declaredTypes ? { dealTypes: declaredTypes } : {}),
    companies: nodes.companies.map((c) => c.fields),
    deals: links.deals.map((l) => l.fields),
    ...(positions.length === nodes.companies.length ? { layout: Object.fromEntries(positions) } : {}),
  };
  const result = validateDealMap(native);
  // Two validator problems at one place of the file (\`amount.value\` and \`amount.usd\` both negative) are one.
  const seen = new Set<string>();
  const mapped = result.issues
    .map((issue) => placeIssue(issue, file, nodes.companies, links.deals, shape.where))
    .filter((issue) => {
      const key = `${issue.path}\u0000${issue.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const issues = [...log.issues, ...mapped];
  return result.ok ? { ok: true, value: result.value, issues } : { ok: false, issues };
}

/** The validator speaks of deals and companies; a D3 file has links and nodes. */
function inD3Words(message: string): string {
  return message
    .replace(/ — this deal was skipped$/, ' — this link was skipped')
    .replace(/ — this company was skipped$/, ' — this node was skipped');
}

/** A validator problem at the node or link it came from, and at the file's own key for the field. */
function placeIssue(
  issue: Issue,
  file: string,
  companies: readonly NodeOut[],
  links: readonly LinkOut[],
  where: D3Where,
): Issue {
  const message = renameItems(inD3Words(issue.message), (list, index) => {
    const j = list === 'companies' ? companies[index]?.index : links[index]?.index;
    return j === undefined
      ? `${list}[${index}]`
      : (where(list === 'companies' ? 'nodes' : 'links', j).path ?? '');
  });
  const at = itemPath(issue.path);
  let place: Where = { file, path: issue.path };
  if (at) {
    const item = at.list === 'companies' ? companies[at.index] : links[at.index];
    const top = at.field.split('.')[0] ?? '';
    if (item) place = where(at.list === 'companies' ? 'nodes' : 'links', item.index, item.keys.get(top));
  } else place = { file, path: '' };
  return {
    path: place.path ?? '',
    severity: issue.severity,
    message,
    file,
    ...(place.line === undefined ? {} : { line: place.line }),
    ...(place.column === undefined ? {} : { column: place.column }),
  };
}
