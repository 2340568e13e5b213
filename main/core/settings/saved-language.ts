/**
 * The language saved in Settings, read straight from settings.json, for the
 * app's start-failure dialog: it is needed exactly when the core (and with it
 * the settings store) could not start. Never throws: a missing, unreadable or
 * invalid file is "nothing saved".
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../../../shared/languages';
import { isLanguage } from '../../../shared/i18n/choose-language';
import { SETTINGS_FILE_NAME } from './store-backend';

export async function readSavedLanguage(settingsDir: string): Promise<Language | null> {
  try {
    const stored = JSON.parse(await readFile(join(settingsDir, `${SETTINGS_FILE_NAME}.json`), 'utf8')) as { language?: unknown } | null;
    return isLanguage(stored?.language) ? stored.language : null;
  } catch {
    return null;
  }
}
