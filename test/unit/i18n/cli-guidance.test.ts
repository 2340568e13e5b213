/** The command-line guidance texts (shared/i18n/*-cli-guidance.ts): every language, the English keys and placeholders, translated. */
import { expect, test } from '@playwright/test';
import { arCliGuidance } from '../../../shared/i18n/ar-cli-guidance';
import { enCliGuidance } from '../../../shared/i18n/en-cli-guidance';
import { esCliGuidance } from '../../../shared/i18n/es-cli-guidance';
import { hiCliGuidance } from '../../../shared/i18n/hi-cli-guidance';
import { idCliGuidance } from '../../../shared/i18n/id-cli-guidance';
import { ptBRCliGuidance } from '../../../shared/i18n/pt-BR-cli-guidance';
import { ruCliGuidance } from '../../../shared/i18n/ru-cli-guidance';
import { trCliGuidance } from '../../../shared/i18n/tr-cli-guidance';

const LANGUAGES = { es: esCliGuidance, 'pt-BR': ptBRCliGuidance, hi: hiCliGuidance, id: idCliGuidance, tr: trCliGuidance, ru: ruCliGuidance, ar: arCliGuidance };
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

test('every language has the English guidance keys, the same placeholders, and its own words', () => {
  const keys = Object.keys(enCliGuidance).sort();
  for (const [code, texts] of Object.entries(LANGUAGES)) {
    expect(Object.keys(texts).sort(), code).toEqual(keys);
    for (const key of keys) {
      const english = enCliGuidance[key as keyof typeof enCliGuidance];
      const text = (texts as Record<string, string>)[key] ?? '';
      expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(english));
      if (key !== 'cli.inspectBusiness') expect(text, `${code} ${key}`).not.toBe(english);
    }
  }
});
