/**
 * The texts of this run, in its language (--lang, else WABA_LANG, else
 * English): loaded once by main() before anything is printed, then read
 * synchronously everywhere. One process speaks one language for its whole
 * run, so this is set once and never changes during it.
 */
import type { Language } from '../../shared/languages';
import { interpolate, isolateParams, type Params } from '../../shared/i18n/interpolate';
import { loadCliMessages, type CliKey, type CliMessages } from '../../shared/i18n/cli';

let loaded: { readonly language: Language; readonly messages: CliMessages } | undefined;

/** Loads the language's command-line texts (a no-op when it is already the one loaded). */
export async function useCliLanguage(language: Language): Promise<void> {
  if (loaded?.language === language) return;
  loaded = { language, messages: await loadCliMessages(language) };
}

/** The language this run speaks. */
export function cliLanguageInUse(): Language {
  return loaded?.language ?? 'en';
}

/** Arabic letters: a value that has them (an already translated sentence) needs no isolation. */
const RTL_TEXT = /[\u0590-\u08FF]/;

/** Fills in a text of `language`; in Arabic each value without Arabic letters (IDs, numbers, paths) stays left to right. */
export function fillCliText(language: Language, text: string, params?: Params): string {
  const ltr = params && Object.fromEntries(Object.entries(params).filter(([, value]) => !RTL_TEXT.test(String(value))));
  return interpolate(text, params && { ...params, ...isolateParams(language, ltr) });
}

/** A command-line text of this run's language with its {{placeholders}} filled in. */
export function cliText(key: CliKey, params?: Params): string {
  if (!loaded) throw new Error(`[cli] texts used before useCliLanguage(): ${key}`);
  return fillCliText(loaded.language, loaded.messages[key], params);
}

/** Whether the language has a text for `key` (e.g. a command-line "What to do" line for an error kind). */
export function hasCliText(key: string): key is CliKey {
  return loaded !== undefined && Object.prototype.hasOwnProperty.call(loaded.messages, key);
}
