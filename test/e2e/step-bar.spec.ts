/**
 * The step bar never leaves one step alone on a line and never clips a name,
 * at any window width, in English, the pseudo-locale (40% longer), Russian
 * and Hindi; on a narrow window it turns into a compact row of numbers.
 * Checked on the bounding boxes the browser lays out.
 */
import type { Language } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';

const WIDTHS = [1280, 1024, 800, 640, 480, 360] as const;

for (const language of ['en', 'en-XA', 'ru', 'hi'] as const satisfies readonly Language[]) {
  test(`step bar (${language}): no step alone on a line, nothing clipped, at ${WIDTHS.join('/')} px`, async ({ wizard, harness }) => {
    const { page } = wizard;
    if (language !== 'en') await speak(wizard, harness, language);
    await wizard.startLive();
    const items = page.locator('.progress li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const boxes = await items.evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return { top: Math.round(box.top), left: box.left, right: box.right, clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 };
        }),
      );
      const rows = new Map<number, number>();
      for (const box of boxes) rows.set(box.top, (rows.get(box.top) ?? 0) + 1);
      const sizes = [...rows.values()];
      expect(Math.min(...sizes), `${width}px rows ${JSON.stringify(sizes)}`).toBeGreaterThanOrEqual(2);
      expect(sizes.length, `${width}px rows ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(2);
      for (const [index, box] of boxes.entries()) {
        expect(box.clipped, `${width}px step ${index + 1} clipped`).toBe(false);
        expect(box.left, `${width}px step ${index + 1}`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${width}px step ${index + 1}`).toBeLessThanOrEqual(width);
      }
      // Whatever the form, every step keeps its name for screen readers.
      await expect(items.nth(1)).toContainText(wizard.t('ui.step.connect'));
    }
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}
