import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium (via playwright-core) against the built app in dist/.
// Run with `npm run test:browser` after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // One Chromium at a time: CI machines have 2 cores.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
