import { PARAM_NAMES } from '../state/view-params.ts';

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

/** The class the head script sets on <html> when the load must not show the prerendered picture. */
export const NO_PRERENDER_CLASS = 'adm-no-prerender';

/** The id of the prerendered first view's element. */
export const PRERENDER_ID = 'prerender';

/**
 * The head script: the function above, called on the page's address. Classic script (no module): it runs
 * while the head is parsed, before the first paint, under a strict policy (`script-src 'self'`).
 */
export function gateScript(): string {
  return (
    `(function(){var shows=${showsPrerender.toString()};` +
    `if(!shows(location.search,${JSON.stringify(PARAM_NAMES)}))` +
    `document.documentElement.classList.add(${JSON.stringify(NO_PRERENDER_CLASS)});})();\n`
  );
}
