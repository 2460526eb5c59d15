/** The labels of a styled scene through a camera: the one call the app, embeds and exports share. */
import { placeLabels, type Box, type PlacedLabel } from './labels.ts';
import { labelForced, markReach, nodeOpacity, type Camera, type Scene, type SceneNode } from './types.ts';

export function sceneLabels(
  nodes: readonly SceneNode[],
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
  obstacles: readonly Box[] = [],
  /** The scene's fade, when the nodes are a highlighted scene's. */
  fade: Scene['fade'] = undefined,
  /** How many companies the scene has (more than `nodes` when only some of them are labelled). */
  companies: number = nodes.length,
): PlacedLabel[] {
  return placeLabels(
    nodes.map((n) => ({
      id: n.id,
      text: n.name,
      x: n.x * camera.k + camera.x,
      y: n.y * camera.k + camera.y,
      // Clear of the ring too, for a focused or selected company.
      r: markReach(n, Math.max(2, n.r * camera.k)),
      rank: n.labelRank,
      must: n.labelMust,
      forced: labelForced(n, companies),
      heavyX: n.heavyX,
      heavyY: n.heavyY,
      faded: nodeOpacity({ fade }, n) < 1,
    })),
    viewport,
    obstacles,
  );
}
