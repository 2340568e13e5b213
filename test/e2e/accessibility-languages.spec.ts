/**
 * axe finds no violations on any screen in any of the eight languages, in the
 * light and the dark theme (issue 12). One flow per language keeps the suite
 * short: it visits every step once (practice mode, so no token is pasted)
 * and audits each screen twice, switching the system theme in place. The
 * English-only accessibility.spec.ts adds the error, wait and Settings-theme
 * states; this one adds what a language changes: lang and dir, the text's
 * contrast on every background, and long words.
 */
import { LANGUAGES } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { speak } from './support/language';
import { LUCKY, type Wizard } from './support/wizard';

const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 25, 30)' } as const;

/** Audits the current screen in both themes, proving each theme is really on before axe looks. */
async function auditBoth(wizard: Wizard, axe: AxeAudit, screen: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await wizard.page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => wizard.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(BACKGROUNDS[scheme]);
    await axe.check(`${screen} (${scheme})`);
  }
}

/** Every screen of the wizard, Welcome to Hand-off, plus the receipt check, the confirm dialog and Settings. */
async function auditEveryStep(wizard: Wizard, axe: AxeAudit): Promise<void> {
  const { page } = wizard;
  await auditBoth(wizard, axe, 'welcome');
  await wizard.button('ui.welcome.check').click();
  await wizard.expectStep('checkReceipt');
  await auditBoth(wizard, axe, 'check receipt');
  await wizard.button('ui.nav.back').click();
  await wizard.startPractice();
  await wizard.button('ui.practiceToken.admin-never').click();
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await auditBoth(wizard, axe, 'connect: diagnosis');
  await wizard.next();
  await wizard.expectStep('account');
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await auditBoth(wizard, axe, 'account');
  await wizard.next();
  await wizard.expectStep('systemUser');
  await expect(wizard.radio(LUCKY.employee.name)).toBeVisible();
  await auditBoth(wizard, axe, 'system user');
  await wizard.chooseUser(LUCKY.employee.name);
  await auditBoth(wizard, axe, 'access');
  await wizard.review();
  await auditBoth(wizard, axe, 'review');
  await wizard.button('ui.review.apply').click();
  await expect(wizard.dialog).toBeVisible();
  await auditBoth(wizard, axe, 'review: confirm dialog');
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectVerified(['DEVELOP']);
  await auditBoth(wizard, axe, 'verify');
  await wizard.toReceipt();
  await auditBoth(wizard, axe, 'receipt');
  await wizard.button('ui.receipt.toHandoff').click();
  await wizard.expectStep('handoff');
  await wizard.button('ui.practiceToken.employee').click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.fit') })).toBeVisible();
  await auditBoth(wizard, axe, 'handoff: kit');
  await wizard.openSettings();
  await auditBoth(wizard, axe, 'settings');
}

const SCREENS = 12;

for (const { code } of LANGUAGES) {
  test(`axe (${code}): no violations on any step, light and dark`, async ({ wizard, harness }) => {
    if (code !== 'en') await speak(wizard, harness, code);
    const axe = new AxeAudit(wizard.page);
    await auditEveryStep(wizard, axe);
    expect(axe.screens).toHaveLength(SCREENS * 2);
    expect(axe.violations).toEqual({});
    expect(unexpectedConsole(harness)).toEqual([]);
  });
}
