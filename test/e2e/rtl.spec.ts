/**
 * Arabic reads right to left: the document says dir="rtl" and the layout is
 * mirrored (header, step bar, Back/Next, the confirm dialog's buttons), while
 * IDs and numbers keep their own left-to-right order inside Arabic sentences,
 * and the token badge keeps "…" before the token's last characters.
 * The same checks in English show the unmirrored order, so the test can tell.
 */
import type { Locator } from '@playwright/test';
import type { Language } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';
import { LUCKY, type Wizard } from './support/wizard';

const centre = async (locator: Locator): Promise<number> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not laid out');
  return box.x + box.width / 2;
};

/**
 * Where the token badge's "…" sits against the token's last characters: it
 * must stand before them as a left-to-right reader expects ("…a1B2"), in
 * Arabic too, where a bare "…" would take the sentence's direction and jump
 * to the other end ("a1B2…", as if the end were cut off).
 */
const ellipsisLeftOfTail = (badge: Locator): Promise<boolean> =>
  badge.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const at = text.indexOf('…');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const ellipsis = range.getBoundingClientRect();
      range.setStart(node, at + 1);
      range.setEnd(element, element.childNodes.length);
      const tail = range.getBoundingClientRect();
      if (tail.width === 0) throw new Error('no characters after the ellipsis');
      return ellipsis.right <= tail.left + 0.5;
    }
    throw new Error(`no ellipsis in ${element.textContent ?? ''}`);
  });

/** True when `a` sits to the right of `b` on screen. */
const rightOf = async (a: Locator, b: Locator): Promise<boolean> => (await centre(a)) > (await centre(b));

async function layout(wizard: Wizard) {
  const { page } = wizard;
  const steps = page.locator('.progress li');
  return {
    titleRightOfSettings: await rightOf(page.locator('.app-title'), page.getByRole('button', { name: wizard.t('ui.app.settings'), exact: true })),
    firstStepRightOfSecond: await rightOf(steps.nth(0), steps.nth(1)),
    backRightOfNext: await rightOf(wizard.button('ui.nav.back'), wizard.button('ui.nav.next')),
  };
}

for (const [language, mirrored] of [['ar', true], ['en', false]] as const satisfies readonly (readonly [Language, boolean])[]) {
  test(`${language}: dir="${mirrored ? 'rtl' : 'ltr'}" and ${mirrored ? 'mirrored' : 'left-to-right'} positions`, async ({ wizard, harness }) => {
    const { page } = wizard;
    if (language !== 'en') await speak(wizard, harness, language);
    await expect(page.locator('html')).toHaveAttribute('dir', mirrored ? 'rtl' : 'ltr');

    await wizard.connectLive(harness.token('admin-never'));
    expect(await layout(wizard)).toEqual({ titleRightOfSettings: mirrored, firstStepRightOfSecond: mirrored, backRightOfNext: mirrored });
    const badge = page.locator('.token-badge');
    await expect(badge).toHaveText(`${wizard.t('ui.token.title')} …${harness.token('admin-never').slice(-4)}`);
    expect(await ellipsisLeftOfTail(badge), 'the token badge reads "…" then the last characters').toBe(true);
    // The text starts on the reading side: the heading hugs the right edge in Arabic.
    const heading = page.getByRole('heading', { level: 1 });
    const main = await page.locator('.app-main').boundingBox();
    const title = await heading.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    if (!main) throw new Error('no main');
    const toRight = main.x + main.width - title.right;
    const toLeft = title.left - main.x;
    expect(toRight < toLeft, `heading ${JSON.stringify(title)} in ${JSON.stringify(main)}`).toBe(mirrored);

    // An ID inside a sentence is isolated, so its digits stay in order within the Arabic text.
    await wizard.next();
    await wizard.expectStep('account');
    const idText = page.getByText(wizard.t('ui.account.id', { id: LUCKY.ownedWaba.id }), { exact: true });
    await expect(idText).toBeVisible();
    expect((await idText.textContent())?.includes(`\u2068${LUCKY.ownedWaba.id}\u2069`)).toBe(mirrored);

    // The confirm dialog is mirrored too: its safe answer (first in the DOM) sits on the reading side.
    await wizard.radio(LUCKY.ownedWaba.name).check();
    await wizard.next();
    await wizard.chooseUser(LUCKY.employee.name);
    await wizard.review();
    await wizard.button('ui.review.apply').click();
    await expect(wizard.dialog).toBeVisible();
    expect(await rightOf(wizard.dialogButton('ui.review.confirmNo'), wizard.dialogButton('ui.review.confirmYes'))).toBe(
      await rightOf(wizard.dialog.getByRole('button').first(), wizard.dialog.getByRole('button').last()),
    );
    const safeFirst = await wizard.dialog.getByRole('button').first().textContent();
    expect(safeFirst).toBe(wizard.t('ui.review.confirmNo'));
    expect(await rightOf(wizard.dialogButton('ui.review.confirmNo'), wizard.dialogButton('ui.review.confirmYes'))).toBe(mirrored);
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}
