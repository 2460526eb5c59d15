import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { bestSourcedDeal, bundledData, busiestCompany } from './data.ts';
import { openPage, screenshot } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const data = bundledData();
const company = busiestCompany(data).id;
const scenes: [string, string][] = [
  ['map', '/'],
  ['phone-menu', '/'],
  ['focused', `/?focus=${company}&select=${company}`],
  ['deal', `/?select=${bestSourcedDeal(data).id}`],
  ['table', '/?view=table'],
  ['embed', `/?embed=1&focus=${company}`],
  ['embed-dialog', `/?focus=${company}`],
  ['compare-picker', `/?select=${company}`],
  ['bad-data-link', '/?data=no-such-file.json'],
];

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of scenes) {
      test(`${name} view, ${scheme}: no serious or critical violations`, async () => {
        const phone = name === 'phone-menu' ? { viewport: { width: 375, height: 812 } } : {};
        const { page } = await openPage(path, { colorScheme: scheme, ...phone });
        if (name === 'bad-data-link')
          await page.getByRole('alert').getByText('no-such-file.json').first().waitFor();
        else
          await page
            .locator(name === 'table' ? 'table' : '[data-company]')
            .first()
            .waitFor();
        if (path.includes('select=')) await page.getByRole('button', { name: 'Close details' }).waitFor();
        // The plain map's first load shows the where-to-start hint: it is checked too.
        if (name === 'map') await page.getByRole('region', { name: 'Where to start' }).waitFor();
        if (name === 'phone-menu') {
          await page.getByRole('button', { name: 'Menu' }).click();
          await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
        }
        if (name === 'compare-picker') {
          await page.getByRole('button', { name: 'Compare with…' }).click();
          await page
            .getByRole('combobox', { name: 'Compare with' })
            .fill(data.companies[0]?.name.slice(0, 1) ?? 'a');
          await page.getByRole('listbox', { name: 'Compare with' }).getByRole('option').first().waitFor();
        }
        if (name === 'embed-dialog') {
          await page.getByRole('button', { name: 'Embed' }).click();
          await page.getByText('Pinned to data edition').waitFor();
        }
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }
          ).axe;
          return (await axe.run(document)).violations;
        })) as AxeViolation[];
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          );
        if (serious.length) await screenshot(page, `a11y-${name}-${scheme}`);
        expect(serious).toEqual([]);
      });
    }
  }
});
