/**
 * The languages the product speaks, once: the settings schemas, the IPC
 * contract, the language picker and i18next all derive from this list. Kept
 * apart from the texts so the preload's IPC schemas do not bundle them.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr' },
  { code: 'hi', name: 'हिन्दी', dir: 'ltr' },
  { code: 'id', name: 'Bahasa Indonesia', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

/** Spoken when nothing else is known, and by the CLI unless asked otherwise. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** The language codes, as the non-empty tuple z.enum wants. */
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as unknown as readonly [Language, ...Language[]];
