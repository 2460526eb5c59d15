// Writes data/schema.json from the validator's schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../src/lib/data/json-schema.ts';

const target = new URL('../data/schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
