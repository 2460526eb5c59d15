// Deterministic size budget: all JavaScript of the initial load must be ≤ 80 KiB gzip.
// Reads dist/index.html, collects <script src> / inline scripts and <link rel="modulepreload">,
// follows static imports between chunks (not dynamic import()), gzips each file at level 9.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 80 * 1024;
// Usage: node scripts/size-budget.mjs [distDir]   (default: dist/ of this repo)
const DIST = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Attributes of one start tag, names lower-cased; value '' for bare attributes. */
function attributes(tag) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<[a-zA-Z]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

/** Resolve a URL from index.html to a file in dist/, or throw if it cannot be measured. */
function resolveFromHtml(url) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    throw new Error(`initial-load script ${url} is not a file in dist/ and cannot be measured`);
  }
  const clean = url.split(/[?#]/, 1)[0];
  return clean.startsWith('/') ? path.join(DIST, clean) : path.resolve(DIST, clean);
}

/** Relative specifiers of static imports / re-exports in (minified) ES module code. */
export function staticImports(code) {
  const specs = new Set();
  // import x from"./a.js", import{a}from"./a.js", export{a}from"./a.js", export*from"./a.js"
  for (const m of code.matchAll(/\bfrom\s*(["'`])(\.{1,2}\/[^"'`\s]+?)\1/g)) specs.add(m[2]);
  // side-effect import"./a.js" (not dynamic import("./a.js"))
  for (const m of code.matchAll(/\bimport\s*(["'`])(\.{1,2}\/[^"'`\s]+?)\1/g)) specs.add(m[2]);
  return [...specs];
}

function main() {
  const indexHtml = path.join(DIST, 'index.html');
  if (!existsSync(indexHtml)) {
    console.error(
      `size-budget: ${path.relative(process.cwd(), indexHtml)} is missing; run \`npm run build\` first.`,
    );
    process.exit(1);
  }
  const html = readFileSync(indexHtml, 'utf8');

  /** @type {{ name: string, code: Buffer, file: string | null }[]} */
  const entries = [];
  const queue = [];
  const seen = new Set();
  const enqueue = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    queue.push(file);
  };

  const inline = [];
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[0].slice(0, m[0].indexOf('>') + 1));
    if (!JS_TYPES.has((attrs.type ?? '').toLowerCase())) continue;
    if (attrs.src !== undefined) enqueue(resolveFromHtml(attrs.src));
    else if (m[1].trim()) inline.push(m[1]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('modulepreload') && attrs.href) enqueue(resolveFromHtml(attrs.href));
  }
  for (const [i, code] of inline.entries()) {
    entries.push({ name: `(inline script #${i + 1})`, code: Buffer.from(code), file: null });
    for (const spec of staticImports(code)) enqueue(resolveFromHtml(spec));
  }

  const missing = [];
  for (const file of queue) {
    // `queue` grows while we iterate: for...of visits appended items too.
    if (!existsSync(file)) {
      missing.push(file);
      continue;
    }
    const code = readFileSync(file);
    entries.push({ name: path.relative(DIST, file).split(path.sep).join('/'), code, file });
    for (const spec of staticImports(code.toString('utf8'))) {
      const target = path.resolve(path.dirname(file), spec.split(/[?#]/, 1)[0]);
      if (target.startsWith(DIST + path.sep)) enqueue(target);
    }
  }

  const rows = entries.map((e) => ({
    name: e.name,
    raw: e.code.length,
    gzip: gzipSync(e.code, { level: 9 }).length,
  }));
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  const totalRaw = rows.reduce((sum, r) => sum + r.raw, 0);

  const width = Math.max(4, ...rows.map((r) => r.name.length), 'total'.length);
  const line = (a, b, c) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`;
  console.log('Initial-load JavaScript (gzip -9):');
  console.log(line('file', 'raw bytes', 'gzip bytes'));
  for (const r of rows) console.log(line(r.name, String(r.raw), String(r.gzip)));
  console.log(line('total', String(totalRaw), String(total)));
  const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
  console.log(
    `Budget: ${kib(total)} of ${kib(BUDGET_BYTES)} gzip (${((100 * total) / BUDGET_BYTES).toFixed(1)}%)`,
  );

  let ok = true;
  if (missing.length) {
    ok = false;
    for (const f of missing)
      console.error(`size-budget: referenced file is missing: ${path.relative(process.cwd(), f)}`);
  }
  if (rows.length === 0) {
    ok = false;
    console.error('size-budget: found no JavaScript in dist/index.html; is the build broken?');
  }
  if (total > BUDGET_BYTES) {
    ok = false;
    console.error(`size-budget: OVER BUDGET by ${total - BUDGET_BYTES} bytes gzip.`);
  }
  process.exit(ok ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`size-budget: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
