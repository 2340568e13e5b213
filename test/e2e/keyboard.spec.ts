/** The whole happy flow with the keyboard alone: Tab, arrows, Space, Enter and Escape; no clicks. */
import { test, expect, unexpectedConsole } from './support/fixtures';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { speak } from './support/language';
import { LUCKY } from './support/wizard';

for (const language of ['en', 'ar'] as const) {
  test(`the whole flow, from Welcome to a saved receipt, with the keyboard alone (${language})`, async ({ wizard, harness }) => {
    const { page } = wizard;
    if (language !== 'en') await speak(wizard, harness, language);
    const heading = page.getByRole('heading', { level: 1 });
    const token = harness.token('admin-never');

    // Each step puts the focus on its title, so a screen reader starts there.
    await expect(heading).toBeFocused();
    await activate(page, wizard.button('ui.welcome.live'));
    await wizard.expectStep('connect');
    await expect(heading).toBeFocused();

    // The token: typed into the masked field, sent with Enter.
    const field = page.getByLabel(wizard.t('ui.connect.tokenLabel'), { exact: true });
    await tabTo(page, field);
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
    await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
    await expect(field).toHaveValue('');
    await activate(page, wizard.button('ui.nav.next'));

    await wizard.expectStep('account');
    await expect(wizard.radio(LUCKY.business.name)).toBeChecked();
    await chooseRadio(page, wizard.radio(LUCKY.ownedWaba.name));
    await activate(page, wizard.button('ui.nav.next'));

    await wizard.expectStep('systemUser');
    await chooseRadio(page, wizard.radio(LUCKY.employee.name));
    await activate(page, wizard.button('ui.nav.next'));

    // Access: move through the presets with the arrows and come back to Developer.
    await wizard.expectStep('access');
    await chooseRadio(page, wizard.radio(wizard.t('preset.granular.name')));
    await expect(wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name'))).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(wizard.radio(wizard.t('preset.developer.name'))).toBeChecked();
    await expect(wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name'))).not.toBeChecked();
    // A checkbox toggles with Space.
    const cost = wizard.checkbox(wizard.t('task.VIEW_COST.name'));
    await tabTo(page, cost);
    await page.keyboard.press('Space');
    await expect(cost).toBeChecked();
    await page.keyboard.press('Space');
    await expect(cost).not.toBeChecked();
    await expect(wizard.radio(wizard.t('preset.developer.name'))).toBeChecked();
    await activate(page, wizard.button('ui.access.next'));

    // Review: Enter on the focused (safe) answer would go back; Escape closes; Tab then Enter applies.
    await wizard.expectStep('review');
    const apply = wizard.button('ui.review.apply');
    await activate(page, apply);
    await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(wizard.dialog).toHaveCount(0);
    await expect(apply).toBeFocused();
    expect(harness.graph.appliedPosts).toBe(0);
    await page.keyboard.press('Enter');
    await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(wizard.dialogButton('ui.review.confirmYes')).toBeFocused();
    await page.keyboard.press('Enter');

    await wizard.expectVerified(['DEVELOP']);
    expect(harness.graph.appliedPosts).toBe(1);
    await expect(heading).toBeFocused();
    await activate(page, wizard.button('ui.verify.next'));

    await wizard.expectStep('receipt');
    await activate(page, wizard.button('ui.receipt.saveJson'));
    const saved = wizard.t('ui.receipt.saved', { path: '' }).replace(/[\u2068\u2069]/g, '').trim();
    await expect(page.getByText(saved)).toContainText('.json');

    // Settings open and close with the keyboard too, and the focus lands on their title.
    await tabTo(page, page.getByRole('button', { name: wizard.t('ui.app.settings'), exact: true }), { backwards: true });
    await page.keyboard.press('Enter');
    await wizard.expectStep('settings');
    await expect(heading).toHaveText(wizard.t('ui.settings.title'));
    await expect(heading).toBeFocused();
    await activate(page, wizard.button('ui.settings.close'));
    await wizard.expectStep('receipt');
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}
