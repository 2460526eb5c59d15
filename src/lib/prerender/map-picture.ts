/**
 * The map's prerendered picture: the default view of a data file with frozen positions, drawn at build time by
 * the live SVG renderer's own code (style.ts, camera.ts, aspect.ts, scene-labels.ts, svg-draw.ts into
 * markup.ts's serialising elements), for the page to paint before any script runs.
 *
 * The map's box is only known in the browser, so the picture is drawn for a reference box and fitted by CSS
 * (picture-css.ts) exactly as fitCamera fits the live map: a "fit box" the size of the scene's bounds at the
 * live zoom, centred in the map's box. The links and circles are an SVG whose viewBox is those bounds at the
 * reference zoom, so every position and radius scales with the live zoom; strokes keep their width (the CSS
 * sets non-scaling strokes). Labels are a second SVG at their own 12 px, placed in percentages of the fit box:
 * at the reference box they are the live labels; at other sizes the same labels stand at the same places (the
 * live map may then show a few more or fewer). Arrowheads scale with the picture.
 *
 * A phone held upright draws the layout stretched (aspect.ts): the picture comes in two variants, unstretched
 * for boxes at least `aspect / STRETCH_FROM` wide for their height, and at the full MAX_STRETCH for boxes at
 * most `aspect / MAX_STRETCH` wide; boxes in between (a square-ish window) get no picture.
 *
 * Colours: each fill and stroke of the light scene becomes a class whose colour is `light-dark(light, dark)`,
 * so the picture follows the page's colour scheme like the rest of the page.
 */
import type { Visibility } from '../filters/types.ts';
import type { GraphModel } from '../graph/model.ts';
import { aspectStretch, layoutAspect, MAX_STRETCH, STRETCH_FROM, stretched } from '../render/aspect.ts';
import { fitCamera } from '../render/camera.ts';
import { sceneLabels } from '../render/scene-labels.ts';
import { baseStyle, highlightScene, placeScene } from '../render/style.ts';
import { SvgDrawing } from '../render/svg-draw.ts';
import type { Scene, ThemeName } from '../render/types.ts';
import { splitGroups } from '../render/units.ts';
import { markupDocument, MarkupElement, serialize } from './markup.ts';

export interface PictureBox {
  readonly width: number;
  readonly height: number;
}

/**
 * Reference boxes: the map's box in the app at 1440 × 900 (a desktop) and at 375 × 812 (a phone), where the
 * picture's labels are exactly the live ones.
 */
export const WIDE_BOX: PictureBox = { width: 1136, height: 601 };
export const TALL_BOX: PictureBox = { width: 375, height: 589 };

/**
 * The zoom buttons over the map's bottom-right corner, which labels keep clear of (MapView measures them;
 * here: three 2.25 rem buttons 0.35 rem apart, 2.75 rem on phones).
 */
function controlsObstacle(box: PictureBox) {
  const button = box.width <= 760 ? 44 : 36;
  const width = button;
  const height = 3 * button + 2 * 5.6;
  return { x0: box.width - width - 16, y0: box.height - height - 16, x1: box.width, y1: box.height };
}

/** One variant of the picture, fitted by the CSS of picture-css.ts. */
export interface PictureVariant {
  /** `wide` (unstretched) or `tall` (stretched to MAX_STRETCH). */
  readonly kind: 'wide' | 'tall';
  /** World size of the scene's bounds (after the stretch): the fit box's aspect and the zoom's divisors. */
  readonly worldWidth: number;
  readonly worldHeight: number;
  /** Links and circles: an SVG element (no fit box around it yet). */
  readonly map: string;
  /** Labels: an SVG element. */
  readonly labels: string;
}

export interface MapPicture {
  readonly variants: readonly PictureVariant[];
  /** Stage aspects (width / height): `wide` from `wideFrom` up, `tall` up to `tallUpTo`. */
  readonly wideFrom: number;
  readonly tallUpTo: number;
  /** Colour classes: `f<i>` sets the fill, `s<i>` the stroke, to light-dark(light, dark). */
  readonly colors: readonly { readonly light: string; readonly dark: string }[];
}

export interface PictureInput {
  readonly model: GraphModel;
  readonly visibility: Visibility;
  /** Frozen positions of every company. */
  readonly positions: Float64Array;
  /** The live renderer's scoped class (SvgRenderer.svelte's `svelte-…`), so the app's own stylesheet applies. */
  readonly scopeClass: string;
}

function scene(input: PictureInput, positions: Float64Array, theme: ThemeName): Scene {
  const { model, visibility } = input;
  const base = baseStyle({ model, visibility, theme, edgeTitle: () => '', groups: splitGroups(model) });
  return highlightScene(placeScene(base, positions), {
    visibility,
    selection: undefined,
    hovered: undefined,
    theme,
    pinned: new Set(),
  });
}

