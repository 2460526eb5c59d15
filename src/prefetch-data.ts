// Imported first by main.ts: requests the data file the page will show as the app's code starts
// (src/lib/state/data-source.ts, src/lib/data/prefetch.ts), so the download overlaps with mounting the app. A
// `data=` file other than the bundled one may have no frozen positions: the layout code is fetched alongside.
import { inlineDataText } from './lib/data/inline-data.ts';
import { prefetchPageData } from './lib/state/data-source.ts';

if (prefetchPageData(window.location.href, inlineDataText() !== undefined) === 'other')
  void import('./lib/layout/force-layout.ts');
