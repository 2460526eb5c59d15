/**
 * The prerendered first view, run by `npm run build` after `vite build`: renders the bundled data's default
 * view with the app's own components and drawing code (src/prerender-page.ts, loaded through Vite's
 * server-side rendering) and writes it into dist/index.html, so the browser paints the settled map before any
 * script runs. Also writes, next to the app's assets:
 *
 * - assets/prerender-<hash>.css: the view's stylesheet (the strict policy allows no inline style);
 * - assets/prerender-gate-<hash>.js: a small classic script in <head> that hides the view on any load that is
 *   not the default view (gate.ts), before the first paint (`script-src 'self'` allows it), and starts the
 *   app: on the default view once the picture is on screen, else once the page is parsed (boot.ts). The app's
 *   module script becomes a `modulepreload` link (prerender-html.ts).
 *
 * The app removes the view in the frame that paints its live map (src/lib/prerender/handover.ts). The dev
 * server (`npm start`) and the single-file build (dist/ai-deal-map.html, built from the source index.html) have
 * no prerendered view.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { gateScript } from '../src/lib/prerender/gate.ts';
import { appModuleOf, withPrerender } from './prerender-html.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

function hashed(name: string, ext: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
  return `assets/${name}-${hash}.${ext}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  let page: { html: string; css: string };
  try {
    const module = (await server.ssrLoadModule(
      '/src/prerender-page.ts',
    )) as typeof import('../src/prerender-page.ts');
    page = module.prerenderPage(readFileSync(join(ROOT, 'data', 'ai-deals.json'), 'utf8'));
  } finally {
    await server.close();
  }

  const indexFile = join(DIST, 'index.html');
  const built = readFileSync(indexFile, 'utf8');
  const gate = gateScript(appModuleOf(built));
  const css = hashed('prerender', 'css', page.css);
  const script = hashed('prerender-gate', 'js', gate);
  writeFileSync(join(DIST, css), page.css);
  writeFileSync(join(DIST, script), gate);
  const html = withPrerender(built, {
    html: page.html,
    stylesheet: `./${css}`,
    script: `./${script}`,
  });
  writeFileSync(indexFile, html);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `dist/index.html  ${kb(Buffer.byteLength(html))} with the prerendered first view (${Date.now() - started} ms)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
