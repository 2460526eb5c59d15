/**
 * The paint worker's side (paint-worker.ts wires it to the worker's scope; tests, to fakes): it keeps the scene
 * it was sent as tables (scene-tables.ts) and answers each draw request with a picture of that scene at the
 * request's positions and camera — canvas-draw.ts's drawing, on a canvas of the worker's own, handed back as an
 * ImageBitmap. The drawing and its raster then cost the worker's thread, not the page's: a settling 20,000-company
 * map's frame was 40–60 ms of the page's time, half of it the raster at commit.
 */
import { drawScene, fadedBackdrop, type Canvas2D, type CanvasColors } from './canvas-draw.ts';
import { sceneFromTables, type SceneTables, type TablePositions } from './scene-tables.ts';
import type { Camera, Scene } from './types.ts';

/** Page → worker: a new scene (its look; every draw request after it is of this scene). */
export interface PaintScene {
  readonly kind: 'scene';
  readonly scene: number;
  readonly tables: SceneTables;
}

/** Page → worker: draw the scene at these positions (`scenePositions`), through this camera. */
export interface PaintRequest extends PictureView {
  readonly kind: 'draw';
  readonly id: number;
  readonly scene: number;
  readonly place: TablePositions;
}

/** How a picture is seen: through which camera, at what size and pixel ratio, in which colours. */
export interface PictureView {
  readonly camera: Camera;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly colors: CanvasColors;
  /** Drawn as a moving map is (canvas-draw.ts): the biggest links, small circles as squares. */
  readonly moving: boolean;
  /**
   * Drawn as the picture a highlight fades everything under, at these opacities (canvas-draw.ts
   * `fadedBackdrop`), so the page can keep it for the hovers to come.
   */
  readonly fade?: { readonly node: number; readonly edge: number } | undefined;
}

export type ToPainter = PaintScene | PaintRequest;

export type FromPainter =
  | { readonly kind: 'picture'; readonly id: number; readonly bitmap: ImageBitmap }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };

/** The worker's canvas: an OffscreenCanvas in a worker. */
export interface PaintSurface {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
  transferToImageBitmap(): ImageBitmap;
}

export type PainterPost = (message: FromPainter, transfer: Transferable[]) => void;

export function paintSide(post: PainterPost, surface: () => PaintSurface): (message: ToPainter) => void {
  // The scene is kept as its tables (typed arrays) and read as objects only while a picture is drawn: a big
  // map's 80,000 objects, small as they are, held 3.4 MB of the worker's heap between pictures (measured).
  let current: { id: number; tables: SceneTables } | undefined;
  let canvas: PaintSurface | undefined;
  return (message) => {
    if (message.kind === 'scene') {
      current = { id: message.scene, tables: message.tables };
      return;
    }
    try {
      if (!current || current.id !== message.scene) throw new Error(`no scene ${message.scene}`);
      canvas ??= surface();
      const w = Math.max(1, Math.round(message.width * message.dpr));
      const h = Math.max(1, Math.round(message.height * message.dpr));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const context = canvas.getContext('2d') as Canvas2D | null;
      if (!context) throw new Error('no 2D context');
      const marks = sceneFromTables(current.tables);
      marks.place(message.place);
      const scene: Scene = { nodes: marks.nodes, edges: marks.edges, bounds: BOUNDS };
      const { camera, width, height, dpr, colors, moving, fade } = message;
      if (fade) fadedBackdrop(context, { camera, width, height, dpr, colors }, scene, fade);
      else drawScene(context, { scene, camera, width, height, dpr, colors, moving, labels: [] });
      const bitmap = canvas.transferToImageBitmap();
      post({ kind: 'picture', id: message.id, bitmap }, [bitmap]);
    } catch (error) {
      post(
        { kind: 'failed', id: message.id, error: error instanceof Error ? error.message : String(error) },
        [],
      );
    }
  };
}

/** Drawing a scene does not read its bounds. */
const BOUNDS = { x0: 0, y0: 0, x1: 0, y1: 0 };
