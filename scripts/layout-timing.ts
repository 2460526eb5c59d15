/**
 * How long the layout takes at a given size, in Node (one core, as in a worker): validation, model, input,
 * then the stepped layout — ms per tick and the total to settled, as wall-clock and as this process's CPU time
 * (the figure to trust on a busy machine). Markets are bench/synthetic.ts's hub-heavy ones (three deals per
 * company).
 *
 *   npx tsx scripts/layout-timing.ts [companies …]     (default: 1000 5000 20000)
 */
import { syntheticMarket } from '../bench/synthetic.ts';
import { validateDealMap } from '../src/lib/data/validate.ts';
import { buildModel } from '../src/lib/graph/model.ts';
import { layoutInput } from '../src/lib/layout/layout-input.ts';
import * as grid from '../src/lib/layout/grid-forces.ts';
import { createLayout } from '../src/lib/layout/step-layout.ts';
import { layoutRadii } from '../src/lib/state/layout-sizes.ts';

const sizes = process.argv.slice(2).map(Number);
for (const companies of sizes.length > 0 ? sizes : [1000, 5000, 20_000]) {
  const file = JSON.parse(JSON.stringify(syntheticMarket({ companies, deals: 3 * companies }))) as unknown;
  let t = performance.now();
  const result = validateDealMap(file);
  const validateMs = performance.now() - t;
  if (!result.ok) throw new Error('the synthetic market should be valid');
  t = performance.now();
  const model = buildModel(result.value);
  const modelMs = performance.now() - t;
  t = performance.now();
  const cpu = process.cpuUsage();
  const layout = createLayout(layoutInput(model, { radii: layoutRadii(model) }), grid);
  const setupMs = performance.now() - t;
  const started = performance.now();
  let ticks = 0;
  let slowest = 0;
  while (!layout.done) {
    const tick = performance.now();
    layout.step(1);
    slowest = Math.max(slowest, performance.now() - tick);
    ticks++;
  }
  const runMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const positions = layout.positions();
  const overlaps = overlapShare(positions, layoutRadii(model));
  console.log(
    [
      `${companies} companies, ${model.deals.length} deals:`,
      `validate ${validateMs.toFixed(0)} ms, model ${modelMs.toFixed(0)} ms, layout setup ${setupMs.toFixed(0)} ms,`,
      `${ticks} ticks at ${(runMs / ticks).toFixed(1)} ms (CPU ${(cpuMs / ticks).toFixed(1)} ms; slowest ${slowest.toFixed(0)} ms),`,
      `settled in ${((setupMs + runMs) / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s with the setup);`,
      `circles overlapping: ${(100 * overlaps).toFixed(1)}%`,
    ].join(' '),
  );
}

/** Share of companies whose circle overlaps another's (grid of cells, so it is quick at any size). */
function overlapShare(positions: Float64Array, radii: Float64Array): number {
  const cell = 64;
  const grid = new Map<string, number[]>();
  const n = radii.length;
  for (let i = 0; i < n; i++) {
    const key = `${Math.floor((positions[2 * i] as number) / cell)},${Math.floor((positions[2 * i + 1] as number) / cell)}`;
    const members = grid.get(key);
    if (members) members.push(i);
    else grid.set(key, [i]);
  }
  let overlapping = 0;
  for (let i = 0; i < n; i++) {
    const cx = Math.floor((positions[2 * i] as number) / cell);
    const cy = Math.floor((positions[2 * i + 1] as number) / cell);
    let hit = false;
    for (let dx = -1; dx <= 1 && !hit; dx++) {
      for (let dy = -1; dy <= 1 && !hit; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j === i) continue;
          const d = Math.hypot(
            (positions[2 * i] as number) - (positions[2 * j] as number),
            (positions[2 * i + 1] as number) - (positions[2 * j + 1] as number),
          );
          if (d < 0.9 * ((radii[i] as number) + (radii[j] as number))) hit = true;
        }
      }
    }
    if (hit) overlapping++;
  }
  return overlapping / n;
}
