import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import { frozenEdition, patched } from '../lib/data/test-fixtures.ts';
import { validateDealMap } from '../lib/data/validate.ts';
import { formatDate } from '../lib/format/date.ts';
import { DEFAULT_SORT, sortDeals } from '../lib/table/sort.ts';
import { buildModel } from '../lib/graph/model.ts';
import DealTable from './DealTable.svelte';

const result = validateDealMap(frozenEdition());
if (!result.ok) throw new Error('the frozen edition should load');
const model = buildModel(result.value);
const noop = () => {};

function table(deals = model.deals, selectedId?: string): string {
  return render(DealTable, { props: { model, deals, onselectdeal: noop, onselectcompany: noop, selectedId } })
    .body;
}

test('caption with the count; sortable column headers; date sorted newest first by default', () => {
  const body = table();
  expect(body).toMatch(new RegExp(`<caption[^>]*>\\s*(<!--[^>]*-->\\s*)*${model.deals.length}\\s+deals`));
  expect(body.match(/<th scope="col"/g)).toHaveLength(7);
  expect(body.match(/aria-sort=/g)).toHaveLength(1);
  expect(body).toMatch(/<th scope="col" aria-sort="descending" class="date/);
  expect(body).toContain('sorted by date, newest first');
  const first = sortDeals(model, model.deals, DEFAULT_SORT)[0]!;
  expect(first.start).toBe(Math.max(...model.deals.map((d) => d.start ?? -Infinity)));
  const firstRow = body.slice(body.indexOf('<tbody'), body.indexOf('</tr>', body.indexOf('<tbody')));
  expect(firstRow).toContain(formatDate(first.deal.date));
  expect(firstRow).toContain(model.companies[first.from]!.name);
});

test('rows: amount, date, status badge, compact source hosts; the selected row is marked', () => {
  const aws = model.deals.filter((d) => d.deal.id === 'openai-aws-2025-compute');
  const body = table(aws, 'openai-aws-2025-compute');
  expect(body).toContain('aria-current="true"');
  expect(body).toContain('$38B');
  expect(body).toContain('3 Nov 2025');
  expect(body).toContain('Announced');
  expect(body).toContain('target="_blank"');
  expect(body).not.toMatch(/NaN|undefined/);
});

test('an empty list says so', () => {
  const body = table([]);
  expect(body).toContain('No deals match the current filters.');
  expect(body).toMatch(/0\s+deals/);
});

test('long lists are paged', () => {
  const big = validateDealMap(
    patched((f) => {
      for (let i = 0; i < 250; i++) {
        f.deals.push({ ...f.deals[0], id: `deal-${i}`, date: '2024-01-01' });
      }
    }),
  );
  if (!big.ok) throw new Error('should load');
  const m = buildModel(big.value);
  const body = render(DealTable, {
    props: { model: m, deals: m.deals, onselectdeal: noop, onselectcompany: noop },
  }).body;
  expect(body.replace(/<!--[^>]*-->/g, '')).toMatch(/252\s+deals, first 200 shown/);
  expect(body).toContain('Show 52 more');
  expect(body.match(/<tr/g)).toHaveLength(201);
});
