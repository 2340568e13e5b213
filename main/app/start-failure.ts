/**
 * The words of the dialog shown when the app cannot start, in the user's
 * language: the one saved in Settings, else the OS's (the same choice the
 * wizard makes, shared/i18n/choose-language.ts). No Electron here, so it is
 * tested under plain Node (test/unit/app/start-failure.test.ts).
 */
import type { AppError } from '../../shared/errors';
import { chooseLanguage, isolateParams, translate } from '../../shared/i18n';
import { readSavedLanguage } from '../core/settings/saved-language';

export interface StartFailure {
  /** Where settings.json lives (the app's userData). */
  readonly settingsDir: string;
  /** app.getLocale(); empty before 'ready'. */
  readonly systemLocale: string;
  /** The core's refusal, when that is why the app stopped (plain words, never a secret). */
  readonly error?: AppError;
}

export async function startFailureMessage(failure: StartFailure): Promise<string> {
  const language = chooseLanguage({ saved: await readSavedLanguage(failure.settingsDir), system: failure.systemLocale });
  const lead = translate(language, 'app.startFailed');
  const { error } = failure;
  if (!error) return lead;
  const detail = error.text ? translate(language, error.text.key, isolateParams(language, error.text.params)) : error.message;
  return `${lead}\n\n${detail}`;
}
