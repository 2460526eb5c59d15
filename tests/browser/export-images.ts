// Shared by the CSP and single-file tests: export the current view as SVG and PNG through the app's Export
// control, when the app has one.
import type { Page } from 'playwright-core';

/** If the app has an Export control, export the view as SVG and as PNG; the suggested file names. */
export async function exportImages(page: Page): Promise<string[]> {
  const exportButton = page.getByRole('button', { name: /^Export\b/ });
  if ((await exportButton.count()) === 0) return [];
  const files: string[] = [];
  for (const format of ['SVG', 'PNG']) {
    const control = page
      .getByRole('menuitem', { name: new RegExp(`\\b${format}\\b`) })
      .or(page.getByRole('button', { name: new RegExp(`\\b${format}\\b`) }))
      .or(page.getByRole('link', { name: new RegExp(`\\b${format}\\b`) }))
      .first();
    if (!(await control.isVisible())) {
      if ((await exportButton.first().getAttribute('aria-expanded')) !== 'true') {
        await exportButton.first().click();
      }
    }
    const download = page.waitForEvent('download', { timeout: 10_000 });
    await control.click();
    files.push((await download).suggestedFilename());
  }
  return files;
}
