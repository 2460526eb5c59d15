import { describe, expect, test } from 'vitest';
import { fadedBackdrop } from './canvas-draw.ts';
import { paintSide, type FromPainter, type PaintRequest, type PaintSurface } from './paint-side.ts';
import { scenePositions, sceneTables } from './scene-tables.ts';
import { recorder, TEST_COLORS } from './test-canvas.ts';
import { sceneEdge, sceneNode } from './test-scene.ts';
import type { Scene } from './types.ts';

const COLORS = TEST_COLORS;

const SCENE: Scene = {
  nodes: [sceneNode(0, 10, 10, { fill: 'RED' }), sceneNode(1, 90, 40, { fill: 'BLUE' })],
  edges: [sceneEdge(0, 0, 1, { color: 'GREEN' })],
  bounds: { x0: 0, y0: 0, x1: 100, y1: 50 },
};

/** A worker side over a recording canvas; what it posts. */
function painter() {
  const posted: { message: FromPainter; transfer: Transferable[] }[] = [];
  const context = recorder();
  let bitmaps = 0;
  const surface: PaintSurface & { made: number } = {
    made: 0,
    width: 1,
    height: 1,
    getContext: () => context,
    transferToImageBitmap: () => ({ bitmap: ++bitmaps }) as unknown as ImageBitmap,
  };
  const handle = paintSide(
    (message, transfer) => posted.push({ message, transfer }),
    () => {
      surface.made++;
      return surface;
    },
  );
  return { handle, posted, context, surface };
}

function request(id: number, scene: number, extra: Partial<PaintRequest> = {}): PaintRequest {
  return {
    kind: 'draw',
    id,
    scene,
    place: scenePositions(SCENE),
    camera: { x: 0, y: 0, k: 2 },
    width: 300,
    height: 200,
    dpr: 2,
    colors: COLORS,
    moving: false,
    ...extra,
  };
}

describe('the paint worker', () => {
  test('draws the scene it was sent at the request’s positions and camera, and hands the picture back', () => {
    const { handle, posted, context, surface } = painter();
    handle({ kind: 'scene', scene: 1, tables: sceneTables(SCENE) });
    handle(request(5, 1));
    expect(posted).toHaveLength(1);
    const [{ message, transfer }] = posted as [(typeof posted)[number]];
    expect(message.kind).toBe('picture');
    expect(message.id).toBe(5);
    // The bitmap is transferred, not copied.
    expect(message.kind === 'picture' && transfer).toEqual([message.kind === 'picture' && message.bitmap]);
    // Device pixels: 300 × 200 CSS px at a ratio of 2.
    expect([surface.width, surface.height]).toEqual([600, 400]);
    // The circles at their screen places (world × 2), in their fills; the link in its colour.
    const arcs = context.ops.filter((op) => op.op === 'arc').map((op) => [op.args[0], op.args[1]]);
    expect(arcs).toContainEqual([20, 20]);
    expect(arcs).toContainEqual([180, 80]);
    const fills = new Set(context.ops.filter((op) => op.op === 'fill').map((op) => op.fill));
    expect(fills).toContain('RED');
    expect(fills).toContain('BLUE');
    expect(context.ops.some((op) => op.op === 'stroke' && op.stroke === 'GREEN')).toBe(true);
  });

  test('draws the faded picture a highlight fades everything under, as the page would', () => {
    const { handle, posted, context } = painter();
    handle({ kind: 'scene', scene: 1, tables: sceneTables(SCENE) });
    handle(request(3, 1, { fade: { node: 0.15, edge: 0.08 } }));
    expect(posted.map((p) => p.message.kind)).toEqual(['picture']);
    const page = recorder();
    fadedBackdrop(
      page,
      { camera: { x: 0, y: 0, k: 2 }, width: 300, height: 200, dpr: 2, colors: COLORS },
      SCENE,
      {
        node: 0.15,
        edge: 0.08,
      },
    );
    expect(context.ops).toEqual(page.ops);
    // Faded: the link at the link fade, the circles at the company fade.
    expect(context.ops.find((op) => op.op === 'stroke' && op.stroke === 'GREEN')?.alpha).toBe(0.08);
    expect(context.ops.filter((op) => op.op === 'fill' && op.fill === 'RED').map((op) => op.alpha)).toEqual([
      0.15,
    ]);
  });

  test('keeps one canvas for all its pictures', () => {
    const { handle, posted, surface } = painter();
    handle({ kind: 'scene', scene: 1, tables: sceneTables(SCENE) });
    handle(request(1, 1));
    handle(request(2, 1, { width: 100 }));
    expect(posted.map((p) => p.message.kind)).toEqual(['picture', 'picture']);
    expect(surface.made).toBe(1);
    expect(surface.width).toBe(200);
  });

  test('answers a request for a scene it does not have with a failure, not a wrong picture', () => {
    const { handle, posted } = painter();
    handle(request(1, 1));
    handle({ kind: 'scene', scene: 2, tables: sceneTables(SCENE) });
    handle(request(2, 1));
    expect(posted.map((p) => p.message)).toEqual([
      { kind: 'failed', id: 1, error: 'no scene 1' },
      { kind: 'failed', id: 2, error: 'no scene 1' },
    ]);
  });
});
