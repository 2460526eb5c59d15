import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { copyData } from './scripts/vite-copy-data.ts';
import { socialMeta } from './scripts/vite-social-meta.ts';

// Relative base: the build works from any sub-path of any static host.
// SITE_URL (optional, e.g. https://example.org/ai-deal-map/) makes the social-preview URLs absolute.
// scripts/build-single-file.ts builds the app a second time from this config into dist/ai-deal-map.html.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    copyData(fileURLToPath(new URL('.', import.meta.url))),
    socialMeta(process.env['SITE_URL']),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
