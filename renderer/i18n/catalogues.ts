/**
 * Each language's texts for the renderer, loaded when first needed: English
 * (the fallback) is in the main bundle, every other language is a chunk of
 * its own that the build emits beside it, fetched from the app's origin when
 * the user's language is chosen (issue 12: 8 languages bundled together made
 * the renderer 4 times the size of one).
 */
import { en, type Messages } from '../../shared/i18n/en';
import type { Language } from '../../shared/i18n';

const LOADERS: Readonly<Record<Language, () => Promise<Messages>>> = {
  en: () => Promise.resolve(en),
  es: async () => (await import('../../shared/i18n/es')).es,
  'pt-BR': async () => (await import('../../shared/i18n/pt-BR')).ptBR,
  hi: async () => (await import('../../shared/i18n/hi')).hi,
  id: async () => (await import('../../shared/i18n/id')).id,
  tr: async () => (await import('../../shared/i18n/tr')).tr,
  ru: async () => (await import('../../shared/i18n/ru')).ru,
  ar: async () => (await import('../../shared/i18n/ar')).ar,
  'en-XA': async () => (await import('../../shared/i18n/pseudo')).pseudoMessages(en),
};

export const ENGLISH: Messages = en;

export const loadMessages = (language: Language): Promise<Messages> => LOADERS[language]();
