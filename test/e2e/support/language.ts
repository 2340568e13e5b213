/** Starts a test in a language, as a user who picked it earlier: saved in the settings, then a fresh start. */
import { expect } from '@playwright/test';
import { directionOf, type Language } from '../../../shared/i18n';
import type { Harness } from './fixtures';
import type { Wizard } from './wizard';

export async function speak(wizard: Wizard, harness: Harness, language: Language): Promise<void> {
  const saved = harness.core.services.settings.update({ language });
  if (!saved.ok) throw new Error(saved.error.message);
  await wizard.page.reload();
  wizard.language = language;
  await wizard.expectStep('welcome');
  await expect(wizard.page.locator('html')).toHaveAttribute('lang', language);
  await expect(wizard.page.locator('html')).toHaveAttribute('dir', directionOf(language));
}
