/**
 * The wizard's Verify step with a user who holds Full control (MANAGE), read
 * back unpacked (the practice server's switch): Developer, which Meta lists
 * only inside MANAGE, is "included in Full control", and the access is
 * verified; the receipt says the same.
 */
import { readFileSync } from 'node:fs';
import { defaultScenario } from '../../main/practice/load-scenario';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

const base = defaultScenario() as { assignments: object[] };
test.use({ scenario: { ...base, assignments: [...base.assignments, { wabaId: LUCKY.ownedWaba.id, userId: LUCKY.employee.id, tasks: ['MANAGE'] }] } });

test('Developer for a user with Full control read back unpacked: included in Full control, verified', async ({ wizard, harness }) => {
  const { page } = wizard;
  harness.graph.setBehaviours({ manageReadBack: 'unpacked' });
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.review();
  await wizard.confirmApply();

  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.verify.ok') })).toBeVisible();
  await expect(wizard.resultRow('DEVELOP')).toContainText(wizard.t('ui.verify.included'));
  await expect(wizard.resultRow('MANAGE')).toContainText(wizard.t('ui.verify.extra'));
  await expect(page.getByText(wizard.t('ui.verify.missing'), { exact: true })).toHaveCount(0);

  await wizard.toReceipt();
  const html = readFileSync(await wizard.saveReceipt('html'), 'utf8');
  expect(html).toContain(`<li>${wizard.t('task.DEVELOP.name')} (DEVELOP): ${wizard.t('ui.verify.included')}</li>`);
  expect(unexpectedConsole(harness)).toEqual([]);
});
