/**
 * Hindi and Arabic render in the fonts the app ships where the system has
 * none (issue 12): Chromium is started with a fontconfig that sees only
 * DejaVu, like a Linux desktop without Noto, and the fonts that draw the
 * heading's Devanagari or Arabic letters are read back from the browser
 * (DevTools CSS.getPlatformFontsForNode). fonts-system.spec.ts checks that a
 * system's own fonts come first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { CASES, headingFonts } from './support/fonts';

const dir = mkdtempSync(join(tmpdir(), 'waba-fonts-'));
const fontconfig = join(dir, 'fonts.conf');
writeFileSync(
  fontconfig,
  `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
);
const browser = config.projects?.find((project) => project.name === 'browser');
test.use({ launchOptions: { ...browser?.use?.launchOptions, env: { ...process.env, FONTCONFIG_FILE: fontconfig } } });

for (const script of CASES) {
  const { language, family } = script;
  test(`${language}: the heading is drawn in the shipped ${family}`, async ({ wizard, harness }) => {
    const { page } = wizard;
    const { fonts, fetched } = await headingFonts(wizard, harness, script);
    expect(fonts.filter((font) => font.familyName === family && font.isCustomFont && font.glyphCount > 0), JSON.stringify(fonts)).toHaveLength(1);
    // The heading's weight of the shipped face loaded, from the app's own origin under its CSP.
    const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replaceAll('"', '')} ${face.weight}`));
    expect(loaded).toContain(`${family} (app) 700`);
    expect(fetched.some((url) => url.includes(`${family.toLowerCase().replaceAll(' ', '-')}-`)), fetched.join('\n')).toBe(true);
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}

