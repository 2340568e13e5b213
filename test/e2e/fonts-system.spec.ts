/**
 * System fonts come first (issue 12): on a machine that has Noto Sans
 * Devanagari and Noto Sans Arabic (fonts-noto-core), Hindi and Arabic are
 * drawn in the system's copy and the fonts the app ships are not even
 * fetched. fonts.spec.ts checks the shipped ones on a system without them.
 */
import { test, expect } from './support/fixtures';
import { CASES, fontRequests, renderedFonts } from './support/fonts';
import { speak } from './support/language';

for (const { language, family, letter } of CASES) {
  test(`${language}: the system's font comes first and the shipped one is not fetched`, async ({ wizard, harness }) => {
    const { page } = wizard;
    const fetched = fontRequests(page);
    await speak(wizard, harness, language);
    await expect(page.locator('h1')).toHaveText(letter);
    await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
    const fonts = await renderedFonts(page, 'h1');
    expect(fonts.some((font) => font.familyName.startsWith(family) && !font.isCustomFont), JSON.stringify(fonts)).toBe(true);
    expect(fonts.some((font) => font.isCustomFont), JSON.stringify(fonts)).toBe(false);
    expect(fetched).toEqual([]);
  });
}

