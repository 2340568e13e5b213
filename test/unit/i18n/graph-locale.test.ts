import { expect, test } from '@playwright/test';
import { graphLocaleOf as graphLocale } from '../../../shared/languages';
import { LANGUAGES } from '../../../shared/i18n';

test("every language has Meta's locale for Graph's locale parameter", () => {
  expect(Object.fromEntries(LANGUAGES.map(({ code }) => [code, graphLocale(code)]))).toEqual({
    en: 'en_US',
    es: 'es_LA',
    'pt-BR': 'pt_BR',
    hi: 'hi_IN',
    id: 'id_ID',
    tr: 'tr_TR',
    ru: 'ru_RU',
    ar: 'ar_AR',
  });
  for (const { code } of LANGUAGES) expect(graphLocale(code), code).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
});
