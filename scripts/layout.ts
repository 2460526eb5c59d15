// Computes the map layout and writes it into data files: `npm run layout [-- [--relax|--fresh] file…]`.
//
// Default: positions already in the file's `layout` stay exactly where they are; companies without one are
// placed next to their partners. --relax re-runs every company, starting from the previous positions;
// --fresh ignores them. Files with validation errors or warnings are refused, untouched.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDealMapText } from '../src/lib/data/parse.ts';
import { buildModel } from '../src/lib/graph/model.ts';
import { computeLayout, type LayoutOptions } from '../src/lib/layout/force-layout.ts';
import { isCanonicalExceptLayout, roundedLayout, withLayout } from '../src/lib/layout/layout-file.ts';
import { layoutRadii } from '../src/lib/state/layout-sizes.ts';

const DEFAULT_FILE = 'data/ai-deals.json';
/** Starting temperature for --relax: enough to untangle, not enough to rebuild the picture. */
const RELAX_ALPHA = 0.3;

type Mode = 'keep' | 'relax' | 'fresh';

function parseArgs(args: readonly string[]): { mode: Mode; files: string[] } {
  let mode: Mode = 'keep';
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--relax' || arg === '--fresh') {
      const wanted = arg === '--relax' ? 'relax' : 'fresh';
      if (mode !== 'keep' && mode !== wanted) throw new Error('Use --relax or --fresh, not both.');
      mode = wanted;
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        'Usage: npm run layout -- [--relax | --fresh] [file.json …]   (default: data/ai-deals.json)',
      );
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`Unknown option ${arg} (try --help).`);
    else files.push(arg);
  }
  return { mode, files: files.length > 0 ? files : [DEFAULT_FILE] };
}

/** Lays out one file; false when it was refused. */
function layoutFile(file: string, mode: Mode): boolean {
  const name = relative(process.cwd(), file) || file;
  const text = readFileSync(file, 'utf8');
  const result = parseDealMapText(text, name);
  const blocking = result.issues.filter((i) => i.severity !== 'notice');
  if (!result.ok || blocking.length > 0) {
    console.error(`${name}: not laid out — fix these problems first:`);
    for (const issue of result.issues) {
      const where = issue.line ? `:${issue.line}:${issue.column ?? 1}` : '';
      console.error(
        `  ${issue.severity} ${name}${where}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`,
      );
    }
    return false;
  }
  for (const issue of result.issues) console.log(`  notice ${name} ${issue.path}: ${issue.message}`);

  const model = buildModel(result.value);
  const previous = result.value.layout;
  const radii = layoutRadii(model);
  const options: LayoutOptions =
    mode === 'keep'
      ? { radii, frozen: previous }
      : mode === 'relax'
        ? { radii, initial: previous, alpha: RELAX_ALPHA }
        : { radii };
  const started = performance.now();
  const layout = roundedLayout(model, computeLayout(model, options));
  const ms = performance.now() - started;

  const out = withLayout(text, layout);
  const placed = model.companies.filter((c) => !previous.has(c.id)).length;
  const what =
    mode === 'keep'
      ? `kept ${model.companies.length - placed}, placed ${placed} new`
      : `${mode === 'relax' ? 'relaxed' : 'laid out afresh'} ${model.companies.length}`;
  if (!isCanonicalExceptLayout(text)) {
    console.log(
      `  note: ${name} was not formatted as JSON.stringify(…, null, 2); it is now (content unchanged).`,
    );
  }
  if (out === text) {
    console.log(`${name}: layout unchanged (${what}, ${ms.toFixed(0)} ms).`);
    return true;
  }
  writeFileSync(file, out);
  console.log(`${name}: wrote positions of ${layout.size} companies (${what}, ${ms.toFixed(0)} ms).`);
  return true;
}

try {
  const { mode, files } = parseArgs(process.argv.slice(2));
  let refused = 0;
  for (const file of files) if (!layoutFile(file, mode)) refused++;
  process.exitCode = refused > 0 ? 1 : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
