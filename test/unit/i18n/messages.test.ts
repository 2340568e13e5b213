import { expect, test } from '@playwright/test';
import { APP_ERROR_KINDS } from '../../../shared/errors';
import { ALL_LANGUAGES, LANGUAGES, matchLanguage, resources, translate, type Language } from '../../../shared/i18n';
import { PSEUDO_GROWTH } from '../../../shared/i18n/pseudo';
import { FINDING_CODES, PLAN_PROBLEM_CODES } from '../../../shared/onboarding';
import { PRESET_IDS, WABA_TASKS } from '../../../shared/tasks';

/** The practice tokens main offers by label (the default scenario's token labels, main/practice/scenarios). */
const PRACTICE_LABELS = ['admin-never', 'admin-60-day', 'admin-expired', 'admin-no-business-management', 'employee', 'user-24-hour', 'garbage'];

/** Every language the app accepts, the pseudo-locale included; and the eight offered to users. */
const codes = ALL_LANGUAGES.map((language) => language.code);
const userCodes = LANGUAGES.map((language) => language.code);
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

/** Keys whose text may be the same as in English in every language (names, codes, units). */
const SAME_AS_ENGLISH = new Set(['ui.app.title', 'ui.account.id', 'ui.settings.proxy', 'ui.token.title']);
/** Short words that a language really writes as English does (Indonesian "Admin", "Mode"). */
const SAME_IN: Partial<Record<Language, readonly string[]>> = { id: ['ui.user.admin', 'ui.receipt.mode'] };
/** More words than this, equal to English, is an untranslated sentence whatever the lists say. */
const MAX_SAME_WORDS = 3;

/** Sentence ends: the full stop, and the Devanagari danda that Hindi uses. */
const END = '[.\u0964]';

/** Every key the product builds from a code; each must exist in every language. */
const requiredKeys = (): string[] => [
  ...WABA_TASKS.flatMap((task) => [`task.${task}.name`, `task.${task}.description`]),
  ...PRESET_IDS.flatMap((id) => [`preset.${id}.name`, `preset.${id}.description`]),
  ...FINDING_CODES.flatMap((code) => [`finding.${code}.text`, `finding.${code}.fix`]),
  ...PLAN_PROBLEM_CODES.map((code) => `plan.${code}`),
  ...APP_ERROR_KINDS.flatMap((kind) => [`error.${kind}.title`, `error.${kind}.action`]),
  ...PRACTICE_LABELS.flatMap((label) => [`ui.practiceToken.${label}`, `ui.practiceToken.${label}.note`]),
];

test('every language has exactly the English keys', () => {
  const english = Object.keys(resources.en).sort();
  expect(english.length).toBeGreaterThan(300);
  for (const code of codes) expect(Object.keys(resources[code]).sort(), code).toEqual(english);
});

test('every task, preset, finding, plan problem, error kind and practice token has text in every language', () => {
  for (const code of codes) {
    const messages = resources[code] as Readonly<Record<string, string>>;
    for (const key of requiredKeys()) {
      expect(messages[key], `${code} ${key}`).toBeTruthy();
      expect(messages[key]?.trim().length, `${code} ${key}`).toBeGreaterThan(1);
    }
  }
});

test('task descriptions are one plain sentence', () => {
  for (const code of userCodes) {
    for (const task of WABA_TASKS) {
      const text = translate(code, `task.${task}.description`);
      expect(text, `${code} ${task}`).toMatch(new RegExp(`${END}$`));
      expect(text.slice(0, -1), `${code} ${task}`).not.toMatch(new RegExp(`(${END}|[!?])\\s`));
    }
  }
});

test('translations keep the same placeholders as English, and nothing is left untranslated', () => {
  for (const code of codes.filter((c): c is Exclude<Language, 'en'> => c !== 'en')) {
    for (const [key, english] of Object.entries(resources.en)) {
      const text = (resources[code] as Readonly<Record<string, string>>)[key] ?? '';
      expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(english));
      if (text !== english) continue;
      const allowed = SAME_AS_ENGLISH.has(key) || (SAME_IN[code] ?? []).includes(key);
      expect(allowed && english.split(/\s+/).length <= MAX_SAME_WORDS, `${code} ${key} looks untranslated`).toBe(true);
    }
  }
});

test('translate interpolates, falls back to the key, and leaves unknown placeholders visible', () => {
  expect(translate('en', 'finding.scope-missing.text', { scope: 'business_management' })).toBe(
    'The token is missing the permission business_management.',
  );
  expect(translate('pt-BR', 'finding.reach-wabas.text', { count: 3 })).toBe('Contas do WhatsApp que este token consegue ver: 3.');
  expect(translate('es', 'ui.error.traceId', { id: 'AbC123' })).toBe('ID de rastreo de Meta: AbC123');
  expect(translate('es', 'finding.token-expired.text')).toContain('{{date}}');
  expect(translate('en', 'no.such.key')).toBe('no.such.key');
  expect(translate('en', 'ui.receipt.send2', { business: '1', waba: '2', user: '3' })).not.toMatch(/\{\{/);
});

test('eight languages, and the system language picks the closest one', () => {
  expect(userCodes).toEqual(['en', 'es', 'pt-BR', 'hi', 'id', 'tr', 'ru', 'ar']);
  const cases: readonly (readonly [string, Language])[] = [
    ['hi-IN', 'hi'], ['id-ID', 'id'], ['in-ID', 'id'], ['tr-TR', 'tr'], ['ru-RU', 'ru'], ['ar-EG', 'ar'], ['ar', 'ar'],
    ['pt-PT', 'pt-BR'], ['es-MX', 'es'], ['de-DE', 'en'], ['', 'en'],
  ];
  for (const [tag, language] of cases) expect(matchLanguage(tag), tag).toBe(language);
});

test('the pseudo-locale is bracketed, accented and about 40% longer, with the placeholders intact', () => {
  for (const [key, english] of Object.entries(resources.en)) {
    const pseudo = resources['en-XA'][key as keyof typeof resources.en];
    expect(pseudo, key).toMatch(/^\[.*\]$/s);
    expect(pseudo.length, key).toBeGreaterThanOrEqual(english.length * (1 + PSEUDO_GROWTH));
    expect(placeholders(pseudo), key).toEqual(placeholders(english));
    const letters = english.replace(/\{\{[^}]+\}\}/g, '').match(/[A-Za-z]/g) ?? [];
    if (letters.length > 0) expect(pseudo.replace(/\{\{[^}]+\}\}/g, ''), key).not.toMatch(/[A-Za-z]/);
  }
});
