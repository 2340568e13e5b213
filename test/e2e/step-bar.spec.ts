/**
 * The step bar never leaves one step alone on a line, never clips a name and
 * never breaks a word in the middle, at any window width, in every language
 * and the pseudo-locale (40% longer); when the names do not fit it
 * turns into two rows, then into a compact row of numbers. Checked on the
 * boxes the browser lays out (a word split over two lines has two boxes).
 */
import { ALL_LANGUAGES } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';

const WIDTHS = [1280, 1024, 800, 640, 480, 360] as const;

for (const { code: language } of ALL_LANGUAGES) {
  test(`step bar (${language}): no step alone on a line, nothing clipped, at ${WIDTHS.join('/')} px`, async ({ wizard, harness }) => {
    const { page } = wizard;
    if (language !== 'en') await speak(wizard, harness, language);
    await wizard.startLive();
    const items = page.locator('.progress li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // What a person sees: the frame after the resize (the bar picks its form on the resize event).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
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
      const split = await page.locator('.progress .step-name').evaluateAll((els) =>
        els.flatMap((el) => {
          const node = el.firstChild;
          if (!(node instanceof Text) || el.getClientRects().length === 0 || getComputedStyle(el).clipPath !== 'none') return [];
          const broken: string[] = [];
          for (const match of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
          return broken;
        }),
      );
      expect(split, `${width}px: words broken across lines`).toEqual([]);
      // A visible name wraps between its words onto two lines at most (else the bar takes the next form).
      const tall = await page.locator('.progress .step-name').evaluateAll((els) =>
        els.flatMap((el) => {
          if (el.getClientRects().length === 0 || getComputedStyle(el).clipPath !== 'none') return [];
          const range = document.createRange();
          range.selectNodeContents(el);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          return lines > 2 ? [`${el.textContent ?? ''}: ${lines} lines`] : [];
        }),
      );
      expect(tall, `${width}px: names on more than two lines`).toEqual([]);
      // Whatever the form, every step keeps its name for screen readers.
      await expect(items.nth(1)).toContainText(wizard.t('ui.step.connect'));
    }
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}
