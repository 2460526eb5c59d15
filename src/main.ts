// First: the bundled data starts downloading while the rest of the app's code runs.
import './prefetch-data.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target) mount(App, { target });
