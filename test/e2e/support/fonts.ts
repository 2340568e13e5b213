/** Shared by the font tests: the scripts checked, the fonts that draw a node, the font files a page fetched. */
import type { Page } from '@playwright/test';

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

