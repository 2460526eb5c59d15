import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { copyData } from './scripts/vite-copy-data.ts';

// Relative base: the build works from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [svelte(), copyData(fileURLToPath(new URL('.', import.meta.url)))],
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
