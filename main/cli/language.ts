/**
 * The command line's language: --lang, else WABA_LANG, else English, so
 * scripts that parse the plain output see stable text unless they ask.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/languages';

/** The accepted codes, for the message that refuses another. */
export const LANGUAGE_LIST = LANGUAGES.map((language) => language.code).join(', ');

export type LanguageChoice = { readonly ok: true; readonly language: Language } | { readonly ok: false; readonly source: '--lang' | 'WABA_LANG' };

/** Codes compare case-insensitively ("pt-br" is pt-BR); anything else is refused, never guessed. */
const byCode = (text: string): Language | undefined => LANGUAGES.find((language) => language.code.toLowerCase() === text.trim().toLowerCase())?.code;

export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): LanguageChoice {
  if (flag !== undefined) {
    const language = byCode(flag);
    return language ? { ok: true, language } : { ok: false, source: '--lang' };
  }
  const fromEnv = env['WABA_LANG'];
  if (fromEnv === undefined || fromEnv === '') return { ok: true, language: DEFAULT_LANGUAGE };
  const language = byCode(fromEnv);
  return language ? { ok: true, language } : { ok: false, source: 'WABA_LANG' };
}
