/**
 * Refusals on the way to Review (issue 8): the core checks the plan when the
 * user asks for Review; what Meta would refuse stays on Access with the named
 * reason, Review never opens and nothing is sent. MESSAGING on a multi-partner account
 * shared without it cannot even be ticked (the same rule, applied on Access); any change
 * with an employee system user's token is refused by the plan.
 */
import { formatList } from '../../shared/i18n';
import { GRANULAR_TASKS } from '../../shared/tasks';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

test('MESSAGING on a multi-partner account without it: refused on Access with the reason and the allowed set, nothing sent', async ({ wizard, harness }) => {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  // The Access step applies the core's rule (shared/tasks.ts allowedTasks) before any plan: MESSAGING cannot be ticked,
  // and says why, with what is allowed (the plan's own refusal of it is covered in test/integration/onboarding/rules.test.ts).
  const messaging = wizard.checkbox(wizard.t('task.MESSAGING.name'));
  await expect(messaging).toBeDisabled();
  const allowed = formatList(GRANULAR_TASKS.map((task) => wizard.t(`task.${task}.name`)), 'en');
  await expect(messaging).toHaveAccessibleDescription(wizard.t('task.MESSAGING.description') + ' ' + wizard.t('ui.access.needsFullAccess', { allowed }));
  await messaging.check({ force: true }).catch(() => undefined);
  await expect(messaging).not.toBeChecked();
  expect(harness.graph.writeRequests).toBe(0);
  expect(harness.graph.appliedPosts).toBe(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test("an employee system user's token: told at Connect, refused before Review with who can do it", async ({ wizard, harness }) => {
  await wizard.connectLive(harness.token('employee'));
  // Before Review: the diagnosis already says an employee's token cannot give access.
  await expect(wizard.diagnosis).toContainText(wizard.t('finding.identity-employee.fix'));
  // Its conclusion is true: it can read, not give access, and it says who can (not "This token can be used").
  await expect(wizard.diagnosis.getByRole('status').first()).toHaveText(wizard.t('ui.connect.readsOnly'));
  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name')).check();
  await wizard.button('ui.access.next').click();

  await expect(wizard.step('access').getByRole('alert')).toContainText(wizard.t('plan.token-not-admin', { role: wizard.t('ui.user.employee') }));
  await expect(wizard.step('review')).toHaveCount(0);
  expect(harness.graph.writeRequests).toBe(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});
