/** Meta's codes in a message's parameters (token type, system-user role) are put in words in every language. */
import { expect, test } from '@playwright/test';
import { LANGUAGES, readableParams, translate, type MessageKey } from '../../../shared/i18n';

test('the hand-off and plan sentences name roles, token types and tasks in words, never EMPLOYEE, SYSTEM_USER or VIEW_COST', () => {
  for (const { code } of LANGUAGES) {
    const t = (key: MessageKey): string => translate(code, key);
    const employee = translate(code, 'handoff.employee-system-user.text', readableParams(t, { name: 'BSP Integration', role: 'EMPLOYEE' }, code));
    expect(employee, code).toContain(translate(code, 'ui.user.employee'));
    expect(employee, code).not.toContain('EMPLOYEE');
    const person = translate(code, 'handoff.token-not-system-user.text', readableParams(t, { type: 'USER' }, code));
    expect(person, code).toContain(translate(code, 'ui.tokenType.USER'));
    expect(person, code).not.toMatch(/\bUSER\b/);
    const notAdmin = translate(code, 'plan.token-not-admin', readableParams(t, { role: 'EMPLOYEE' }, code));
    expect(notAdmin, code).not.toContain('EMPLOYEE');
    const refused = translate(code, 'plan.manage-needs-full-access', readableParams(t, { allowed: 'DEVELOP, VIEW_COST', alternative: 'DEVELOP' }, code));
    expect(refused, code).toContain(translate(code, 'task.VIEW_COST.name'));
    expect(refused, code).not.toMatch(/DEVELOP|VIEW_COST/);
  }
  // A code Meta adds later stays as Meta wrote it, and other parameters are untouched.
  const t = (key: MessageKey): string => translate('en', key);
  expect(readableParams(t, { role: 'ANALYST', type: 'NEW_KIND', name: 'x' }, 'en')).toEqual({ role: 'ANALYST', type: 'NEW_KIND', name: 'x' });
  expect(readableParams(t, { task: 'NEW_TASK', allowed: 'DEVELOP, NEW_TASK' }, 'en')).toEqual({ task: 'NEW_TASK', allowed: `${t('task.DEVELOP.name')} and NEW_TASK` });
  expect(readableParams(t, { role: 'ADMIN', type: 'SYSTEM_USER' }, 'en')).toEqual({ role: 'Admin', type: 'System user' });
  expect(readableParams(t, undefined, 'en')).toBeUndefined();
});
