/**
 * The components' way to get text: keys are checked against the English
 * catalogue at compile time, and the component re-renders when the language
 * changes.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, isolateParams, type Language, type MessageKey, type Params } from '../../shared/i18n';

export type Text = (key: MessageKey, params?: Params) => string;

export function useText(): { readonly t: Text; readonly language: Language } {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const text = useMemo<Text>(() => (key, params) => String(t(key, isolateParams(language, params) ?? {})), [t, language]);
  return { t: text, language };
}
