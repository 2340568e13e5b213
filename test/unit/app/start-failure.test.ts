/**
 * The app's start-failure dialog (main/app/start-failure.ts) speaks the
 * user's language: the one saved in Settings (written by the real settings
 * store), else the OS's, else English; the core's refusal comes in it too.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startFailureMessage } from '../../../main/app/start-failure';
import { saidError } from '../../../main/core/said-error';
import { openSettings } from '../../../main/core/settings/settings';
import { appError } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waba-start-failure-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ENGLISH = 'The app could not start. Please close it and try again. If it keeps happening, reinstall the app.';

test("nothing saved: the OS's language, and English when the OS speaks none of ours", async () => {
  expect(await startFailureMessage({ settingsDir: dir, systemLocale: 'tr-TR' })).toBe(translate('tr', 'app.startFailed'));
  expect(await startFailureMessage({ settingsDir: dir, systemLocale: 'pt-PT' })).toBe(translate('pt-BR', 'app.startFailed'));
  expect(await startFailureMessage({ settingsDir: dir, systemLocale: 'de-DE' })).toBe(ENGLISH);
  expect(await startFailureMessage({ settingsDir: dir, systemLocale: '' })).toBe(ENGLISH);
});

test('the language saved in Settings wins over the OS; an unreadable settings file falls back to the OS', async () => {
  const { settings } = await openSettings({ cwd: dir });
  expect(settings.update({ language: 'ar' }).ok).toBe(true);
  const message = await startFailureMessage({ settingsDir: dir, systemLocale: 'ru-RU' });
  expect(message).toBe(translate('ar', 'app.startFailed'));
  expect(message).not.toContain('could not start');
  writeFileSync(join(dir, 'settings.json'), '{ not json');
  expect(await startFailureMessage({ settingsDir: dir, systemLocale: 'ru-RU' })).toBe(translate('ru', 'app.startFailed'));
});

test("the core's refusal is added in the same language when it has words for it, else as it came", async () => {
  const said = await startFailureMessage({ settingsDir: dir, systemLocale: 'hi-IN', error: saidError('bad-input', 'coreError.practiceOnly') });
  expect(said).toBe(`${translate('hi', 'app.startFailed')}\n\n${translate('hi', 'coreError.practiceOnly')}`);
  const plain = await startFailureMessage({ settingsDir: dir, systemLocale: 'es-MX', error: appError('unexpected', 'Settings could not be saved (EACCES).') });
  expect(plain).toBe(`${translate('es', 'app.startFailed')}\n\nSettings could not be saved (EACCES).`);
});