/** Light colour → dark colour of the same marks; throws when one light colour has two dark ones. */
function colorPairs(light: Scene, dark: Scene): Map<string, string> {
  const pairs = new Map<string, string>();
  const pair = (a: string, b: string) => {
    const known = pairs.get(a);
    if (known !== undefined && known !== b) {
      throw new Error(`prerender: ${a} is ${known} and ${b} in the dark theme; the picture needs one`);
    }
    pairs.set(a, b);
  };
  const darkNodes = new Map(dark.nodes.map((n) => [n.id, n]));
  const darkEdges = new Map(dark.edges.map((e) => [e.id, e]));
  for (const n of light.nodes) pair(n.fill, darkNodes.get(n.id)?.fill ?? n.fill);
  for (const e of light.edges) pair(e.color, darkEdges.get(e.id)?.color ?? e.color);
  return pairs;
}

function variant(
  input: PictureInput,
  kind: PictureVariant['kind'],
  box: PictureBox,
  colorClass: (light: string, dark: string) => number,
): PictureVariant {
  const stretch = aspectStretch(input.positions, box.width, box.height);
  const expected = kind === 'wide' ? 1 : MAX_STRETCH;
  if (stretch.sy !== expected) {
    throw new Error(`prerender: the ${kind} reference box draws this layout stretched ${stretch.sy}×`);
  }
  const positions = stretched(input.positions, stretch);
  const light = scene(input, positions, 'light');
  const pairs = colorPairs(light, scene(input, positions, 'dark'));
  const camera = fitCamera(light.bounds, box.width, box.height);
  const labels = sceneLabels(light.nodes, camera, box, [controlsObstacle(box)], light.fade);

  const svg = new MarkupElement('svg');
  const over = new MarkupElement('svg');
  const drawing = new SvgDrawing(svg, over, markupDocument, { style: { transform: '' } });
  drawing.update(light, camera, labels, { ...box, moving: false });

  const { bounds } = light;
  const worldWidth = Math.max(1, bounds.x1 - bounds.x0);
  const worldHeight = Math.max(1, bounds.y1 - bounds.y0);
  const left = bounds.x0 * camera.k + camera.x;
  const top = bounds.y0 * camera.k + camera.y;
  const width = worldWidth * camera.k;
  const height = worldHeight * camera.k;

  for (const el of svg.walk()) {
    for (const name of ['data-node', 'data-deal', 'data-pair']) el.removeAttribute(name);
    const classes = el.attributes.get('class')?.split(' ') ?? [];
    for (const [name, prefix] of [
      ['fill', 'f'],
      ['stroke', 's'],
    ] as const) {
      const value = el.attributes.get(name);
      const dark = value === undefined ? undefined : pairs.get(value);
      if (value === undefined || dark === undefined) continue;
      el.removeAttribute(name);
      classes.push(`${prefix}${colorClass(value, dark)}`);
    }
    if (classes.length > 0) el.setAttribute('class', classes.join(' '));
    // Marker ids of the page's picture must not be the live map's (`url(#arrow-0)` finds the first in the page)
    // nor the other variant's, which is not displayed.
    const id = el.attributes.get('id');
    if (id !== undefined) el.setAttribute('id', `pr-${kind}-${id}`);
    const marker = el.attributes.get('marker-end');
    if (marker !== undefined) el.setAttribute('marker-end', marker.replace('url(#', `url(#pr-${kind}-`));
  }
  svg.setAttribute('class', `svg-map ${input.scopeClass}`);
  svg.setAttribute('viewBox', `${left} ${top} ${width} ${height}`);

  const percent = (value: string | undefined, from: number, size: number) =>
    `${(((Number(value) - from) / size) * 100).toFixed(2)}%`;
  for (const el of over.walk()) {
    if (el.name !== 'text') continue;
    el.setAttribute('x', percent(el.attributes.get('x'), left, width));
    el.setAttribute('y', percent(el.attributes.get('y'), top, height));
  }
  over.setAttribute('class', `svg-labels ${input.scopeClass}`);

  return { kind, worldWidth, worldHeight, map: serialize(svg), labels: serialize(over) };
}

/** Both variants of the picture of the default view, and the colour classes they use. */
export function mapPicture(input: PictureInput): MapPicture {
  const colors: { light: string; dark: string }[] = [];
  const index = new Map<string, number>();
  const colorClass = (light: string, dark: string): number => {
    const key = `${light} ${dark}`;
    let i = index.get(key);
    if (i === undefined) {
      i = colors.push({ light, dark }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const { aspect } = layoutAspect(input.positions);
  return {
    variants: [variant(input, 'wide', WIDE_BOX, colorClass), variant(input, 'tall', TALL_BOX, colorClass)],
    wideFrom: aspect / STRETCH_FROM,
    tallUpTo: aspect / MAX_STRETCH,
    colors,
  };
}
