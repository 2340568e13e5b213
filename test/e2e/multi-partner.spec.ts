/**
 * The client WABA shared through a Multi-Partner Solution without MESSAGING:
 * MANAGE (Full control) and MESSAGING are refused there, so the wizard
 * disables them with the reason and the allowed set, and offers the
 * least-access preset, each task with its reason, which Meta accepts.
 */
import { formatList } from '../../shared/i18n';
import { GRANULAR_PRESET, GRANULAR_TASKS } from '../../shared/tasks';

/** The least-privilege preset for a multi-partner account, each task with its reason. */
const LEAST = GRANULAR_PRESET.map((entry) => entry.task);
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

test('multi-partner WABA: Full control is disabled with its reason; the granular preset applies and verifies', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.connectLive(harness.token('admin-never'));

  // Account: the WABA says how it is shared.
  await wizard.next();
  await wizard.expectStep('account');
  const partner = page.locator('.choice').filter({ has: wizard.radio(LUCKY.partnerWaba.name) });
  await expect(partner).toContainText(wizard.t('ui.account.multiPartnerNoMessaging'));
  await expect(partner).toContainText(wizard.t('ui.account.client'));
  await wizard.radio(LUCKY.partnerWaba.name).check();
  await wizard.next();

  // System user: the employee already has Developer on this account.
  await wizard.expectStep('systemUser');
  await expect(page.locator('.choice').filter({ has: wizard.radio(LUCKY.employee.name) })).toContainText(
    wizard.t('ui.user.current', { tasks: wizard.t('task.DEVELOP.name') }),
  );
  await wizard.chooseUser(LUCKY.employee.name);

  // Access: Full control is disabled, both as a preset and as a task, each with the reason.
  const fullPreset = wizard.radio(wizard.t('preset.full.name'));
  const manageTask = wizard.checkbox(wizard.t('task.MANAGE.name'));
  await expect(fullPreset).toBeDisabled();
  await expect(manageTask).toBeDisabled();
  await expect(fullPreset).toHaveAccessibleDescription(new RegExp(escape(wizard.t('ui.access.fullUnavailable'))));
  // The allowed set is the client edge's permitted_tasks for this share (the granular tasks), by name.
  const allowed = formatList(GRANULAR_TASKS.map((task) => wizard.t(`task.${task}.name`)), 'en');
  await expect(manageTask).toHaveAccessibleDescription(new RegExp(escape(wizard.t('ui.access.needsFullAccess', { allowed }))));
  const messagingTask = wizard.checkbox(wizard.t('task.MESSAGING.name'));
  await expect(messagingTask).toBeDisabled();
  await expect(messagingTask).toHaveAccessibleDescription(new RegExp(escape(wizard.t('ui.access.needsFullAccess', { allowed }))));
  // No reasons until the least-access preset is the choice.
  await expect(page.getByText(wizard.t('preset.granular.reason.DEVELOP'))).toHaveCount(0);
  await expect(wizard.radio(wizard.t('preset.granular.name'))).toBeEnabled();

  // Developer alone would change nothing, and Review says so; back to Access with the choice kept.
  await expect(wizard.radio(wizard.t('preset.developer.name'))).toBeChecked();
  await wizard.review();
  await expect(wizard.step('review').getByText(wizard.t('plan.no-change'))).toBeVisible();
  await expect(wizard.step('review').locator('.diff-add')).toContainText(wizard.t('ui.review.nothing'));
  await wizard.button('ui.nav.back').click();
  await wizard.expectStep('access');
  await expect(wizard.radio(wizard.t('preset.developer.name'))).toBeChecked();

  // The offered way out: the least access a partner needs, each task with its reason.
  await wizard.button('ui.access.useLeastAccess').click();
  await expect(wizard.radio(wizard.t('preset.granular.name'))).toBeChecked();
  for (const { task, reason } of GRANULAR_PRESET) {
    const box = wizard.checkbox(wizard.t(`task.${task}.name`));
    await expect(box).toBeChecked();
    await expect(box).toHaveAccessibleDescription(new RegExp(escape(wizard.t(reason))));
  }
  await expect(wizard.button('ui.access.useLeastAccess')).toHaveCount(0);
  await expect(wizard.checkbox(wizard.t('task.MANAGE_USERS.name'))).not.toBeChecked();
  await expect(manageTask).not.toBeChecked();
  await expect(page.locator('.choice').filter({ has: wizard.checkbox(wizard.t('task.MANAGE_BILLING.name')) })).toContainText(
    wizard.t('ui.access.billingNote'),
  );
  await wizard.review();

  const review = wizard.step('review');
  await expect(review.locator('.diff-keep')).toContainText(wizard.t('task.DEVELOP.name'));
  await expect(review.locator('.diff-add')).toContainText(wizard.t('task.MANAGE_TEMPLATES.name'));
  await expect(review.locator('.diff-add')).not.toContainText(wizard.t('task.MANAGE.name'));
  await wizard.confirmApply();

  await wizard.expectVerified(LEAST);
  expect([...(harness.graph.assignedTasks(LUCKY.partnerWaba.id, LUCKY.employee.id) ?? [])].sort()).toEqual([...LEAST].sort());
  expect(harness.graph.appliedPosts).toBe(1);
  expect(unexpectedConsole(harness)).toEqual([]);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
