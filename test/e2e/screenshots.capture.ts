/**
 * Every step of the wizard as PNG, in practice mode, for the README and for
 * review: English, Brazilian Portuguese and Arabic in light and dark, the
 * other languages in light, and the pseudo-locale en-XA. Run with
 * test/e2e/screenshots.config.ts (see there); not part of the browser tests.
 */
import { mkdirSync } from 'node:fs';
import type { RunningPracticeServer } from '../../main/practice/start-practice-server';
import { join } from 'node:path';
import type { Language } from '../../shared/i18n';
import { test, expect } from './support/fixtures';
import { speak } from './support/language';
import { LUCKY } from './support/wizard';

const outDir = new URL('../../reports/screenshots/', import.meta.url).pathname;

const VIEWPORT = { width: 1024, height: 720 };
const SAMPLE_PROFILE = new URL('../../build/provider-profile.sample.json', import.meta.url).pathname;

const VARIANTS: readonly { readonly language: Language; readonly theme: 'light' | 'dark' }[] = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'es', theme: 'light' },
  { language: 'pt-BR', theme: 'light' },
  { language: 'pt-BR', theme: 'dark' },
  { language: 'hi', theme: 'light' },
  { language: 'id', theme: 'light' },
  { language: 'tr', theme: 'light' },
  { language: 'ru', theme: 'light' },
  { language: 'ar', theme: 'light' },
  { language: 'ar', theme: 'dark' },
  // The pseudo-locale (accented, 40% longer) shows clipping and wrapping.
  { language: 'en-XA', theme: 'light' },
];

