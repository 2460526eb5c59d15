/**
 * Cell encodings of the deals CSV (see data/README.md, "CSV columns"), shared by the CSV export (export/) and
 * the CSV importer (import/): each has its inverse here, so that what the export writes is read back exactly.
 *
 * - Formula protection: a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return (after any
 *   leading apostrophes) gets one more apostrophe in front, so spreadsheets show it as text instead of running
 *   it. Reading drops one apostrophe from such a cell, and only from such a cell, so the round trip is exact.
 * - Lists: items joined by a separator (`; ` or ` | `); a backslash in an item is written `\\` and the
 *   separator's character `\;` or `\|`.
 * - Co-parties: `name (role)`, or `name` when there is no role; a `(` in the name is written `\(`.
 */

const TRIGGER = /^'*[=+\-@\t\r]/;

/** Guards a cell against formula injection (see above). */
export function protectCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** The inverse of `protectCell`. */
export function unprotectCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export type ListSeparator = '; ' | ' | ';

function escapeItem(item: string, special: string): string {
  let out = '';
  for (const c of item) out += c === '\\' || special.includes(c) ? `\\${c}` : c;
  return out;
}

/** Items joined by `separator`, each escaped (see above). An empty list is an empty cell. */
export function joinList(items: readonly string[], separator: ListSeparator): string {
  const special = separator.trim();
  return items.map((item) => escapeItem(item, special)).join(separator);
}

/**
 * The inverse of `joinList`, still escaped: items split at unescaped separators, escapes kept (for
 * `parseCoParty`). Use `splitList` for plain items.
 */
function splitEscaped(cell: string, separator: ListSeparator): string[] {
  if (cell === '') return [];
  const mark = separator.trim();
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i] as string;
    if (c === '\\' && i + 1 < cell.length) {
      current += c + (cell[i + 1] as string);
      i++;
    } else if (c === mark) {
      if (separator.startsWith(' ') && current.endsWith(' ')) current = current.slice(0, -1);
      items.push(current);
      current = '';
      if (cell[i + 1] === ' ') i++;
    } else current += c;
  }
  items.push(current);
  return items;
}

function unescape(item: string): string {
  return item.replace(/\\(.)/gs, '$1');
}

/** The inverse of `joinList`. */
export function splitList(cell: string, separator: ListSeparator): string[] {
  return splitEscaped(cell, separator).map(unescape);
}

export interface CoPartyText {
  readonly name: string;
  readonly role?: string;
}

/** One co-party as `name (role)` (before list escaping). */
export function formatCoParty(party: CoPartyText): string {
  const name = party.name.replace(/[\\(]/g, (c) => `\\${c}`);
  return party.role === undefined ? name : `${name} (${party.role.replace(/\\/g, '\\\\')})`;
}

/** Co-parties as one cell: `Microsoft; Coatue (syndicate co-investor)`. */
export function joinCoParties(parties: readonly CoPartyText[]): string {
  // formatCoParty escapes backslashes already; only the separator is left to escape.
  return parties.map((p) => formatCoParty(p).replace(/;/g, '\\;')).join('; ');
}

/** The inverse of `joinCoParties`. */
export function splitCoParties(cell: string): CoPartyText[] {
  return splitEscaped(cell, '; ').map(parseCoParty);
}

/** One escaped item `name (role)` → {name, role}: the role starts at the first unescaped " (". */
function parseCoParty(item: string): CoPartyText {
  for (let i = 0; i < item.length; i++) {
    if (item[i] === '\\') {
      i++;
      continue;
    }
    if (item[i] === '(' && item[i - 1] === ' ' && item.endsWith(')')) {
      return { name: unescape(item.slice(0, i - 1)), role: unescape(item.slice(i + 1, -1)) };
    }
  }
  return { name: unescape(item) };
}
