// First: the bundled data starts downloading while the rest of the app's code runs.
import './prefetch-data.ts';
import { mount } from 'svelte';
import { startPrerender } from './lib/prerender/handover.ts';
import App from './App.svelte';
import './app.css';

// The built page's prerendered first view stays until the live map's first frame, on the default view only.
// This module runs once that view has been painted: the page's head script imports it then (boot.ts).
startPrerender();
const target = document.getElementById('app');
if (target) mount(App, { target });
