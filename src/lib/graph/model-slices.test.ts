import { describe, expect, test } from 'vitest';
import { frozenEdition } from '../data/test-fixtures.ts';
import { fakeTime } from '../data/test-slices.ts';
import { validateDealMap } from '../data/validate.ts';
import { buildModel, buildModelInSlices, type GraphModel } from './model.ts';

function frozenMap() {
  const result = validateDealMap(frozenEdition());
  if (!result.ok) throw new Error('the frozen edition should load');
  return result.value;
}

describe('the model built in slices', () => {
  test('is the model built at once, and gives the page its turn between its pieces', async () => {
    const map = frozenMap();
    const time = fakeTime();
    const sliced = await buildModelInSlices(map, { budgetMs: 0, ...time });
    const pauses = time.state.pauses;
    const whole = buildModel(map);
    expect(sliced).toEqual(whole);
    // A record holds its index only (deal-records.ts): what it reads is compared too.
    const fields = (m: GraphModel) =>
      m.deals.map((d) => [
        d.deal,
        d.from,
        d.to,
        d.type,
        d.start,
        d.end,
        d.headline,
        d.unconfirmed,
        d.excludedReason,
      ]);
    expect(fields(sliced)).toEqual(fields(whole));
    // After sorting the deals, the counting plan, the deal records and each company's deals.
    expect(pauses).toBe(4);
  });

  test('a small model within the time budget is built without a pause', async () => {
    const time = fakeTime();
    await buildModelInSlices(frozenMap(), { budgetMs: 1000, now: () => 0, pause: time.pause });
    expect(time.state.pauses).toBe(0);
  });
});
