/**
 * The prerendered first view, rendered at build time (scripts/build-prerender.ts loads this module through
 * Vite's server-side rendering, so the components are the app's own): the page as the app lays it out for the
 * bundled data's default view — top bar, filter column, the map's box with its zoom buttons, the time
 * control's reserved row and the legend — with the map's picture (map-picture.ts) in the box.
 *
 * It is markup only: inert and hidden from assistive technology (the app's accessible page arrives with the
 * app), ids removed (the live page's own ids must stay unique), and Svelte's hydration comments dropped.
 * What loads after the first view in the app (the filter panel's controls, the time control, the where-to-start
 * hint) is not in it either.
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import CopyLink from './components/CopyLink.svelte';
import Legend from './components/Legend.svelte';
import MapView from './components/map/MapView.svelte';
import SvgRenderer from './components/map/SvgRenderer.svelte';
import OpenFile from './components/OpenFile.svelte';
import StoryMenu from './components/StoryMenu.svelte';
import Workspace from './components/Workspace.svelte';
import { parseDealMapText } from './lib/data/parse.ts';
import { BUNDLED_DATA } from './lib/data/prefetch.ts';
import { applyFilters } from './lib/filters/apply.ts';
import { buildModel } from './lib/graph/model.ts';
import { isComplete, positionsFromMap } from './lib/layout/positions.ts';
import { PRERENDER_END_ID, PRERENDER_ID } from './lib/prerender/gate.ts';
import { mapPicture, type MapPicture } from './lib/prerender/map-picture.ts';
import { pictureCss } from './lib/prerender/picture-css.ts';
import { themedMarkup } from './lib/prerender/theme-colors.ts';
import { drawsHairlines } from './lib/render/renderer-choice.ts';
import type { ThemeName } from './lib/render/types.ts';
import { dataSourceLabel } from './lib/state/data-source.ts';
import { mapSummary } from './lib/state/summary.ts';
import { DEFAULT_VIEW } from './lib/state/view-params.ts';

export interface PrerenderedPage {
  /** The view's element, to go into <body>. */
  readonly html: string;
  /** Its stylesheet. */
  readonly css: string;
}

const noop = () => undefined;
/** Where the picture goes, until the rest of the page's markup is cleaned. */
const PICTURE = '\ue000picture\ue000';

/** Markup for a snippet prop. */
function raw(html: string) {
  return createRawSnippet(() => ({ render: () => html }));
}

/** Server-rendered markup without hydration comments, ids or references to ids. */
function clean(html: string): string {
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\s(?:id|for|aria-controls|aria-labelledby|aria-describedby)="[^"]*"/g, '');
}

function scopeOf(html: string, className: string): string {
  const scope = new RegExp(`class="${className} (svelte-[\\w-]+)"`).exec(html)?.[1];
  if (!scope) throw new Error(`prerender: no scoped class on .${className}`);
  return scope;
}

function pictureMarkup(picture: MapPicture): string {
  const fits = picture.variants.map((v) => `<div class="pr-fit pr-${v.kind}">${v.map}${v.labels}</div>`);
  return `<div class="pr-map">${fits.join('')}</div>`;
}

/** The prerendered default view of the bundled data file (its JSON text), whose positions are all frozen. */
export function prerenderPage(dataText: string): PrerenderedPage {
  const origin = dataSourceLabel(BUNDLED_DATA);
  const result = parseDealMapText(dataText, origin);
  if (!result.ok) throw new Error(`prerender: ${origin} does not load`);
  const model = buildModel(result.value);
  const positions = positionsFromMap(model, model.map.layout);
  if (!isComplete(positions)) throw new Error(`prerender: ${origin} has companies without frozen positions`);
  const visibility = applyFilters(model, DEFAULT_VIEW);
  const params = DEFAULT_VIEW;

  // The live renderer's markup, drawn empty: its scoped class, for the picture's SVGs.
  const stage = render(SvgRenderer, {
    props: {
      scene: { nodes: [], edges: [], bounds: { x0: 0, y0: 0, x1: 1, y1: 1 } },
      camera: { x: 0, y: 0, k: 1 },
      width: 0,
      height: 0,
      labels: [],
      theme: 'light',
    },
  }).body;
  const picture = mapPicture({ model, visibility, positions, scopeClass: scopeOf(stage, 'svg-stage') });

  // MapView draws nothing on the server (its box has no size yet): its box, summary and zoom buttons, with the
  // picture put in first.
  const mapView = render(MapView, {
    props: {
      model,
      positions,
      visibility,
      selection: undefined,
      theme: 'light',
      edgeTitle: () => '',
      fitKey: '',
      pageScroll: false,
      onselect: noop,
      summary: mapSummary(model, visibility),
    },
  }).body;
  const boxStart = /<div class="map-view[^"]*"[^>]*>/.exec(mapView);
  if (!boxStart) throw new Error('prerender: MapView has no .map-view box');
  const at = boxStart.index + boxStart[0].length;
  // The picture goes in after the ids are taken out of the rest (its arrowheads' markers keep theirs).
  const map = `${mapView.slice(0, at)}${PICTURE}${mapView.slice(at)}`;

  const legendIn = (theme: ThemeName) =>
    render(Legend, {
      props: {
        model,
        theme,
        size: params.size,
        sized: undefined,
        visible: visibility.companies,
        onsize: noop,
        hairlines: drawsHairlines('svg', visibility.visibleDeals.length),
      },
    }).body;
  // One legend for both themes (its colours follow the colour scheme), open on desktops and closed on phones
  // as Legend.svelte draws it there.
  const legend = themedMarkup(legendIn('light'), legendIn('dark'));
  const open = legend.markup.replace(/<details class="legend/, '<details open class="legend');
  if (open === legend.markup) throw new Error('prerender: the legend is not a <details class="legend">');
  const legends = [
    `<div class="pr-legend pr-open">${open}</div>`,
    `<div class="pr-legend pr-closed">${legend.markup}</div>`,
  ];

  // The top bar's actions, as App.svelte writes them for the bundled data (before the circular flows are counted).
  const header = [
    render(StoryMenu, {
      props: {
        stories: model.map.stories,
        current: undefined,
        hrefOf: (id: string) => `?story=${id}`,
        onpick: noop,
      },
    }).body,
    '<button type="button" aria-expanded="false">Circular flows</button>',
    render(OpenFile, { props: { onfiles: noop } }).body,
    '<button type="button">Export</button>',
    render(CopyLink, { props: { url: () => '' } }).body,
    '<button type="button">Embed</button>',
  ].join(' ');

  const workspace = render(Workspace, {
    props: {
      model,
      params,
      visibility,
      selection: undefined,
      notices: [],
      issues: result.issues,
      origin,
      onupdate: noop,
      onfilters: noop,
      onreset: noop,
      onselect: noop,
      scope: '',
      mapDrawn: false,
      timeSlot: model.extent !== undefined,
      header: raw(header),
      map: raw(map),
      legend: raw(legends.join('')),
      time: raw(''),
    },
  }).body;

  const page = clean(workspace);
  if (page.split(PICTURE).length !== 2) throw new Error('prerender: the map box is not in the page once');
  const view = page.replace(PICTURE, () => pictureMarkup(picture));
  const html = `<div id="${PRERENDER_ID}" aria-hidden="true" inert>${view}<span id="${PRERENDER_END_ID}" hidden></span></div>`;
  return { html, css: pictureCss(picture, legend.pairs) };
}
