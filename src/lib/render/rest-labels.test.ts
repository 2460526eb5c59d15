import { describe, expect, test } from 'vitest';
import { RestLabels } from './rest-labels.ts';
import { sceneLabels } from './scene-labels.ts';
import { sceneNode } from './test-scene.ts';

const nodes = [sceneNode(0, 0, 0), sceneNode(1, 100, 0), sceneNode(2, 0, 100)];
const stage = { width: 400, height: 300 };
const obstacles = [{ x0: 380, y0: 280, x1: 400, y1: 300 }];

/** A RestLabels whose placements are counted. */
function counted() {
  let placements = 0;
  const labels = new RestLabels((...args) => {
    placements++;
    return sceneLabels(...args);
  });
  return { labels, placements: () => placements };
}

describe('RestLabels', () => {
  test('gives the labels sceneLabels places, and places them once for one camera and stage', () => {
    const { labels, placements } = counted();
    const camera = { x: 50, y: 50, k: 1 };
    const first = labels.get(nodes, camera, stage, obstacles);
    expect(first).toEqual(sceneLabels(nodes, camera, stage, obstacles));
    expect(first.map((l) => l.text)).toEqual(['Company 0', 'Company 1', 'Company 2']);
    expect(labels.get(nodes, camera, { ...stage }, obstacles)).toBe(first);
    expect(placements()).toBe(1);
  });

  test('places them again for another camera, other nodes, obstacles or stage size', () => {
    const { labels, placements } = counted();
    const camera = { x: 50, y: 50, k: 1 };
    labels.get(nodes, camera, stage, obstacles);
    const moved = { x: 60, y: 50, k: 1 };
    expect(labels.get(nodes, moved, stage, obstacles)[0]?.x).toBe(sceneLabels(nodes, moved, stage)[0]?.x);
    labels.get([...nodes], moved, stage, obstacles);
    labels.get(nodes, moved, stage, [...obstacles]);
    labels.get(nodes, moved, { width: 401, height: 300 }, obstacles);
    expect(placements()).toBe(5);
  });
});
