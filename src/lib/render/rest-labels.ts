/**
 * The labels of the map at rest with nothing highlighted, kept for the camera and stage they were placed at.
 * Leaving a hovered company goes back to them instead of placing every label again (5–25 ms at 1,000 companies
 * in profiles, the upper end when a garbage collection has just let the code go cold), and while a hover lasts
 * at rest the map can place them ahead of need for the camera it rests at.
 */
import { sceneLabels } from './scene-labels.ts';
import type { Box, PlacedLabel } from './labels.ts';
import type { Camera, SceneNode } from './types.ts';

type Place = typeof sceneLabels;

export class RestLabels {
  #kept:
    | {
        nodes: readonly SceneNode[];
        camera: Camera;
        obstacles: readonly Box[];
        width: number;
        height: number;
        labels: PlacedLabel[];
      }
    | undefined;
  readonly #place: Place;

  constructor(place: Place = sceneLabels) {
    this.#place = place;
  }

  /**
   * The labels of these rest nodes through this camera: the kept ones when nodes, camera and obstacles are the
   * same objects and the stage the same size, else placed and kept.
   */
  get(
    nodes: readonly SceneNode[],
    camera: Camera,
    stage: { readonly width: number; readonly height: number },
    obstacles: readonly Box[],
  ): PlacedLabel[] {
    const kept = this.#kept;
    if (
      kept &&
      kept.nodes === nodes &&
      kept.camera === camera &&
      kept.obstacles === obstacles &&
      kept.width === stage.width &&
      kept.height === stage.height
    )
      return kept.labels;
    const labels = this.#place(nodes, camera, stage, obstacles);
    this.#kept = { nodes, camera, obstacles, width: stage.width, height: stage.height, labels };
    return labels;
  }
}
