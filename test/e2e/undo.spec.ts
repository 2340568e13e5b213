/** Undo on the Verify step: a confirm whose default keeps the access, then the assignment is really removed. */
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

test('undo after verify: cancel keeps the access; confirm removes it at Meta and the check shows it missing', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.applyDeveloper(harness.token('admin-never'));
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  const deletes = () => harness.graph.log.filter((e) => e.method === 'DELETE' && e.path.endsWith('/assigned_users'));

  // The safe answer has the focus; Escape and "Keep access" both leave everything as it is.
  await wizard.button('ui.verify.undo').click();
  await expect(wizard.dialog).toBeVisible();
  await expect(wizard.dialog).toContainText(wizard.t('ui.verify.undoBody', { user: LUCKY.employee.name, waba: LUCKY.ownedWaba.name }));
  await expect(wizard.dialogButton('ui.verify.undoNo')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(wizard.dialog).toHaveCount(0);
  await expect(wizard.button('ui.verify.undo')).toBeFocused();
  await wizard.button('ui.verify.undo').click();
  await wizard.dialogButton('ui.verify.undoNo').click();
  await expect(wizard.dialog).toHaveCount(0);
  expect(deletes()).toHaveLength(0);
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toEqual(['DEVELOP']);

  // Confirmed: removed at Meta, and the re-check shows the permission missing.
  await wizard.button('ui.verify.undo').click();
  await wizard.dialogButton('ui.verify.undoYes').click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.verify.removed', { user: LUCKY.employee.name }) })).toBeVisible();
  await expect(wizard.resultRow('DEVELOP')).toContainText(wizard.t('ui.verify.missing'));
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.verify.notOk') })).toBeVisible();
  await expect(wizard.button('ui.verify.undo')).toHaveCount(0);
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toBeUndefined();
  expect(deletes()).toHaveLength(1);

  // "Check again" reads it from Meta once more: still missing.
  await wizard.button('ui.verify.recheck').click();
  await expect(wizard.resultRow('DEVELOP')).toContainText(wizard.t('ui.verify.missing'));
  expect(harness.graph.appliedPosts).toBe(1);
  expect(unexpectedConsole(harness)).toEqual([]);
});
