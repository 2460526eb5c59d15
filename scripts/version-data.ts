// `npm run data:version`: publishes the current edition of data/ai-deals.json as data/v/<meta.version>.json,
// the immutable copy that published embeds pin (with its frozen positions), and lists it in data/v/index.json.
// A published version is never rewritten: if the file exists with other content, bump meta.version instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDealMapText } from '../src/lib/data/parse.ts';
import { buildModel } from '../src/lib/graph/model.ts';
import { isComplete, positionsFromMap } from '../src/lib/layout/positions.ts';

const root = new URL('../data/', import.meta.url);
const source = new URL('ai-deals.json', root);
const versions = new URL('v/', root);

function fail(message: string): never {
  console.error(`data:version: ${message}`);
  process.exit(1);
}

const text = readFileSync(source, 'utf8');
const result = parseDealMapText(text, 'ai-deals.json');
if (!result.ok || result.issues.length > 0) {
  fail(
    `data/ai-deals.json has problems:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
  );
}
const version = result.value.meta.version;
if (!version || !/^[0-9A-Za-z][0-9A-Za-z._-]*$/.test(version))
  fail('meta.version must be set to a file-safe name');
if (!isComplete(positionsFromMap(buildModel(result.value), result.value.layout))) {
  fail('every company needs a frozen position first: run `npm run layout`');
}

mkdirSync(versions, { recursive: true });
const target = new URL(`${version}.json`, versions);
if (existsSync(target)) {
  if (readFileSync(target, 'utf8') !== text) {
    fail(
      `data/v/${version}.json is already published with other content; bump meta.version for a new edition`,
    );
  }
} else {
  writeFileSync(target, text);
  console.log(`Published data/v/${version}.json`);
}

const entries = readdirSync(versions)
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .sort()
  .map((file) => {
    const parsed = parseDealMapText(readFileSync(new URL(file, versions), 'utf8'), file);
    if (!parsed.ok) fail(`data/v/${file} does not load`);
    const { meta, companies, deals } = parsed.value;
    return {
      version: meta.version,
      file,
      updated: meta.updated,
      companies: companies.length,
      deals: deals.length,
    };
  });
writeFileSync(new URL('index.json', versions), `${JSON.stringify({ versions: entries }, null, 2)}\n`);
console.log(`data/v/index.json lists ${entries.length} version(s)`);
