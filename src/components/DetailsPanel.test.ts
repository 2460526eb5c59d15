import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { frozenEdition, patched, type LooseFile } from '../lib/data/test-fixtures.ts';
import { validateDealMap } from '../lib/data/validate.ts';
import { applyFilters } from '../lib/filters/apply.ts';
import { NO_FILTERS, type FilterState } from '../lib/filters/types.ts';
import { buildModel, type GraphModel } from '../lib/graph/model.ts';
import DetailsPanel from './DetailsPanel.svelte';

function load(input: unknown): GraphModel {
  const result = validateDealMap(input);
  if (!result.ok) throw new Error('should load');
  return buildModel(result.value);
}
const edition = load(frozenEdition());
const fixture = (change: (f: LooseFile) => void = () => {}) => load(patched(change));

const noop = () => {};
function panel(
  model: GraphModel,
  kind: 'company' | 'deal',
  id: string,
  filters: Partial<FilterState> = {},
  oncompare?: (a: number, b: number) => void,
): string {
  const index = kind === 'company' ? model.companyIndex.get(id) : model.dealIndex.get(id);
  if (index === undefined) throw new Error(`no ${kind} ${id}`);
  const visibility = applyFilters(model, { ...NO_FILTERS, ...filters });
  const { body } = render(DetailsPanel, {
    props: {
      model,
      selection: { kind, index },
      visibility,
      scope: `as of ${filters.asof ?? 'the data date'}`,
      onselectcompany: noop,
      onselectdeal: noop,
      onclose: noop,
      oncompare,
    },
  });
  return body;
}
/** The visible text, roughly: tags and comments dropped, whitespace collapsed, entities for & < > decoded. */
const text = (body: string) =>
  body
    .replace(/<!--[^>]*-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('DetailsPanel', () => {
  test('nothing without a valid selection', () => {
    const props = {
      model: edition,
      visibility: applyFilters(edition, NO_FILTERS),
      scope: '',
      onselectcompany: noop,
      onselectdeal: noop,
      onclose: noop,
    };
    expect(text(render(DetailsPanel, { props: { ...props, selection: undefined } }).body).trim()).toBe('');
    const bad = { kind: 'deal' as const, index: 9999 };
    expect(text(render(DetailsPanel, { props: { ...props, selection: bad } }).body).trim()).toBe('');
  });

  test('a region labelled by its heading, with a labelled close button', () => {
    const body = panel(edition, 'deal', 'openai-aws-2025-compute');
    const id = /<h2 id="([^"]+)"/.exec(body)?.[1];
    expect(id).toBeDefined();
    expect(body).toContain(`<section class="panel`);
    expect(body).toContain(`aria-labelledby="${id}"`);
    expect(body).toContain('aria-label="Close details"');
  });

  test('deal: parties, direction in words, amount, term, date, status, sources', () => {
    const t = text(panel(edition, 'deal', 'openai-aws-2025-compute'));
    expect(t).toContain('OpenAI → to AWS');
    expect(t).toContain('OpenAI pays AWS for compute.');
    expect(t).toContain('$38B');
    expect(t).toContain('Counts as $38B in totals.');
    expect(t).toContain('7 years');
    expect(t).toContain('3 Nov 2025');
    expect(t).toContain('Announced');
    expect(t).toMatch(/Sources \(\d+\)/);
    expect(t).not.toMatch(/NaN|undefined/);
  });

  test('deal: EUR amount, rate over a term, superseded, terminated, unconfirmed', () => {
    expect(text(panel(edition, 'deal', 'asml-mistral-2025-investment'))).toContain('€1.3B ≈ $1.5B');
    const rate = text(panel(edition, 'deal', 'anthropic-spacex-2026-colossus'));
    expect(rate).toContain('$1.25B/mo (~$45B over 3 yr)');
    expect(rate).toContain('the monthly rate over the 3-year term');
    expect(text(panel(edition, 'deal', 'nvidia-openai-2025-loi'))).toContain(
      'Not added to totals: superseded by',
    );
    const terminated = text(panel(edition, 'deal', 'coreweave-core-scientific-2025-acquisition'));
    expect(terminated).toContain('Terminated');
    expect(terminated).toContain('Not added to totals: the deal was called off.');
    const overlap = text(panel(edition, 'deal', 'meta-coreweave-2025-compute'));
    expect(overlap).toContain('Not added to totals: overlaps');
    expect(text(panel(edition, 'deal', 'nvidia-hugging-face-2026-acquisition'))).toContain(
      'Unconfirmed: reported by the press',
    );
  });

  test('deal: unsourced, and markup from data shown as text', () => {
    const m = fixture((f) => {
      f.deals[0].sources = [];
      f.deals[0].summary = '<script>alert(1)</script>';
      f.companies[0].name = '<b>OpenAI</b>';
    });
    const body = panel(m, 'deal', 'openai-aws-2025-compute');
    expect(body).not.toContain('<script>');
    expect(body).not.toContain('<b>OpenAI');
    const t = text(body);
    expect(t).toContain('Unsourced');
    expect(t).toContain('<script>alert(1)</script>');
    expect(body).toContain('<bdi>&lt;b>OpenAI&lt;/b></bdi>');
  });

  test('company: category, facts, unit of a parent, totals and deals newest first', () => {
    const aws = text(panel(edition, 'company', 'aws'));
    expect(aws).toContain('Hyperscaler');
    expect(aws).toContain('Unit of Amazon');
    expect(aws).toContain('Also known as Amazon Web Services');
    expect(aws).toContain('Money in');
    expect(aws).toContain('No money paid in these deals.');
    const amazon = text(panel(edition, 'company', 'amazon'));
    expect(amazon).toMatch(/Units? AWS/);

    const m = fixture();
    const openai = text(panel(m, 'company', 'openai'));
    expect(openai).toContain('Money out $38B 1 deal');
    expect(openai).toContain('Money in Undisclosed 1 deal');
    expect(openai.indexOf('to AWS')).toBeLessThan(openai.indexOf('from Microsoft'));
    expect(openai).toContain('Deals (2)');
  });

  test('company totals and deals follow the as-of date and the filters, and say so', () => {
    const m = fixture((f) => {
      f.deals.push({
        id: 'microsoft-openai-2023-investment',
        from: 'microsoft',
        to: 'openai',
        type: 'investment',
        date: '2023-01',
        amount: { value: 10e9 },
        status: 'completed',
        sources: [{ url: 'https://example.com/2023' }],
      });
    });
    const now = text(panel(m, 'company', 'openai'));
    expect(now).toContain('Money in $10B 2 deals');
    const then = text(panel(m, 'company', 'openai', { asof: '2022-12-31' }));
    expect(then).toContain('Deals as of 2022-12-31.');
    expect(then).toContain('Money in Undisclosed 1 deal');
    expect(then).toContain('No money paid in these deals.');
    expect(then).toContain('Deals (1)');
    expect(then).toContain('2 more deals are hidden by the filters or dated after the view');
    const computeOnly = text(panel(m, 'company', 'openai', { types: ['compute'] }));
    expect(computeOnly).toContain('Money out $38B 1 deal');
    expect(computeOnly).toContain('No money received in these deals.');
  });

  test('a relationship that ended: "ended" in the list, not in totals after its end date', () => {
    const m = fixture((f) => {
      f.deals[1].amount = { value: 1e9 };
      f.deals[1].endDate = '2025-01-21';
    });
    const before = text(panel(m, 'deal', 'microsoft-openai-2019-investment', { asof: '2025-01-20' }));
    expect(before).toContain('Counts as $1B in totals.');
    expect(before).toContain('Ends 21 Jan 2025');
    const after = text(panel(m, 'deal', 'microsoft-openai-2019-investment', { asof: '2025-06' }));
    expect(after).toContain('Ended 21 Jan 2025: not in totals as of 2025-06.');
    const company = text(panel(m, 'company', 'openai', { asof: '2025-06' }));
    expect(company).toContain('ended 21 Jan 2025');
    expect(company).toContain('No money received in these deals.');
    expect(company).toContain('1 deal is not added');
  });

  test('"Compare with…" is offered on a company when comparing is possible, never on a deal or in embeds', () => {
    const m = fixture();
    const company = panel(m, 'company', 'openai', {}, noop);
    expect(text(company)).toContain('Compare with…');
    // Closed until pressed: the picker is not in the page yet.
    expect(company).toMatch(/<button[^>]*aria-expanded="false"[^>]*>Compare with…/);
    expect(company).not.toContain('role="combobox"');
    expect(text(panel(m, 'deal', 'microsoft-openai-2019-investment', {}, noop))).not.toContain(
      'Compare with',
    );
    expect(text(panel(m, 'company', 'openai'))).not.toContain('Compare with');
  });
});
