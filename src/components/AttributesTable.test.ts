import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { patched } from '../lib/data/test-fixtures.ts';
import { validateDealMap } from '../lib/data/validate.ts';
import { applyFilters } from '../lib/filters/apply.ts';
import { NO_FILTERS } from '../lib/filters/types.ts';
import { buildModel } from '../lib/graph/model.ts';
import DetailsPanel from './DetailsPanel.svelte';

const noop = () => {};

function panel(change: Parameters<typeof patched>[0], kind: 'company' | 'deal', id: string): string {
  const result = validateDealMap(patched(change));
  if (!result.ok) throw new Error('should load');
  const model = buildModel(result.value);
  const index = (kind === 'company' ? model.companyIndex : model.dealIndex).get(id) ?? -1;
  return render(DetailsPanel, {
    props: {
      model,
      selection: { kind, index },
      visibility: applyFilters(model, NO_FILTERS),
      scope: 'as of the data date',
      onselectcompany: noop,
      onselectdeal: noop,
      onclose: noop,
    },
  }).body;
}

describe('fields from the file in the details panel', () => {
  test("a deal's attributes are a table of text; an http(s) address is a gated link, anything else text", () => {
    const body = panel(
      (f) => {
        f.deals[0].attributes = {
          weight: 1234.5,
          public: true,
          note: '<img src=x onerror=alert(1)>',
          page: 'https://example.org/a?b=1',
          trap: 'javascript:alert(1)',
        };
      },
      'deal',
      'openai-aws-2025-compute',
    );
    expect(body).toContain('Fields from the file');
    expect(body.replace(/<!--[^>]*-->| class="[^"]*"/g, '')).toContain(
      '<th scope="row"><bdi>weight</bdi></th><td><bdi>1,234.5</bdi></td>',
    );
    expect(body).toContain('<bdi>yes</bdi>');
    expect(body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('href="https://example.org/a?b=1"');
    expect(body).not.toContain('href="javascript:');
    expect(body).toContain('<bdi>javascript:alert(1)</bdi>');
  });

  test("a company's attributes show too; without attributes there is no table", () => {
    const body = panel((f) => (f.companies[0].attributes = { founder: 'Sam' }), 'company', 'openai');
    expect(body).toContain('<bdi>founder</bdi>');
    expect(panel(() => undefined, 'company', 'openai')).not.toContain('Fields from the file');
  });
});
