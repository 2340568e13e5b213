/**
 * System fonts come first (issue 12): on a machine that has Noto Sans
 * Devanagari and Noto Sans Arabic (fonts-noto-core), Hindi and Arabic are
 * drawn in the system's copy and the fonts the app ships are not even
 * fetched. fonts.spec.ts checks the shipped ones on a system without them.
 */
import { test, expect } from './support/fixtures';
import { CASES, headingFonts } from './support/fonts';

for (const script of CASES) {
  const { language, family } = script;
  test(`${language}: the system's font comes first and the shipped one is not fetched`, async ({ wizard, harness }) => {
    const { fonts, fetched } = await headingFonts(wizard, harness, script);
    expect(fonts.some((font) => font.familyName.startsWith(family) && !font.isCustomFont), JSON.stringify(fonts)).toBe(true);
    expect(fonts.some((font) => font.isCustomFont), JSON.stringify(fonts)).toBe(false);
    expect(fetched).toEqual([]);
  });
}

