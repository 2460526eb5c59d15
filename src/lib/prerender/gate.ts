import { BUNDLED_DATA } from '../data/prefetch.ts';
import { PARAM_NAMES } from '../state/view-params.ts';
import { bootApp, preloadData } from './boot.ts';

/**
 * Which loads may show the prerendered first view: only the default view of the full app, a URL without any of
 * the app's view parameters (url.ts; unknown keys such as utm_source are ignored by the app, so they still get
 * it). Any known parameter — a data file, an embed, the table, a theme, a selection — may change what the first
 * frame shows, so its load never paints the picture.
 *
 * `showsPrerender` is self-contained on purpose: the build writes its source text into the small classic
 * script that runs in the page's <head> before anything is painted (build-prerender.ts), with the app's
 * parameter names written in as a list, so the page runs exactly the function tested here.
 */
export function showsPrerender(search: string, known: readonly string[] = PARAM_NAMES): boolean {
  let keys: string[];
  try {
    keys = Array.from(new URLSearchParams(search).keys());
  } catch {
    return false;
  }
  for (const key of keys) if (known.indexOf(key) >= 0) return false;
  return true;
}

/**
 * The class the head script sets on <html> when the load shows the prerendered picture: the view is hidden
 * unless it is set (or scripting is off), so a browser that runs the script after painting (one that ignores
 * `blocking="render"`) paints the picture late, never on a view it does not belong to.
 */
export const PRERENDER_CLASS = 'adm-prerender';

/** The id of the prerendered first view's element. */
export const PRERENDER_ID = 'prerender';

/**
 * The id of an empty element at the end of the view: index.html blocks rendering until it is in the document
 * (`<link rel="expect">` waits for its target's start tag, so the target is the view's last element).
 */
export const PRERENDER_END_ID = 'prerender-end';

/** How long a page that gets no frames (a background tab) waits for the first frame before the app starts. */
export const BOOT_WAIT_MS = 1000;

/**
 * The head script: the function above, called on the page's address; then the app's start (boot.ts), its entry
 * module imported from `appModule` (the page's URL for it, as in the page's `modulepreload` link). Classic
 * script (no module), `async` with `blocking="render"` (prerender-html.ts): the browser parses the page while
 * it is fetched, and paints nothing before it has run; a strict policy (`script-src 'self'`) allows it.
 */
export function gateScript(appModule: string): string {
  const names = JSON.stringify(PARAM_NAMES);
  return (
    `(function(){var shows=${showsPrerender.toString()};var boot=${bootApp.toString()};` +
    `var preload=${preloadData.toString()};` +
    `var picture=shows(location.search,${names});` +
    `if(picture){document.documentElement.classList.add(${JSON.stringify(PRERENDER_CLASS)});` +
    `preload(document,${JSON.stringify(BUNDLED_DATA)});}` +
    `var app=new URL(${JSON.stringify(appModule)},document.baseURI).href;` +
    `boot(picture,function(){return import(app);},self,${BOOT_WAIT_MS});})();\n`
  );
}
