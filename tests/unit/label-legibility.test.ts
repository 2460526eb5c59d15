/**
 * The bundled map is legible at every width the app draws it: the map's stage at 375, 768 and 1440 px wide
 * windows and the SVG export. Each stage is drawn as MapView draws it (portrait stretch, fitted camera, scene
 * labels); then the biggest companies by volume are labelled and no label box overlaps another label or a
 * circle. Which companies are biggest is computed from the file, never named here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDealMapText } from '../../src/lib/data/parse.ts';
import { applyFilters } from '../../src/lib/filters/apply.ts';
import { NO_FILTERS } from '../../src/lib/filters/types.ts';
import { buildModel } from '../../src/lib/graph/model.ts';
import { positionsFromMap } from '../../src/lib/layout/positions.ts';
import { aspectStretch, stretched } from '../../src/lib/render/aspect.ts';
import { fitCamera } from '../../src/lib/render/camera.ts';
import { ALWAYS_LABELLED } from '../../src/lib/render/label-order.ts';
import { labelBox, overlaps } from '../../src/lib/render/labels.ts';
import { sceneLabels } from '../../src/lib/render/scene-labels.ts';
import { styleScene } from '../../src/lib/render/style.ts';

const text = readFileSync(new URL('../../data/ai-deals.json', import.meta.url), 'utf8');
const parsed = parseDealMapText(text, 'ai-deals.json');
if (!parsed.ok) throw new Error('the bundled data should load');
const model = buildModel(parsed.value);
const layout = positionsFromMap(model, model.map.layout);
const visibility = applyFilters(model, NO_FILTERS);

/** The map's stage inside a window of that width (the filter panel takes 19rem from 761 px up). */
const stages = [
  { window: 375, width: 375, height: 600 },
  { window: 768, width: 464, height: 700 },
  { window: 1440, width: 1136, height: 640 },
  { window: 'SVG export', width: 1280, height: 620 },
] as const;

describe('labels of the bundled map', () => {
  for (const stage of stages) {
    test(`at ${stage.window}: the biggest are labelled, and no label covers a label or a circle`, () => {
      const positions = stretched(layout, aspectStretch(layout, stage.width, stage.height));
      const scene = styleScene({
        model,
        positions,
        visibility,
        selection: undefined,
        hovered: undefined,
        theme: 'light',
        pinned: new Set(),
        edgeTitle: () => '',
      });
      const camera = fitCamera(scene.bounds, stage.width, stage.height);
      const labels = sceneLabels(scene.nodes, camera, stage);

      const biggest = model.companies
        .map((c, i) => ({ id: c.id, volume: visibility.volume[i] ?? 0 }))
        .sort((a, b) => b.volume - a.volume)
        .slice(0, ALWAYS_LABELLED)
        .map((c) => c.id);
      expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(biggest));

      const circles = scene.nodes.map((n) => {
        const r = Math.max(2, n.r * camera.k);
        const x = n.x * camera.k + camera.x;
        const y = n.y * camera.k + camera.y;
        return { id: n.id, box: { x0: x - r, y0: y - r, x1: x + r, y1: y + r } };
      });
      const boxes = labels.map((l) => ({ id: l.id, box: labelBox(l) }));
      const clashes: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) if (overlaps(a.box, b.box)) clashes.push(`${a.id} / ${b.id}`);
        for (const c of circles)
          if (c.id !== a.id && overlaps(a.box, c.box)) clashes.push(`${a.id} on ${c.id}`);
      }
      expect(clashes).toEqual([]);
      // A legible share of the map is named at once.
      expect(labels.length).toBeGreaterThanOrEqual(Math.min(model.companies.length, 20));
    });
  }
});
