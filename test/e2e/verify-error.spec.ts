/** A re-check on Verify that fails: one button per action, and the earlier "Granted" result stays on screen. */
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';
import { LUCKY } from './support/wizard';

for (const language of ['en', 'pt-BR'] as const) {
  test(`Verify error screen (${language}): Try again and Back once each, the granted row kept`, async ({ wizard, harness }) => {
    const { page } = wizard;
    if (language !== 'en') await speak(wizard, harness, language);
    await wizard.connectLive(harness.token('admin-never'));
    await wizard.chooseAccount(LUCKY.ownedWaba.name);
    await wizard.chooseUser(LUCKY.employee.name);
    await wizard.review();
    await wizard.confirmApply();
    await wizard.expectVerified(['DEVELOP']);

    harness.graph.addFault({ method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'reset-before-apply' }, times: 50 });
    await wizard.button('ui.verify.recheck').click();
    await expect(wizard.alert).toBeVisible();
    // The result read before the failure is still there.
    await expect(wizard.resultRow('DEVELOP')).toContainText(wizard.t('ui.verify.granted'));
    // One way to retry, one way back, with distinct names.
    const names = await page.getByRole('button').allTextContents();
    expect(names.filter((name) => name === wizard.t('ui.error.retry'))).toHaveLength(1);
    expect(names.filter((name) => name === wizard.t('ui.nav.back'))).toHaveLength(1);
    expect(names).not.toContain(wizard.t('ui.verify.recheck'));
    expect(new Set(names).size, names.join(' | ')).toBe(names.length);

    harness.graph.clearFaults();
    await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
    await wizard.expectVerified(['DEVELOP']);
    await expect(wizard.button('ui.verify.recheck')).toBeVisible();
    expect(unexpectedConsole(harness).filter((line) => !/Failed to load resource/.test(line))).toEqual([]);
  });
}