for (const { language, theme } of VARIANTS) {
  test(`screenshots ${language} ${theme}`, async ({ wizard, harness }) => {
    const { page } = wizard;
    mkdirSync(outDir, { recursive: true });
    await page.emulateMedia({ colorScheme: theme });
    let n = 0;
    const shot = async (name: string): Promise<void> => {
      n += 1;
      // A window as tall as the page instead of fullPage: the sticky Back/Next bar then sits at the bottom, not over the content.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = join(outDir, `${language}-${theme}-${String(n).padStart(2, '0')}-${name}.png`);
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
      await page.setViewportSize(VIEWPORT);
    };

    if (language !== 'en') await speak(wizard, harness, language);
    await shot('welcome');
    await wizard.startPractice();
    await shot('connect');
    // The app secret section, opened by hand with its "where do I find this?", then closed again.
    await page.locator('details.app-secret > summary').click();
    await page.locator('details.app-secret details.where > summary').click();
    await shot('connect-app-secret');
    await page.locator('details.app-secret > summary').click();
    await wizard.button('ui.practiceToken.admin-expired').click();
    await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.notUsable'));
    await shot('connect-problem');
    await wizard.button('ui.practiceToken.admin-60-day').click();
    await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
    await shot('connect-diagnosis');

    await wizard.next();
    await wizard.expectStep('account');
    await wizard.radio(LUCKY.ownedWaba.name).check();
    await shot('account');
    await wizard.next();
    await wizard.expectStep('systemUser');
    await wizard.radio(LUCKY.employee.name).check();
    await shot('systemUser');
    await wizard.next();
    await wizard.expectStep('access');
    await shot('access');
    await wizard.review();
    await shot('review');
    await wizard.button('ui.review.apply').click();
    await expect(wizard.dialog).toBeVisible();
    await shot('review-confirm');

    // In practice mode the core runs its own practice server: faults go there.
    // The edge injected the real starter, so the handle is the whole practice server.
    const practice = harness.core.services.practice.server as RunningPracticeServer | null;
    if (!practice) throw new Error('practice mode did not start its server');
    practice.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'throttle', code: 4, regainMinutes: 0 } });
    await wizard.dialogButton('ui.review.confirmYes').click();
    await expect(page.getByRole('heading', { name: wizard.t('ui.wait.title') })).toBeVisible();
    await shot('review-wait');
    await wizard.button('ui.wait.tryNow').click();
    await wizard.expectVerified(['DEVELOP']);
    await shot('verify');

    practice.addFault({ method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'reset-before-apply' }, times: 50 });
    await wizard.button('ui.verify.recheck').click();
    await expect(wizard.alert).toBeVisible();
    await shot('verify-error');
    practice.clearFaults();
    await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
    await wizard.expectVerified(['DEVELOP']);

    await wizard.toReceipt();
    const receiptPath = await wizard.saveReceipt('json');
    await shot('receipt');
    await wizard.button('ui.receipt.toHandoff').click();
    await wizard.expectStep('handoff');
    await shot('handoff');
    await wizard.button('ui.practiceToken.employee').click();
    await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.fit') })).toBeVisible();
    await shot('handoff-kit');
    await wizard.openSettings();
    await shot('settings');
    await wizard.closeSettings();

    // Issue 8 on the multi-partner account: least access with its reasons, Review made exact, Verify's taken-away check.
    await wizard.button('ui.handoff.finish').click();
    await wizard.expectStep('account');
    await wizard.radio(LUCKY.partnerWaba.name).check();
    await wizard.next();
    await wizard.expectStep('systemUser');
    await wizard.radio(LUCKY.employee.name).check();
    await wizard.next();
    await wizard.expectStep('access');
    await wizard.button('ui.access.useLeastAccess').click();
    await shot('access-least');
    await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
    await wizard.review();
    await wizard.radio(wizard.t('ui.review.modeExact')).check();
    await expect(page.getByText(wizard.t('ui.review.takesAway', { user: LUCKY.employee.name, tasks: wizard.t('task.DEVELOP.name') }))).toBeVisible();
    await shot('review-exact');
    await wizard.button('ui.review.apply').click();
    await expect(wizard.dialog).toBeVisible();
    await shot('review-exact-confirm');
    await wizard.dialogButton('ui.review.confirmYes').click();
    await wizard.expectStep('verify');
    await expect(page.getByRole('heading', { name: wizard.t('ui.verify.takenAwayTitle') })).toBeVisible();
    await shot('verify-exact');

    // "Check an earlier receipt" from a fresh start on Welcome, then Welcome with a provider file loaded.
    await harness.core.services.progress.clear();
    await page.reload();
    await wizard.expectStep('welcome');
    await wizard.button('ui.welcome.check').click();
    await wizard.expectStep('checkReceipt');
    await page.getByLabel(wizard.t('ui.check.fileLabel'), { exact: true }).setInputFiles(receiptPath);
    await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.check.holds') })).toBeVisible();
    await shot('check-receipt');
    await wizard.button('ui.nav.back').click();
    await wizard.expectStep('welcome');
    await page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true }).setInputFiles(SAMPLE_PROFILE);
    await expect(page.locator('code.sha')).toBeVisible();
    await shot('welcome-profile');

    // Several accounts at once (issue 9.4): both of the business's accounts, Full control refused on the partner one.
    // Without the provider file, whose default language would otherwise replace English.
    await harness.core.invoke('profile.clear', {});
    await page.reload();
    await wizard.expectStep('welcome');
    await wizard.startPractice();
    await wizard.button('ui.practiceToken.admin-never').click();
    await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
    await wizard.next();
    await wizard.expectStep('account');
    await wizard.checkbox(wizard.t('ui.many.several')).check();
    await wizard.checkbox(LUCKY.ownedWaba.name).check();
    await wizard.checkbox(LUCKY.partnerWaba.name).check();
    await shot('account-several');
    await wizard.next();
    await wizard.chooseUser(LUCKY.employee.name);
    await wizard.radio(wizard.t('preset.full.name')).check();
    await wizard.review();
    await shot('review-several');
    // The add-or-exact choice for several accounts (issue 8.5): See insights alone, made exact.
    await wizard.button('ui.nav.back').click();
    await wizard.expectStep('access');
    await wizard.radio(wizard.t('preset.developer.name')).check();
    await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
    await wizard.checkbox(wizard.t('task.VIEW_INSIGHTS.name')).check();
    await wizard.review();
    await wizard.radio(wizard.t('ui.review.modeExact')).check();
    // What the earlier screens gave the employee decides the exact list: wait for the warning, whatever it names.
    await expect(page.locator('[data-step="review"] .summary-warning').first()).toBeVisible();
    await shot('review-several-exact');
    await wizard.button('ui.many.apply').click();
    await expect(wizard.dialog).toBeVisible();
    await shot('review-several-exact-confirm');
    await wizard.dialogButton('ui.review.confirmNo').click();
    await wizard.button('ui.nav.back').click();
    await wizard.expectStep('access');
    await wizard.radio(wizard.t('preset.full.name')).check();
    await wizard.review();
    const server = harness.core.services.practice.server as RunningPracticeServer | null;
    server?.addFault({ method: 'POST', pathIncludes: `${LUCKY.ownedWaba.id}/assigned_users`, batch: true, fault: { kind: 'throttle', code: 80008, regainMinutes: 0.1 } });
    await wizard.button('ui.many.apply').click();
    await wizard.dialogButton('ui.review.confirmYes').click();
    await expect(page.locator(`li.many-line[data-waba="${LUCKY.ownedWaba.id}"] time.countdown`)).toBeVisible();
    await shot('review-several-waiting');
    await expect(wizard.step('verify')).toBeVisible({ timeout: 30_000 });
    await shot('verify-several');
    await wizard.next();
    await wizard.expectStep('receipt');
    await shot('receipt-several');
    await wizard.button('ui.receipt.toHandoff').click();
    await wizard.expectStep('handoff');
    await shot('handoff-several');
  });
}

