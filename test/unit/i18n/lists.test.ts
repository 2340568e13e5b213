/**
 * Lists in sentences (shared/i18n/lists.ts): one joiner for the wizard, the
 * command line and the receipts, in each language's own list form (Arabic
 * joins with و, never a Latin comma), and tasks named in words.
 */
import { expect, test } from '@playwright/test';
import { formatList, LANGUAGES, taskList, taskNameAndCode, translate, type MessageKey } from '../../../shared/i18n';

test("a list is joined in the language's own form: Arabic without Latin commas, English with 'and'", () => {
  expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
  const arabic = formatList(['أ', 'ب', 'ج'], 'ar');
  expect(arabic).not.toContain(',');
  expect(arabic).toContain('و');
  expect(formatList(['A', 'B'], 'ru')).toBe('A и B');
  expect(formatList(['A'], 'hi')).toBe('A');
  expect(formatList([], 'en')).toBe('');
});

test('task lists are named in words in every language; the code goes beside the name only where it is asked for', () => {
  for (const { code } of LANGUAGES) {
    const t = (key: MessageKey): string => translate(code, key);
    const words = taskList(t, ['DEVELOP', 'MANAGE_TEMPLATES', 'VIEW_INSIGHTS'], code);
    expect(words, code).toContain(t('task.DEVELOP.name'));
    expect(words, code).not.toMatch(/DEVELOP|MANAGE_TEMPLATES|VIEW_INSIGHTS/);
    if (code === 'ar') expect(words).not.toContain(',');
    const typed = taskList(t, ['DEVELOP', 'VIEW_INSIGHTS'], code, taskNameAndCode);
    expect(typed, code).toContain(`${t('task.DEVELOP.name')} (DEVELOP)`);
  }
  const t = (key: MessageKey): string => translate('en', key);
  expect(taskNameAndCode(t, 'NEW_TASK')).toBe('NEW_TASK');
});
