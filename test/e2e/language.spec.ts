/** Switching language mid-flow: the texts change, the choices stay, <html lang> follows. */
import { readFileSync } from 'node:fs';
import { loadProfile } from '../../main/core/handoff/service';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';
import { LUCKY, type Wizard } from './support/wizard';

/** What the Access step must still show after a language switch, in the current language. */
async function expectChoicesKept(wizard: Wizard): Promise<void> {
  await wizard.expectStep('access');
  await expect(wizard.page.getByRole('heading', { level: 1 })).toHaveText(wizard.t('ui.access.title'));
  await expect(wizard.step('access')).toContainText(wizard.t('ui.access.for', { user: LUCKY.employee.name, waba: LUCKY.ownedWaba.name }));
  await expect(wizard.radio(wizard.t('preset.custom.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.DEVELOP.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.VIEW_COST.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name'))).not.toBeChecked();
  await expect(wizard.button('ui.nav.back')).toBeVisible();
  await expect(wizard.page.getByText(wizard.t('ui.progress.text', { current: 5, total: 9 }))).toBeVisible();
}

test('switching to Español and then Português mid-flow keeps every choice and finishes in Portuguese', async ({ wizard, harness }) => {
  const { page } = wizard;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  // A choice of our own: Developer plus "See costs".
  await wizard.checkbox(wizard.t('task.VIEW_COST.name')).check();
  await expect(wizard.radio(wizard.t('preset.custom.name'))).toBeChecked();
  const english = wizard.t('ui.access.title');

  await wizard.setLanguage('es');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(english);
  await expectChoicesKept(wizard);
  await expect(page.getByRole('button', { name: 'Configuración', exact: true })).toBeVisible();

  await wizard.setLanguage('pt-BR');
  await expectChoicesKept(wizard);
  expect(harness.core.services.settings.get().language).toBe('pt-BR');

  // The rest of the flow speaks Portuguese too.
  await wizard.review();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.t('ui.review.title'));
  await expect(wizard.step('review').locator('.diff-add')).toContainText(wizard.t('task.VIEW_COST.name'));
  await wizard.confirmApply();
  await wizard.expectVerified(['DEVELOP', 'VIEW_COST']);
  expect([...(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id) ?? [])].sort()).toEqual(['DEVELOP', 'VIEW_COST']);
  await wizard.toReceipt();
  await expect(page.getByRole('article')).toContainText(wizard.t('ui.receipt.modePractice'));

  // The language is a saved setting: opening the app again (it returns to the step reached) speaks Portuguese.
  await page.reload();
  await wizard.expectStep('receipt');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.t('ui.receipt.title'));
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('the language can be changed on the Connect step, and the diagnosis is shown in it', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.startLive();
  await wizard.pasteToken(harness.token('admin-60-day'));
  await wizard.setLanguage('es');
  await wizard.expectStep('connect');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.t('ui.connect.title'));
  // The diagnosis stays and is in Spanish.
  await expect(wizard.diagnosis).toBeVisible();
  await expect(wizard.diagnosis).toContainText(wizard.t('finding.token-expires-60-day.fix'));
  await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
  await expect(wizard.button('ui.nav.next')).toBeEnabled();
  expect(unexpectedConsole(harness)).toEqual([]);
});

test.describe('on a Turkish system', () => {
  test.use({ systemLocale: 'tr-TR', locale: 'tr-TR' });

  test('the language is the saved choice, else the profile default, else the system one', async ({ wizard, harness }) => {
    const { page } = wizard;
    // Nothing chosen, no profile: the system's language.
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    wizard.language = 'tr';
    await expect(wizard.button('ui.welcome.live')).toBeVisible();

    // Saving another setting does not turn the system's language into a choice.
    await wizard.openSettings();
    await wizard.saveSettings({ theme: 'dark' });
    await wizard.closeSettings();
    expect(harness.core.services.settings.get().language).toBeNull();

    // A provider profile's default wins over the system's.
    const sample = JSON.parse(readFileSync(new URL('../../build/provider-profile.sample.json', import.meta.url), 'utf8')) as object;
    expect(loadProfile(harness.core.services, JSON.stringify({ ...sample, defaultLanguage: 'id-ID' })).ok).toBe(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    wizard.language = 'id';
    await expect(wizard.button('ui.welcome.live')).toBeVisible();

    // The user's own choice wins over both, and is saved.
    await wizard.setLanguage('ru');
    expect(harness.core.services.settings.get().language).toBe('ru');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(wizard.button('ui.welcome.live')).toBeVisible();
    expect(unexpectedConsole(harness)).toEqual([]);
  });
});

test('token types are named in the language in Settings and on the receipt, never as SYSTEM_USER', async ({ wizard, harness }) => {
  const { page } = wizard;
  await speak(wizard, harness, 'ru');
  await wizard.applyDeveloper(harness.token('admin-never'));
  await wizard.toReceipt();
  const receipt = page.getByRole('article');
  await expect(receipt).toContainText(wizard.t('ui.tokenType.SYSTEM_USER'));
  await expect(receipt).not.toContainText('SYSTEM_USER');
  await wizard.openSettings();
  const token = page.locator('section.token');
  await expect(token).toContainText(wizard.t('ui.token.type', { type: wizard.t('ui.tokenType.SYSTEM_USER') }));
  await expect(token).not.toContainText('SYSTEM_USER');
  expect(unexpectedConsole(harness)).toEqual([]);
});
