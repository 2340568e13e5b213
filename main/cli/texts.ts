/**
 * The texts of this run, in its language (--lang, else WABA_LANG, else
 * English): loaded once by main() before anything is printed, then read
 * synchronously everywhere. One process speaks one language for its whole
 * run, so this is set once and never changes during it.
 */
import type { Language } from '../../shared/languages';
import { interpolate, type Params } from '../../shared/i18n/interpolate';
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

/**
 * Fills in a command-line text. Values go in as they are, also in Arabic: a
 * terminal shows plain characters, and an invisible Unicode isolate around an
 * ID or a path would travel with it when the user copies a suggested command
 * ("--business 506914307656634") and make that command fail. The wizard, which
 * renders HTML, isolates values instead (renderer/i18n/use-text.ts).
 */
export function fillCliText(text: string, params?: Params): string {
  return interpolate(text, params);
}

/** A command-line text of this run's language with its {{placeholders}} filled in. */
export function cliText(key: CliKey, params?: Params): string {
  if (!loaded) throw new Error(`[cli] texts used before useCliLanguage(): ${key}`);
  return fillCliText(loaded.messages[key], params);
}

/** Whether the language has a text for `key` (e.g. a command-line "What to do" line for an error kind). */
export function hasCliText(key: string): key is CliKey {
  return loaded !== undefined && Object.prototype.hasOwnProperty.call(loaded.messages, key);
}
