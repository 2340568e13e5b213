/**
 * i18next for the renderer. English is loaded at once (the fallback); any
 * other language is loaded on demand (catalogues.ts) before the page switches
 * to it, so a screen never mixes languages. Keys are flat ("ui.nav.next"), so
 * key and namespace separators are off. The document's lang and dir follow
 * the language once its texts are in, so a right-to-left language needs only
 * its texts (the CSS uses logical properties).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, directionOf, type Language } from '../../shared/i18n';
import { ENGLISH, loadMessages } from './catalogues';

/** The language each instance was last asked for: a slower earlier load must not win over it. */
const wanted = new WeakMap<i18n, Language>();

export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { [DEFAULT_LANGUAGE]: { translation: ENGLISH } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  await switchLanguage(instance, language);
  return instance;
}

/** Loads a language's texts (once), then switches the texts, lang and dir together. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  wanted.set(instance, language);
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await loadMessages(language));
  }
  if (wanted.get(instance) !== language) return;
  if (instance.language !== language) await instance.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
