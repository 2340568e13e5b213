/**
 * "Check an earlier receipt" with a receipt that took a permission away (an
 * exact change): the check says it is still gone; once it is given again,
 * the receipt has drifted and the screen names what came back.
 */
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

test('a receipt that took a permission away: still gone holds, given again drifts', async ({ wizard, harness }) => {
  const { page } = wizard;
  const core = harness.core;
  expect((await core.invoke('app.setMode', { mode: 'practice' })).ok).toBe(true);
  expect((await core.invoke('token.usePractice', { label: 'admin-never' })).ok).toBe(true);
  const target = { wabaId: LUCKY.ownedWaba.id, businessId: LUCKY.business.id, userId: LUCKY.employee.id };
  expect((await core.invoke('access.apply', { ...target, tasks: ['DEVELOP', 'VIEW_COST'] })).ok).toBe(true);
  // Made exact: VIEW_COST is taken away, and the receipt records it.
  expect((await core.invoke('access.apply', { ...target, tasks: ['DEVELOP'], exact: true })).ok).toBe(true);
  expect((await core.invoke('access.verify', { ...target, tasks: ['DEVELOP'], exact: true })).ok).toBe(true);
  const saved = await core.invoke('receipt.save', { ...target, format: 'json' });
  if (!saved.ok) throw new Error(saved.error.message);

  await page.reload();
  await wizard.expectStep('welcome');
  await wizard.button('ui.welcome.check').click();
  await wizard.expectStep('checkReceipt');
  const input = page.getByLabel(wizard.t('ui.check.fileLabel'), { exact: true });
  const costs = wizard.t('task.VIEW_COST.name');
  await input.setInputFiles(saved.value.path);
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.check.holds') })).toBeVisible();
  await expect(page.getByText(wizard.t('ui.check.stillGone', { tasks: costs }))).toBeVisible();

  expect((await core.invoke('access.apply', { ...target, tasks: ['VIEW_COST'] })).ok).toBe(true);
  await input.setInputFiles(saved.value.path);
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.check.drifted') })).toBeVisible();
  await expect(page.getByText(wizard.t('ui.check.state.taken-away-back', { tasks: costs }))).toBeVisible();
  await expect(page.getByText(wizard.t('ui.check.stillGone', { tasks: costs }))).toHaveCount(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});
