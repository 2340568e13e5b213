/**
 * Page object for the wizard: finds things the way a user does (roles and
 * the visible texts of shared/i18n in the current language) and waits on
 * what the screen shows (data-step, roles, texts), never on time.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { isolateParams, resources, type Language, type MessageKey } from '../../../shared/i18n';

export type StepName = 'welcome' | 'connect' | 'account' | 'systemUser' | 'access' | 'review' | 'verify' | 'receipt' | 'handoff' | 'checkReceipt' | 'settings';

/** The default practice scenario (main/practice/scenarios/default.json). */
export const LUCKY = {
  business: { id: '506914307656634', name: 'Lucky Shrub' },
  ownedWaba: { id: '102290129340398', name: 'Lucky Shrub WhatsApp' },
  partnerWaba: { id: '104996122399160', name: 'Partner Shared Account' },
  admin: { id: '1972555232742220', name: 'Admin Bot' },
  employee: { id: '1972555232742222', name: 'BSP Integration' },
} as const;

/** A message in a language, with {{placeholders}} filled in. */
export function text(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const values = isolateParams(language, params) ?? {};
  return resources[language][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export class Wizard {
  /** The language the page is expected to speak; setLanguage changes it. */
  language: Language = 'en';

  constructor(readonly page: Page) {}

  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return text(this.language, key, params);
  }

  step(name: StepName): Locator {
    return this.page.locator(`[data-step="${name}"]`);
  }

  async expectStep(name: StepName): Promise<void> {
    await expect(this.step(name)).toBeVisible();
  }

  button(key: MessageKey, params?: Readonly<Record<string, string | number>>): Locator {
    return this.page.getByRole('button', { name: this.t(key, params), exact: true });
  }

  /** A button of the open confirm dialog (its labels can repeat the page's, e.g. "Voltar"). */
  dialogButton(key: MessageKey): Locator {
    return this.dialog.getByRole('button', { name: this.t(key), exact: true });
  }

  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  /** The error panel (role alert) of the current step. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The three-layer diagnosis shown on the Connect step. */
  get diagnosis(): Locator {
    return this.page.getByRole('region', { name: this.t('ui.connect.resultTitle') });
  }

  get practiceBanner(): Locator {
    return this.page.getByRole('note').filter({ hasText: this.t('ui.practice.banner') });
  }

  async next(): Promise<void> {
    await this.button('ui.nav.next').click();
  }

  async startLive(): Promise<void> {
    await this.button('ui.welcome.live').click();
    await this.expectStep('connect');
  }

  async startPractice(): Promise<void> {
    await this.button('ui.welcome.practice').click();
    await this.expectStep('connect');
  }

  /** Pastes a token into the masked field and checks it; resolves when the diagnosis is shown. */
  async pasteToken(token: string): Promise<void> {
    const field = this.page.getByLabel(this.t('ui.connect.tokenLabel'), { exact: true });
    await expect(field).toHaveAttribute('type', 'password');
    await field.fill(token);
    await this.button('ui.connect.submit').click();
    await expect(field).toHaveValue('');
    await expect(this.diagnosis).toBeVisible();
  }

  /** Pastes a token into the masked field and checks it; resolves when the step shows a problem instead of a diagnosis. */
  async pasteTokenExpectingIssue(token: string): Promise<void> {
    const field = this.page.getByLabel(this.t('ui.connect.tokenLabel'), { exact: true });
    await field.fill(token);
    await this.button('ui.connect.submit').click();
    await expect(field).toHaveValue('');
    await expect(this.alert).toBeVisible();
  }

  /** Welcome -> Connect with a pasted token that must be usable. */
  async connectLive(token: string): Promise<void> {
    await this.startLive();
    await this.pasteToken(token);
    // A usable token; an employee system user's is usable for reading only, and says so.
    const usable = this.diagnosis.getByText(this.t('ui.connect.usable'));
    await expect(usable.or(this.diagnosis.getByText(this.t('ui.connect.readsOnly')))).toBeVisible();
  }

  /** Connect -> Account -> System user, on the scenario's only business. */
  async chooseAccount(wabaName: string): Promise<void> {
    await this.next();
    await this.expectStep('account');
    await expect(this.radio(LUCKY.business.name)).toBeChecked();
    await this.radio(wabaName).check();
    await this.next();
    await this.expectStep('systemUser');
  }

  /** System user -> Access. */
  async chooseUser(name: string): Promise<void> {
    await this.radio(name).check();
    await this.next();
    await this.expectStep('access');
  }

  /** Access -> Review (the core checks the plan first). */
  async review(): Promise<void> {
    await this.button('ui.access.next').click();
    await this.expectStep('review');
  }

  /** Opens the confirm dialog on Review and says yes. */
  async confirmApply(): Promise<void> {
    await this.button('ui.review.apply').click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialogButton('ui.review.confirmNo')).toBeFocused();
    await this.dialogButton('ui.review.confirmYes').click();
    await expect(this.dialog).toBeHidden();
  }

  /** The Verify table shows every chosen task as granted. */
  async expectVerified(tasks: readonly string[]): Promise<void> {
    await this.expectStep('verify');
    await expect(this.page.getByRole('status').filter({ hasText: this.t('ui.verify.ok') })).toBeVisible();
    for (const task of tasks) await expect(this.resultRow(task)).toContainText(this.t('ui.verify.granted'));
  }

  /** The Verify table's row of a task (by its code, which every language shows). */
  resultRow(task: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.locator('code.task-code', { hasText: new RegExp(`^${task}$`) }) });
  }

  async toReceipt(): Promise<void> {
    await this.button('ui.verify.next').click();
    await this.expectStep('receipt');
    await expect(this.page.getByRole('heading', { name: this.t('ui.receipt.heading') })).toBeVisible();
  }

  /** Saves the receipt in a format and returns the path the app reports. */
  async saveReceipt(format: 'json' | 'html'): Promise<string> {
    await this.button(format === 'json' ? 'ui.receipt.saveJson' : 'ui.receipt.saveHtml').click();
    // The sentence around the path, in any language (Arabic isolates the path; the pseudo-locale adds words after it).
    const [before = '', after = ''] = resources[this.language]['ui.receipt.saved'].split('{{path}}');
    const saved = this.page.getByText(before.trim());
    await expect(saved).toContainText(`.${format}`);
    const shown = (await saved.innerText()).trim();
    return shown.slice(before.trim().length, shown.length - after.trimEnd().length).replace(/[\u2068\u2069]/g, '').trim();
  }

  /** Welcome -> Verify with the Developer preset for the employee on a WABA. */
  async applyDeveloper(token: string, wabaName: string = LUCKY.ownedWaba.name): Promise<void> {
    await this.connectLive(token);
    await this.chooseAccount(wabaName);
    await this.chooseUser(LUCKY.employee.name);
    await this.review();
    await this.confirmApply();
    await this.expectVerified(['DEVELOP']);
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('ui.app.settings'), exact: true }).click();
    await this.expectStep('settings');
  }

  async closeSettings(): Promise<void> {
    await this.button('ui.settings.close').click();
    await expect(this.step('settings')).toHaveCount(0);
  }

  /** Changes settings through the form and saves; the page then speaks the chosen language. */
  async saveSettings(change: { readonly language?: Language; readonly theme?: 'system' | 'light' | 'dark' }): Promise<void> {
    if (change.language) await this.page.getByLabel(this.t('ui.settings.language'), { exact: true }).selectOption(change.language);
    if (change.theme) {
      const key = change.theme === 'dark' ? 'ui.settings.themeDark' : change.theme === 'light' ? 'ui.settings.themeLight' : 'ui.settings.themeSystem';
      await this.radio(this.t(key)).check();
    }
    await this.button('ui.settings.save').click();
    if (change.language) this.language = change.language;
    await expect(this.page.getByText(this.t('ui.settings.saved'), { exact: true })).toBeVisible();
  }

  /** Language through Settings, from any step, and back to that step. */
  async setLanguage(language: Language): Promise<void> {
    await this.openSettings();
    await this.saveSettings({ language });
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
    await this.closeSettings();
  }
}
