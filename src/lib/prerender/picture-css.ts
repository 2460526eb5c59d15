/**
 * The stylesheet of the prerendered first view (a file of its own: the strict policy allows no inline style).
 *
 * - The view covers the page (fixed, over the app's element, which mounts under it) until the app's live map
 *   has drawn its first frame (handover.ts removes it); only the default view (gate.ts's class on <html>) and a
 *   page without scripts show it.
 * - The map's box is a size container. Each variant's fit box is fitCamera's fit in CSS: the scene's bounds at
 *   the zoom k = min((W − 2·pad − 24 px) / w, (H − 2·pad − 32 px) / h, 2.5), centred in the box, with pad
 *   24 px, or 8 px in a box under 520 px either way (camera.ts).
 * - A variant is shown only for the box aspects it is drawn for (map-picture.ts), none in between.
 * - Light and dark: every colour class is `light-dark()`, and so is each colour the legend writes in its
 *   markup (theme-colors.ts); the legend's open (desktop) and closed (phone) forms are swapped by width.
 */
import type { MapPicture, PictureVariant } from './map-picture.ts';
import { FIT } from '../render/camera.ts';
import { PRERENDER_CLASS, PRERENDER_ID } from './gate.ts';
import { themeRules } from './theme-colors.ts';

// The map is fitted as fitCamera fits it.
const { padWide: PAD_WIDE, padNarrow: PAD_NARROW, narrowBelow: NARROW_BELOW } = FIT;
const { labelRoomX: LABEL_ROOM_X, labelRoomY: LABEL_ROOM_Y, maxScale: MAX_ZOOM_FIT } = FIT;
/** Where the app's layout turns to its phone form (Workspace.svelte, Legend.svelte). */
const PHONE_UP_TO = 760;

/** A stage aspect as an integer ratio (container queries compare ratios). */
function ratio(aspect: number): string {
  return `${Math.round(aspect * 10000)}/10000`;
}

function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function fitBox(v: PictureVariant): string {
  const roomX = `(100cqw - 2 * var(--pr-pad) - ${LABEL_ROOM_X}px)`;
  const roomY = `(100cqh - 2 * var(--pr-pad) - ${LABEL_ROOM_Y}px)`;
  const aspect = v.worldWidth / v.worldHeight;
  return (
    `.pr-fit.pr-${v.kind}{` +
    `width:min(${roomX},${roomY} * ${n(aspect)},${n(MAX_ZOOM_FIT * v.worldWidth)}px);` +
    `height:min(${roomX} * ${n(1 / aspect)},${roomY},${n(MAX_ZOOM_FIT * v.worldHeight)}px)}`
  );
}

export function pictureCss(picture: MapPicture, legendColors: ReadonlyMap<string, string>): string {
  const id = `#${PRERENDER_ID}`;
  const rules = [
    // Contained: the app mounting under it does not lay it out again. Shown when the head script says so, or
    // when scripts do not run.
    `${id}{display:none;position:fixed;inset:0;z-index:30;overflow:hidden;contain:strict;background:var(--bg);color:var(--text)}`,
    `.${PRERENDER_CLASS} ${id}{display:block}`,
    `@media (scripting:none){${id}{display:block}}`,
    // Without JavaScript the picture stays, with the page's note (browsers hide <noscript> when scripts run).
    `noscript{position:fixed;z-index:31;left:0;right:0;bottom:0;padding:0.5rem 1rem;background:var(--surface);border-top:1px solid var(--border)}`,
    `.pr-map{position:absolute;inset:0;container-type:size;pointer-events:none}`,
    `.pr-fit{display:none;position:absolute;inset:0;margin:auto;--pr-pad:${PAD_WIDE}px}`,
    `@container (width < ${NARROW_BELOW}px) or (height < ${NARROW_BELOW}px){.pr-fit{--pr-pad:${PAD_NARROW}px}}`,
    ...picture.variants.map(fitBox),
    `@container (aspect-ratio >= ${ratio(picture.wideFrom)}){.pr-fit.pr-wide{display:block}}`,
    `@container (aspect-ratio <= ${ratio(picture.tallUpTo)}){.pr-fit.pr-tall{display:block}}`,
    `.pr-fit>svg{position:absolute;inset:0;width:100%;height:100%;overflow:visible}`,
    `.pr-fit .svg-map path,.pr-fit .svg-map circle{vector-effect:non-scaling-stroke}`,
    ...picture.colors.flatMap((c, i) => [
      `.pr-fit .f${i}{fill:light-dark(${c.light},${c.dark})}`,
      `.pr-fit .s${i}{stroke:light-dark(${c.light},${c.dark})}`,
    ]),
    // The legend: open on desktops and closed on phones, as Legend.svelte draws it there; its colours follow
    // the colour scheme.
    `.pr-legend{display:none}`,
    `@media (min-width:${PHONE_UP_TO + 1}px){.pr-legend.pr-open{display:contents}}`,
    `@media (max-width:${PHONE_UP_TO}px){.pr-legend.pr-closed{display:contents}}`,
    ...themeRules('.pr-legend', legendColors),
  ];
  return `${rules.join('\n')}\n`;
}
