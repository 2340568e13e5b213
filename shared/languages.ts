/**
 * The languages the product speaks, once: the settings schemas, the IPC
 * contract, the language picker and i18next all derive from this list. Kept
 * apart from the texts so the preload's IPC schemas do not bundle them.
 * `graphLocale` is what Graph's `locale` parameter takes, so Meta's own
 * error_user_title/error_user_msg come in the user's language.
 */
export const LANGUAGES = [
  { code: 'en', graphLocale: 'en_US', name: 'English', dir: 'ltr' },
  { code: 'es', graphLocale: 'es_LA', name: 'Español', dir: 'ltr' },
  { code: 'pt-BR', graphLocale: 'pt_BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'hi', graphLocale: 'hi_IN', name: 'हिन्दी', dir: 'ltr' },
  { code: 'id', graphLocale: 'id_ID', name: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'tr', graphLocale: 'tr_TR', name: 'Türkçe', dir: 'ltr' },
  { code: 'ru', graphLocale: 'ru_RU', name: 'Русский', dir: 'ltr' },
  { code: 'ar', graphLocale: 'ar_AR', name: 'العربية', dir: 'rtl' },
] as const;

/** The pseudo-locale (shared/i18n/pseudo.ts): for layout tests and screenshots, never offered to users. */
export const PSEUDO_LANGUAGE = { code: 'en-XA', name: '[Ƥšéúđó]', dir: 'ltr' } as const;

/** Every language the settings and the renderer accept: the users' ones and the pseudo-locale. */
export const ALL_LANGUAGES = [...LANGUAGES, PSEUDO_LANGUAGE] as const;

export type Language = (typeof ALL_LANGUAGES)[number]['code'];

/** Spoken when nothing else is known, and by the CLI unless asked otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language codes, as the non-empty tuple z.enum wants. */
export const LANGUAGE_CODES = ALL_LANGUAGES.map((language) => language.code) as unknown as readonly [Language, ...Language[]];

/** Graph's `locale` value for a language (e.g. "pt_BR"). */
export const graphLocaleOf = (code: Language): string => LANGUAGES.find((language) => language.code === code)?.graphLocale ?? 'en_US';
