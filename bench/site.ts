/**
 * The benchmark's site: a temporary copy of dist/ with the generated markets under bench/data/, the peers
 * built by Vite under bench/peers/{svg,canvas}/, and a blog page embedding the map (bench/blog.html).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { validateDealMap } from '../src/lib/data/validate.ts';
import { syntheticMarket } from './synthetic.ts';

export interface SyntheticSize {
  readonly companies: number;
  readonly deals: number;
}

/** Where a generated market is served, relative to the site's root. */
export function syntheticPath(size: SyntheticSize): string {
  return `bench/data/synthetic-${size.companies}-${size.deals}.json`;
}

/** A host page with the recommended snippet and a recorder of the first height message (external scripts). */
function writeBlogPage(site: string): void {
  writeFileSync(
    join(site, 'bench/blog.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog</title>' +
      '<script src="blog-recorder.js"></script></head><body><h1>A post</h1>' +
      '<iframe src="../?embed=1&amp;focus=anthropic&amp;data=data/v/2026-11-26.json" title="AI Deal Map" width="100%" ' +
      'height="500" frameborder="0" scrolling="no" ' +
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>' +
      '<script src="../embed.js" async></script></body></html>',
  );
  writeFileSync(
    join(site, 'bench/blog-recorder.js'),
    "addEventListener('message', function (e) { if (e.data && e.data.type === 'ai-deal-map:height' && " +
      "!performance.getEntriesByName('embed:first-height').length) performance.mark('embed:first-height'); });\n",
  );
}

export async function prepareSite(
  root: string,
  sizes: readonly SyntheticSize[],
  buildApp: boolean,
): Promise<string> {
  if (buildApp) {
    const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const site = mkdtempSync(join(tmpdir(), 'adm-bench-'));
  cpSync(join(root, 'dist'), site, { recursive: true });
  mkdirSync(join(site, 'bench/data'), { recursive: true });

  for (const size of sizes) {
    const market = syntheticMarket(size);
    const file = syntheticPath(size);
    const check = validateDealMap(market, { file });
    const problems = check.issues.filter((i) => i.severity !== 'notice');
    if (!check.ok || problems.length > 0) {
      throw new Error(
        `The synthetic market ${file} is not valid:\n${check.issues.map((i) => i.message).join('\n')}`,
      );
    }
    writeFileSync(join(site, file), `${JSON.stringify(market)}\n`);
  }
  writeBlogPage(site);

  await build({
    configFile: false,
    root: join(root, 'bench/peers'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: join(site, 'bench/peers'),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: {
          svg: join(root, 'bench/peers/svg/index.html'),
          canvas: join(root, 'bench/peers/canvas/index.html'),
        },
      },
    },
  });
  return site;
}
