/**
 * Where the items of a JSON file's top-level lists start (line and column), so that a problem with
 * `links[12]` can also say "line 40". One linear pass with an explicit stack: no recursion, no objects built
 * per value, safe on deeply nested input. Meant for text that JSON.parse has accepted.
 */

export interface Place {
  readonly line: number;
  readonly column: number;
}

/** For each top-level key in `keys` whose value is a list: the place of each of its items. */
export function listItemPlaces(text: string, keys: readonly string[]): Map<string, Place[]> {
  const wanted = new Set(keys.map((k) => JSON.stringify(k)));
  const places = new Map<string, Place[]>();
  const stack: number[] = []; // char codes of '{' and '['
  let line = 1;
  let lineStart = 0;
  let awaitingKey = false; // in the root object, the next string is a key
  let lastKey: string | undefined; // the root key whose value comes next
  let active: Place[] | undefined; // the wanted list we are inside (depth 2)
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (expectItem && c !== 93) {
      active?.push({ line, column: i - lineStart + 1 });
      expectItem = false;
    }
    if (c === 34) {
      const start = i;
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
      }
      if (stack.length === 1 && awaitingKey) {
        const raw = text.slice(start, i + 1);
        lastKey = wanted.has(raw) ? (JSON.parse(raw) as string) : undefined;
        awaitingKey = false;
      }
      continue;
    }
    if (c === 123 || c === 91) {
      stack.push(c);
      if (stack.length === 1 && c === 123) awaitingKey = true;
      if (stack.length === 2 && c === 91 && lastKey !== undefined) {
        active = [];
        places.set(lastKey, active);
        expectItem = true;
      }
      continue;
    }
    if (c === 125 || c === 93) {
      stack.pop();
      if (stack.length === 1) {
        active = undefined;
        lastKey = undefined;
      }
      expectItem = false;
      continue;
    }
    if (c === 44) {
      if (stack.length === 1) awaitingKey = true;
      else if (stack.length === 2 && active) expectItem = true;
    }
  }
  return places;
}
