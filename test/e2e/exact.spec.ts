/**
 * Review's add-or-exact choice (issue 8.5): the employee has Developer on the
 * partner account and is given "See insights" only. Added (the default),
 * Developer is kept; made exact, Review says Developer is taken away before
 * the confirm, Meta's read-back no longer lists it, and Verify confirms it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { LUCKY, type Wizard } from './support/wizard';

/** Connect -> Access on the partner account, then "See insights" alone (Developer, which the user has, unticked). */
async function insightsOnly(wizard: Wizard, token: string): Promise<void> {
  await wizard.connectLive(token);
  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
  await wizard.checkbox(wizard.t('task.VIEW_INSIGHTS.name')).check();
  await wizard.review();
}

const modes = (wizard: Wizard) => ({
  add: wizard.radio(wizard.t('ui.review.modeAdd')),
  exact: wizard.radio(wizard.t('ui.review.modeExact')),
});

/** The receipt's screen, and its saved JSON and HTML. */
async function receiptOf(wizard: Wizard) {
  await wizard.toReceipt();
  const json = JSON.parse(readFileSync(await wizard.saveReceipt('json'), 'utf8')) as { tasksTakenAway?: string[] };
  const html = readFileSync(await wizard.saveReceipt('html'), 'utf8');
  return { screen: wizard.page.getByRole('article'), json, html };
}

const column = (page: Page, name: 'add' | 'remove' | 'keep') => page.locator(`[data-step="review"] .diff-${name}`);

test('additive by default: the task the user has and did not choose is kept', async ({ wizard, harness }) => {
  const { page } = wizard;
  await insightsOnly(wizard, harness.token('admin-never'));
  const { add, exact } = modes(wizard);
  await expect(add).toBeChecked();
  await expect(exact).not.toBeChecked();
  const developer = wizard.t('task.DEVELOP.name');
  await expect(add).toHaveAccessibleDescription(wizard.t('ui.review.modeAddDetail', { user: LUCKY.employee.name, tasks: developer }));
  await expect(column(page, 'keep')).toContainText(developer);
  await expect(column(page, 'remove')).toContainText(wizard.t('ui.review.nothing'));
  await expect(page.getByText(wizard.t('ui.review.takesAway', { user: LUCKY.employee.name, tasks: developer }))).toHaveCount(0);

  await wizard.confirmApply();
  await wizard.expectVerified(['VIEW_INSIGHTS']);
  await expect(wizard.resultRow('DEVELOP')).toContainText(wizard.t('ui.verify.extra'));
  expect([...(harness.graph.assignedTasks(LUCKY.partnerWaba.id, LUCKY.employee.id) ?? [])].sort()).toEqual(['DEVELOP', 'VIEW_INSIGHTS']);
  await expect(page.getByRole('heading', { name: wizard.t('ui.verify.takenAwayTitle') })).toHaveCount(0);
  // Nothing was taken away, so the receipt names nothing.
  const receipt = await receiptOf(wizard);
  await expect(receipt.screen).not.toContainText(wizard.t('ui.receipt.takenAway'));
  expect(receipt.json.tasksTakenAway).toBeUndefined();
  expect(receipt.html).not.toContain(wizard.t('ui.receipt.takenAway'));
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('exact: Review says what is taken away before the confirm; Meta no longer lists it and Verify confirms it', async ({ wizard, harness }) => {
  const { page } = wizard;
  await insightsOnly(wizard, harness.token('admin-never'));
  const { add, exact } = modes(wizard);
  const developer = wizard.t('task.DEVELOP.name');
  const takesAway = page.getByText(wizard.t('ui.review.takesAway', { user: LUCKY.employee.name, tasks: developer }));

  await exact.check();
  await expect(takesAway).toBeVisible();
  await expect(column(page, 'remove')).toContainText(developer);
  await expect(column(page, 'keep')).not.toContainText(developer);
  // Back to adding: nothing is taken away any more; and exact again.
  await add.check();
  await expect(takesAway).toHaveCount(0);
  await expect(column(page, 'remove')).toContainText(wizard.t('ui.review.nothing'));
  await exact.check();
  await expect(takesAway).toBeVisible();
  expect(harness.graph.writeRequests).toBe(0);

  // The confirm says it too, and Go back (the focused answer) changes nothing.
  await wizard.button('ui.review.apply').click();
  await expect(wizard.dialog).toContainText(wizard.t('ui.review.confirmTakesAway', { tasks: developer }));
  // Undo on Verify removes all access and cannot give back what exact takes away: the confirm does not promise it.
  await expect(wizard.dialog).toContainText(wizard.t('ui.review.confirmNoGiveBack'));
  await expect(wizard.dialog).toContainText(wizard.t('ui.review.confirmBody', { user: LUCKY.employee.name, waba: LUCKY.partnerWaba.name }));
  await wizard.dialogButton('ui.review.confirmNo').click();
  expect(harness.graph.writeRequests).toBe(0);
  await wizard.confirmApply();

  await wizard.expectVerified(['VIEW_INSIGHTS']);
  expect(harness.graph.assignedTasks(LUCKY.partnerWaba.id, LUCKY.employee.id)).toEqual(['VIEW_INSIGHTS']);
  await expect(wizard.resultRow('DEVELOP')).toHaveCount(0);
  const takenAway = page.locator('section.taken-away');
  await expect(takenAway.getByRole('heading', { name: wizard.t('ui.verify.takenAwayTitle') })).toBeVisible();
  await expect(takenAway.getByRole('listitem')).toHaveText([`${developer} DEVELOP: ✓ ${wizard.t('ui.verify.gone')}`]);
  await expect(takenAway.getByRole('alert')).toHaveCount(0);
  // The receipt records what the exact list took away (undo on Verify cannot give it back): on screen, in JSON and in HTML.
  const receipt = await receiptOf(wizard);
  await expect(receipt.screen).toContainText(`${wizard.t('ui.receipt.takenAway')}${developer}`);
  expect(receipt.json.tasksTakenAway).toEqual(['DEVELOP']);
  expect(receipt.html).toMatch(new RegExp(`${wizard.t('ui.receipt.takenAway').replace(/[()]/g, '\\$&')}.*DEVELOP`, 's'));
  expect(unexpectedConsole(harness)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test(`axe: the exact confirm, a refusal with its remedy, and the receipt naming what was taken away (${scheme})`, async ({ wizard, harness }) => {
      const axe = new AxeAudit(wizard.page);
      await insightsOnly(wizard, harness.token('admin-never'));
      await modes(wizard).exact.check();
      await wizard.button('ui.review.apply').click();
      await expect(wizard.dialog).toContainText(wizard.t('ui.review.confirmNoGiveBack'));
      await axe.check('review: exact confirm');
      await wizard.dialogButton('ui.review.confirmNo').click();
      const body = { error: { message: '(#200) Permissions error', type: 'OAuthException', code: 200, error_user_title: 'No access', error_user_msg: 'Ask an admin.' } };
      harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'graph-error', status: 403, body } });
      await wizard.confirmApply();
      await expect(wizard.alert.locator('.what-to-do')).toHaveText(wizard.t('remedy.no-asset-access'));
      await axe.check('review: refusal with its remedy');
      await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
      await wizard.expectVerified(['VIEW_INSIGHTS']);
      await wizard.toReceipt();
      await expect(wizard.page.getByRole('article')).toContainText(wizard.t('ui.receipt.takenAway'));
      await axe.check('receipt with what was taken away');
      expect(axe.violations).toEqual({});
      expect(unexpectedConsole(harness)).toEqual([]);
    });
  });
}
