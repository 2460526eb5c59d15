/** A recording 2D context for render tests: every drawing call with the state it was made in. */
import type { Canvas2D, CanvasColors } from './canvas-draw.ts';

/** Theme colours as names, so a test reads which one a call used. */
export const TEST_COLORS: CanvasColors = {
  bg: 'BG',
  surface: 'SURFACE',
  text: 'TEXT',
  textSoft: 'SOFT',
  muted: 'MUTED',
  accent: 'ACCENT',
  fontFamily: 'system-ui',
};

/** One recorded call, with the drawing state it was made in. */
export interface Op {
  readonly op: string;
  readonly args: readonly unknown[];
  readonly fill: unknown;
  readonly stroke: unknown;
  readonly width: number;
  readonly alpha: number;
  readonly dash: readonly number[];
  readonly cap: string;
  readonly align: string;
  readonly font: string;
}

/** A 2D context that records what is drawn. */
export function recorder(): Canvas2D & { ops: Op[] } {
  let dash: number[] = [];
  const ops: Op[] = [];
  const record =
    (op: string) =>
    (...args: unknown[]): void => {
      ops.push({
        op,
        args,
        fill: ctx.fillStyle,
        stroke: ctx.strokeStyle,
        width: ctx.lineWidth,
        alpha: ctx.globalAlpha,
        dash,
        cap: ctx.lineCap,
        align: ctx.textAlign,
        font: ctx.font,
      });
    };
  const ctx: Canvas2D & { ops: Op[] } = {
    ops,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    globalAlpha: 1,
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    setLineDash(segments: number[]) {
      dash = [...segments];
    },
    setTransform: record('setTransform'),
    clearRect: record('clearRect'),
    rect: record('rect'),
    fillRect: record('fillRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    quadraticCurveTo: record('quadraticCurveTo'),
    arc: record('arc'),
    closePath: record('closePath'),
    fill: record('fill'),
    stroke: record('stroke'),
    fillText: record('fillText'),
    strokeText: record('strokeText'),
    drawImage: record('drawImage'),
    // A font 10 px above the baseline and 2 below: text centred on a point sits 4 px lower.
    measureText: () => ({ fontBoundingBoxAscent: 10, fontBoundingBoxDescent: 2 }),
  };
  return ctx;
}
