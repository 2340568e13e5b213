/**
 * Graph's `locale` parameter for the user's language, so Meta's own
 * error_user_title / error_user_msg come in it. Meta names its locales
 * language_TERRITORY; Spanish for Latin America is es_LA and Arabic is ar_AR
 * (Meta's own codes, not BCP 47). Issue 8 sends the parameter; issue 12 gives
 * every language its locale.
 */
import type { Language } from './languages';

export const GRAPH_LOCALES = {
  en: 'en_US',
  es: 'es_LA',
  'pt-BR': 'pt_BR',
  hi: 'hi_IN',
  id: 'id_ID',
  tr: 'tr_TR',
  ru: 'ru_RU',
  ar: 'ar_AR',
  // The pseudo-locale reads Meta's messages in English.
  'en-XA': 'en_US',
} as const satisfies Readonly<Record<Language, string>>;

export type GraphLocale = (typeof GRAPH_LOCALES)[Language];

export const graphLocale = (language: Language): GraphLocale => GRAPH_LOCALES[language];
