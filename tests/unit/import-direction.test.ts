// Modules depend one way: the graph model knows nothing of the filters, and the importers nothing of the
// exporters (what both share lives in data/). A file that imports the wrong way fails here by name.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const LIB = new URL('../../src/lib/', import.meta.url);

/** The module paths a folder's source files import (tests may reach across: they only check), by file. */
function importsOf(folder: string): { file: string; from: string }[] {
  const dir = new URL(`${folder}/`, LIB);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.includes('.test'))
    .flatMap((name) =>
      [...readFileSync(new URL(name, dir), 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => ({
        file: `${folder}/${name}`,
        from: m[1] ?? '',
      })),
    );
}

describe('import direction', () => {
  test.each([
    ['graph', '../filters/'],
    ['import', '../export/'],
  ])('%s/ does not import from %s', (folder, forbidden) => {
    const found = importsOf(folder);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((i) => i.from.startsWith(forbidden)).map((i) => `${i.file} ← ${i.from}`)).toEqual([]);
  });
});
