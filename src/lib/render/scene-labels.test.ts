import { describe, expect, test } from 'vitest';
import { labelBox, overlaps, placeLabels } from './labels.ts';
import { sceneLabels } from './scene-labels.ts';
import { markReach, nodeOpacity, RING_GAP, type SceneFade } from './types.ts';
import { seededRandom } from '../layout/random.ts';
import { sceneNode } from './test-scene.ts';

const CAMERA = { x: 0, y: 0, k: 1 };
const VIEW = { width: 800, height: 600 };
/** Companies in the scene these tests draw from: ranks below this are the first pass (focused, picked). */
const COMPANIES = 400;

/** A block of always-labelled companies close together, in the first label pass, around (400, 300). */
const crowd = Array.from({ length: 13 * 11 }, (_, i) => ({ dx: (i % 13) - 6, dy: Math.floor(i / 13) - 5 }))
  .filter(({ dx, dy }) => dx !== 0 || dy !== 0)
  .map(({ dx, dy }, i) =>
    sceneNode(i, 400 + dx * 25, 300 + dy * 10, { r: 1, labelRank: i, labelMust: true, name: 'Picked' }),
  );

describe('sceneLabels', () => {
  test('a hovered company is named even in a crowd of names, however few companies are labelled', () => {
    // Hovered: the first pass of a 400-company scene, ranked after the crowd.
    const hovered = sceneNode(300, 400, 300, { r: 2, labelRank: 300, labelMust: true, name: 'Hovered' });
    const named = (companies: number) =>
      sceneLabels([...crowd, hovered], CAMERA, VIEW, [], undefined, companies).map((l) => l.text);
    expect(named(COMPANIES)).toContain('Hovered');
    // One of the biggest instead (the third pass): left out rather than drawn over the crowd's names.
    const biggest = { ...hovered, labelRank: 2 * COMPANIES + 5 };
    expect(
      sceneLabels([...crowd, biggest], CAMERA, VIEW, [], undefined, COMPANIES).map((l) => l.text),
    ).not.toContain('Hovered');
    // Counted against the labelled ones only (143), the hovered company would not be in the first pass.
    expect(named(crowd.length + 1)).not.toContain('Hovered');
  });

  test("a focused or selected company's label stands clear of its ring, not only of its circle", () => {
    for (const flag of ['focused', 'selected'] as const) {
      const node = sceneNode(0, 400, 300, { r: 10, labelRank: 0, labelMust: true, [flag]: true });
      const [label] = sceneLabels([node], CAMERA, VIEW);
      if (!label) throw new Error('no label');
      const ring = 10 + RING_GAP + 1;
      expect(
        overlaps(labelBox(label), { x0: 400 - ring, y0: 300 - ring, x1: 400 + ring, y1: 300 + ring }),
      ).toBe(false);
    }
  });

  test('in a faded scene, faded companies are marks only: the same labels as with all of them as candidates', () => {
    const random = seededRandom(3);
    const nodes = Array.from({ length: 500 }, (_, i) =>
      sceneNode(i, random() * 900 - 50, random() * 700 - 50, {
        r: 1 + random() * 4,
        labelRank: i,
        labelMust: i < 10,
        name: `Company ${i}`,
      }),
    );
    // A selection: one company in five brought forward; two of the must-show ones faded.
    const fade: SceneFade = {
      node: 0.2,
      edge: 0.1,
      nodes: new Set(nodes.filter((n) => n.index % 5 === 0 && n.index !== 0).map((n) => n.index)),
      edges: new Set(),
    };
    const camera = { x: 20, y: -10, k: 1.3 };
    const everyone = placeLabels(
      nodes.map((n) => ({
        id: n.id,
        text: n.name,
        x: n.x * camera.k + camera.x,
        y: n.y * camera.k + camera.y,
        r: markReach(n, Math.max(2, n.r * camera.k)),
        rank: n.labelRank,
        must: n.labelMust,
        forced: false,
        heavyX: n.heavyX,
        heavyY: n.heavyY,
        faded: nodeOpacity({ fade }, n) < 1,
      })),
      VIEW,
    );
    const labels = sceneLabels(nodes, camera, VIEW, [], fade);
    expect(labels).toEqual(everyone);
    expect(labels.filter((l) => l.faded).length).toBeGreaterThan(0);
    expect(labels.filter((l) => !l.faded).length).toBeGreaterThan(20);
  });
});
