// Imported first by main.ts: requests the bundled data file as the app's code starts, when the page will show
// it (see src/lib/data/prefetch.ts), so the download overlaps with mounting the app.
import { inlineDataText } from './lib/data/inline-data.ts';
import { prefetchBundledData } from './lib/data/prefetch.ts';

prefetchBundledData(window.location.search, inlineDataText() !== undefined);
