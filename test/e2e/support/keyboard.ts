/**
 * Moving through the page with the keyboard alone, as a user without a mouse
 * does: Tab until the wanted control has the focus, arrow keys inside a radio
 * group. Each helper fails with the path it took when the control is never reached.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement);

const describeFocus = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const label = el instanceof HTMLInputElement ? (el.labels?.[0]?.textContent ?? '') : (el.textContent ?? '');
    return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${label.trim().slice(0, 40)}"`;
  });

/** Presses Tab (or Shift+Tab) until `target` has the focus, which must then show a visible focus indicator. */
export async function tabTo(page: Page, target: Locator, options: { readonly backwards?: boolean; readonly max?: number } = {}): Promise<void> {
  await expect(target).toBeVisible();
  const path: string[] = [];
  for (let i = 0; i < (options.max ?? 60) && !(await isFocused(target)); i += 1) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    path.push(await describeFocus(page));
  }
  if (!(await isFocused(target))) throw new Error(`Tab never reached the control; focus went through: ${path.join(' > ')}`);
  expect(await target.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
}

/** Tabs into the radio group of `target`, then uses the arrow keys (and Space) until `target` is checked. */
export async function chooseRadio(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  const name = await target.getAttribute('name');
  const inGroup = () => page.evaluate((group) => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement && el.type === 'radio' && el.name === group;
  }, name);
  const path: string[] = [];
  for (let i = 0; i < 60 && !(await inGroup()); i += 1) {
    await page.keyboard.press('Tab');
    path.push(await describeFocus(page));
  }
  if (!(await inGroup())) throw new Error(`Tab never reached the radio group "${name}"; focus went through: ${path.join(' > ')}`);
  const size = await page.locator(`input[type="radio"][name="${name}"]`).count();
  for (let i = 0; i < size && !(await isFocused(target)); i += 1) await page.keyboard.press('ArrowDown');
  if (!(await isFocused(target))) throw new Error(`The arrow keys never reached the radio in group "${name}"`);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Tabs to a control and presses Enter on it. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}
