// First: the bundled data starts downloading while the rest of the app's code runs.
import './prefetch-data.ts';
import { mount } from 'svelte';
import { afterPrerenderPaint, startPrerender } from './lib/prerender/handover.ts';
import App from './App.svelte';
import './app.css';

function start(): void {
  const target = document.getElementById('app');
  if (target) mount(App, { target });
}

// The built page's prerendered first view stays until the live map's first frame, on the default view only.
// It is painted first: mounting the app is a long task, which would otherwise hold up the page's first paint.
if (startPrerender()) afterPrerenderPaint(start);
else start();
