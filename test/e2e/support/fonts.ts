/** Shared by the font tests: the scripts checked, the fonts that draw a node, the font files a page fetched. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { speak } from './language';

export const CASES = [
  { language: 'hi', family: 'Noto Sans Devanagari', letter: /[\u0900-\u097f]/ },
  { language: 'ar', family: 'Noto Sans Arabic', letter: /[\u0600-\u06ff]/ },
] as const;

/** The fonts that draw the text of `selector`: family, whether it is a web font, and how many glyphs. */
export async function renderedFonts(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

/** The shipped fonts' files the page fetched. */
export const fontRequests = (page: Page): string[] => {
  const seen: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('.woff2')) seen.push(request.url());
  });
  return seen;
};


/**
 * Switches the wizard to `language`, waits until the heading is in its script and every font has
 * loaded, and says which fonts drew the heading and which font files the page fetched on the way.
 */
export async function headingFonts(wizard: Parameters<typeof speak>[0], harness: Parameters<typeof speak>[1], { language, letter }: (typeof CASES)[number]) {
  const { page } = wizard;
  const fetched = fontRequests(page);
  await speak(wizard, harness, language);
  await expect(page.locator('h1')).toHaveText(letter);
  await expect.poll(() => page.evaluate(() => document.fonts.status)).toBe('loaded');
  return { fonts: await renderedFonts(page, 'h1'), fetched };
}
