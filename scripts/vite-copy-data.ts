/**
 * Vite plugin: ships the data folder's JSON files (the bundled map, versioned copies under data/v/, the
 * JSON Schema) next to the app, at the same relative paths as in development.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

export function copyData(root: string): Plugin {
  return {
    name: 'ai-deal-map:copy-data',
    apply: 'build',
    generateBundle() {
      const dataDir = join(root, 'data');
      for (const file of jsonFiles(dataDir)) {
        const fileName = `data/${relative(dataDir, file).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}
