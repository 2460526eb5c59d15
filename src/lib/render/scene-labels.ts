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
  const scale = (n: SceneNode) => ({
    x: n.x * camera.k + camera.x,
    y: n.y * camera.k + camera.y,
    // Clear of the ring too, for a focused or selected company.
    r: markReach(n, Math.max(2, n.r * camera.k)),
  });
  // A faded company gets no label unless it must have one: only its circle takes part, as a mark.
  const labelled: SceneNode[] = [];
  const unlabelled: SceneNode[] = [];
  for (const n of nodes)
    (fade && !n.labelMust && nodeOpacity({ fade }, n) < 1 ? unlabelled : labelled).push(n);
  const marks = new Float64Array(3 * unlabelled.length);
  unlabelled.forEach((n, i) => {
    const { x, y, r } = scale(n);
    marks[3 * i] = x;
    marks[3 * i + 1] = y;
    marks[3 * i + 2] = r;
  });
  return placeLabels(
    labelled.map((n) => ({
      id: n.id,
      text: n.name,
      ...scale(n),
      rank: n.labelRank,
      must: n.labelMust,
      forced: labelForced(n, companies),
      heavyX: n.heavyX,
      heavyY: n.heavyY,
      faded: nodeOpacity({ fade }, n) < 1,
    })),
    viewport,
    obstacles,
    undefined,
    marks,
  );
}
