/**
 * The JSON Schema of the data format, generated from the validator's own valibot schema so the two cannot
 * drift apart. Editors (VS Code and others) use it through the data file's `$schema`.
 * Rules across items (ids that must exist or be unique, end after start, link safety) are validator-only.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { fileSchema } from './schema.ts';

export function buildJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(fileSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/ai-deal-map/ai-deal-map/data/schema.json',
    title: 'AI Deal Map data file (ai-deal-map/1)',
    description:
      'Companies and the deals between them. Direction is money direction: from pays or invests, to receives. ' +
      'See data/README.md. Cross-item rules (unknown or duplicate ids, end before start, link safety) are ' +
      "checked by the app's validator only.",
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
