/**
 * The single-file build, run by `npm run build` after the normal `vite build`: builds the app a second time
 * from vite.config.ts, in memory, as one chunk (dynamic imports inlined, CSS in one file, imported assets as
 * data: URLs), then writes dist/ai-deal-map.html — the JavaScript, the CSS and data/ai-deals.json inlined
 * (scripts/single-file-html.ts). It opens from disk (file://) and can be uploaded anywhere. It relies on
 * inline script, so it is not the strict-CSP build (deploy dist/index.html for that); it carries its own
 * policy in a <meta> tag that allows its inline script and style by hash.
 *
 * Chromium refuses module workers (and fetches) from file:// pages: code that the single file needs must not
 * rely on a worker or on fetching a file next to it. The worker host (src/lib/worker/host.ts) starts no worker
 * in the single file and runs its tasks on the main thread, and the Canvas renderer draws there too instead of
 * in its paint worker (src/lib/render/paint-client.ts), so both workers' scripts are left out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { singleFileHtml } from './single-file-html.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist', 'ai-deal-map.html');

async function main(): Promise<void> {
  const result = await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      // Nothing is written; a scratch folder keeps dist/ out of reach of any emptying.
      outDir: join(ROOT, 'node_modules', '.cache', 'single-file'),
      emptyOutDir: false,
      copyPublicDir: false,
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: () => true,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const items = outputs.flatMap((o) => {
    if (!('output' in o)) throw new Error('single-file build: unexpected watcher output');
    return o.output;
  });

  const chunks = items.filter((item) => item.type === 'chunk');
  if (chunks.length !== 1) {
    throw new Error(
      `single-file build: expected one JavaScript chunk, got ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  const files = new Map<string, string>();
  let html: string | undefined;
  for (const item of items) {
    const text =
      item.type === 'chunk'
        ? item.code
        : typeof item.source === 'string'
          ? item.source
          : new TextDecoder().decode(item.source);
    if (item.fileName === 'index.html') html = text;
    else if (/^assets\/(?:task|paint)-worker-[\w-]+\.js$/.test(item.fileName)) continue;
    else if (item.type === 'chunk' || item.fileName.endsWith('.css')) files.set(`./${item.fileName}`, text);
    else if (!item.fileName.startsWith('data/')) {
      throw new Error(`single-file build: ${item.fileName} would be a separate file`);
    }
  }
  if (html === undefined) throw new Error('single-file build: Vite wrote no index.html');

  const favicon = readFileSync(join(ROOT, 'public', 'favicon.svg'));
  const page = singleFileHtml({
    html,
    files,
    dataJson: readFileSync(join(ROOT, 'data', 'ai-deals.json'), 'utf8'),
    faviconDataUrl: `data:image/svg+xml;base64,${favicon.toString('base64')}`,
  });
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  writeFileSync(OUT, page);
  console.log(`dist/ai-deal-map.html  ${(Buffer.byteLength(page) / 1024).toFixed(1)} kB (single-file build)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
