import { describe, expect, test } from 'vitest';
import { patched } from '../data/test-fixtures.ts';
import { exportFile } from './export-file.ts';
import { parseXml } from './parse-xml.test-helper.ts';
import { viewOf } from './test-fixtures.ts';

/** The exported map of a small file where only Microsoft has a valuation: its text and its circles' radii. */
async function image(size: 'volume' | 'valuation'): Promise<{ text: string; radii: number[] }> {
  const view = viewOf(
    patched((f) => {
      f.companies[3].valuations = [
        { date: '2025-07', usd: 4e12, kind: 'market-cap', source: { url: 'https://example.com/cap' } },
      ];
    }),
  );
  const file = await exportFile('svg', { ...view, size });
  const text = await file.blob.text();
  const radii = Array.from(parseXml(text, 'image/svg+xml').getElementsByTagName('circle'))
    .map((c) => Number(c.getAttribute('r')))
    .filter((r) => r > 3);
  return { text, radii };
}

describe('the map image with size=valuation', () => {
  test('sizes companies by valuation and says so in its legend', async () => {
    const volume = await image('volume');
    const valuation = await image('valuation');
    expect(volume.text).toContain('Size: deal volume');
    expect(valuation.text).toContain('Size: latest valuation (none known: neutral size)');
    expect(valuation.text).not.toContain('Size: deal volume');
    expect(valuation.radii).not.toEqual(volume.radii);
  });
});
