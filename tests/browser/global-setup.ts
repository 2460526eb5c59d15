// Vitest globalSetup for the browser tests: serve dist/ and hand its URL to the tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { DIST_DIR, startStaticServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server over dist/, e.g. "http://127.0.0.1:41234" (no trailing slash). */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const index = path.join(DIST_DIR, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`Browser tests need a build: ${index} is missing. Run \`npm run build\` first.`);
  }
  const server = await startStaticServer();
  project.provide('baseURL', server.url);
  return () => server.close();
}
