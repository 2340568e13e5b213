/**
 * i18next for the renderer, loaded with the shared texts. Keys are flat
 * ("ui.nav.next"), so key and namespace separators are off. The document's
 * lang and dir follow the language, so a right-to-left language needs only
 * its texts (the CSS uses logical properties).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ALL_LANGUAGES, DEFAULT_LANGUAGE, directionOf, resources, type Language } from '../../shared/i18n';

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(ALL_LANGUAGES.map(({ code }) => [code, { translation: resources[code] }])),
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return instance;
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}
