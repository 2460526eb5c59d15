// Size budget, measured from the network: the JavaScript a browser really downloads for the first view must be
// ≤ 80 KiB gzip. Serves a temporary copy of dist/ and loads, in headless Chromium, `/` (the bundled data, with
// its frozen positions), `/?data=<the bundled data without positions>` (the app must lay it out) and
// `/?embed=1`; each view waits for the live map's first frame (the `adm:interactive` mark: on `/` the page's
// prerendered picture comes earlier, and `adm:first-frame` is dated back to it, but the app's code is what is
// counted here) and then for the network to be idle for
// 1 s, and sums gzip -9 of every JavaScript file the page asked for before its first frame (lazy chunks
// included; a file whose request time is unknown, such as a worker's, counts too). What loads after the first
// frame (code for later interactions, the timeline's bars, the circular-flow count) is listed, not counted.
// Prints a table per view and fails if a view is over budget, if the map never draws, or if the page reports
// an error.
// Also prints, for reference, what index.html imports statically (the old method, which misses lazy chunks).
//
// Usage: node scripts/size-budget.mjs [distDir]   (default: dist/ of this repo)
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChrome, LAUNCH_ARGS } from './find-chrome.mjs';

export const BUDGET_BYTES = 80 * 1024;
const DIST = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url)));
const UNPOSITIONED = 'size-budget-unpositioned.json';
const VIEWS = [
  { name: 'first view', path: '/' },
  { name: 'data= (no positions)', path: `/?data=${UNPOSITIONED}` },
  { name: 'embed', path: '/?embed=1' },
];
const FIRST_FRAME = 'adm:interactive';
const IDLE_MS = 1000;
const TIMEOUT_MS = 60_000;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Relative specifiers of static imports / re-exports in (minified) ES module code. */
export function staticImports(code) {
  const specs = new Set();
  // import x from"./a.js", import{a}from"./a.js", export{a}from"./a.js", export*from"./a.js"
  for (const m of code.matchAll(/\bfrom\s*(["'`])(\.{1,2}\/[^"'`\s]+?)\1/g)) specs.add(m[2]);
  // side-effect import"./a.js" (not dynamic import("./a.js"))
  for (const m of code.matchAll(/\bimport\s*(["'`])(\.{1,2}\/[^"'`\s]+?)\1/g)) specs.add(m[2]);
  return [...specs];
}

/** The bundled data file with its frozen positions removed, so the app has to compute a layout. */
export function withoutPositions(file) {
  const { layout: _positions, ...rest } = file;
  return rest;
}

/** Files of index.html's module graph reached by static imports only (no dynamic import()): the old count. */
function staticImportTotal(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const queue = [];
  for (const m of html.matchAll(
    /<script\b[^>]*\bsrc="([^"]+)"[^>]*>|<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi,
  )) {
    const src = (m[1] ?? m[2]).split(/[?#]/, 1)[0];
    if (!/^[a-z]+:|^\/\//i.test(src)) queue.push(path.join(dist, src.replace(/^\.?\//, '')));
  }
  const seen = new Set();
  let total = 0;
  for (const file of queue) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    total += gzipSync(code, { level: 9 }).length;
    for (const spec of staticImports(code.toString('utf8')))
      queue.push(path.resolve(path.dirname(file), spec));
  }
  return total;
}

/** A static server for `root` on 127.0.0.1 (node:http only). */
function serve(root) {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, path.normalize(urlPath));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Loads one view in a fresh context; resolves with the gzip -9 size of each JavaScript file asked for before
 * the first-frame mark (`files`) and of those asked for after it, until 1 s without network activity (`later`),
 * and the problems seen.
 * @returns {Promise<{ files: { name: string, raw: number, gzip: number }[], later: { name: string, raw: number, gzip: number }[], problems: string[] }>}
 */
async function measureView(browser, origin, view) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const problems = [];
  /** @type {Promise<{ name: string, raw: number, gzip: number } | null>[]} */
  const bodies = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const done = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('requestfailed', done);
    page.on('requestfinished', (request) => {
      done();
      const url = new URL(request.url());
      if (request.resourceType() !== 'script' && !/\.m?js$/.test(url.pathname)) return;
      bodies.push(
        request
          .response()
          .then((response) => response?.body())
          .then((body) =>
            body
              ? {
                  name: url.pathname.replace(/^\//, ''),
                  raw: body.length,
                  gzip: gzipSync(body, { level: 9 }).length,
                }
              : null,
          )
          .catch(() => null),
      );
    });
    await page.goto(origin + view.path, { timeout: TIMEOUT_MS });
    await page
      .waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME, {
        timeout: TIMEOUT_MS,
      })
      .catch(() => problems.push(`no ${FIRST_FRAME} mark within ${TIMEOUT_MS / 1000} s: the map never drew`));
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < IDLE_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const alerts = await page.locator('[role="alert"]').allInnerTexts();
    for (const text of alerts) if (text.trim()) problems.push(`alert: ${text.trim().slice(0, 200)}`);
    // When the page asked for each file, against its first frame.
    const timing = await page.evaluate((mark) => {
      const starts = {};
      for (const entry of performance.getEntriesByType('resource'))
        starts[new URL(entry.name).pathname.replace(/^\//, '')] = entry.startTime;
      return { firstFrame: performance.getEntriesByName(mark)[0]?.startTime ?? null, starts };
    }, FIRST_FRAME);
    const all = (await Promise.all(bodies)).filter((f) => f !== null);
    const before = (f) =>
      timing.firstFrame === null || !(f.name in timing.starts) || timing.starts[f.name] <= timing.firstFrame;
    return { files: all.filter(before), later: all.filter((f) => !before(f)), problems };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`size-budget: ${path.join(DIST, 'index.html')} is missing; run \`npm run build\` first.`);
    return false;
  }
  const bundled = path.join(DIST, 'data/ai-deals.json');
  if (!existsSync(bundled)) {
    console.error(`size-budget: ${bundled} is missing; the build should copy the bundled data.`);
    return false;
  }
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(
      'size-budget: no Chromium found; run `node scripts/ensure-chrome.mjs` (or set CHROME_PATH).',
    );
    return false;
  }
  const site = mkdtempSync(path.join(tmpdir(), 'adm-size-'));
  cpSync(DIST, site, { recursive: true });
  writeFileSync(
    path.join(site, UNPOSITIONED),
    JSON.stringify(withoutPositions(JSON.parse(readFileSync(bundled, 'utf8')))),
  );
  const server = await serve(site);
  const browser = await chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS] });
  const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
  let ok = true;
  try {
    for (const view of VIEWS) {
      const { files, later, problems } = await measureView(browser, server.url, view);
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      const width = Math.max(28, ...files.map((f) => f.name.length));
      const line = (a, b, c) => `  ${a.padEnd(width)}  ${b.padStart(10)}  ${c.padStart(10)}`;
      console.log(`\n${view.name}: ${view.path}  (JavaScript asked for before the map's first frame)`);
      console.log(line('file', 'raw bytes', 'gzip -9'));
      for (const f of files) console.log(line(f.name, String(f.raw), String(f.gzip)));
      console.log(line('total', String(files.reduce((s, f) => s + f.raw, 0)), String(total)));
      console.log(`  ${kib(total)} of ${kib(BUDGET_BYTES)} (${((100 * total) / BUDGET_BYTES).toFixed(1)}%)`);
      if (later.length > 0)
        console.log(
          `  then, after the first frame (not counted): ${later.map((f) => `${f.name} ${f.gzip}`).join(', ')}`,
        );
      for (const problem of problems) console.error(`size-budget: ${view.name}: ${problem}`);
      if (problems.length > 0 || files.length === 0) ok = false;
      if (total > BUDGET_BYTES) {
        ok = false;
        console.error(`size-budget: ${view.name} is OVER BUDGET by ${total - BUDGET_BYTES} bytes gzip.`);
      }
    }
    console.log(`\nFor reference, static imports of index.html only: ${kib(staticImportTotal(DIST))} gzip.`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`size-budget: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
