/**
 * Several accounts get the same add-or-exact choice as one account (issue 8.5
 * with 9.4), in Chromium against the real core and practice server. The
 * employee has nothing on the owned account and Developer on the partner
 * account, and is given "See insights" alone on both. Added (the default),
 * Developer stays; made exact, Review and the confirmation say that one
 * account loses Developer, Meta ends with exactly "See insights" on both, and
 * the one receipt lists what was taken away. The choice survives a reload
 * and is planned again, never applied on its own. When Meta accepts the
 * write but keeps Developer (the practice server's `repost: add-only`), that
 * account is not verified and every screen and the receipt say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PROGRESS_FILE_NAME } from '../../main/core/settings/progress-store';
import { assignPosts } from '../support/batch-items';
import { AxeAudit } from './support/axe';
import { test, expect, unexpectedConsole, type Harness } from './support/fixtures';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { LUCKY, type Wizard } from './support/wizard';

const OWNED = LUCKY.ownedWaba;
const PARTNER = LUCKY.partnerWaba;
const EMPLOYEE = LUCKY.employee;

/** Both of Lucky Shrub's accounts, the employee, then "See insights" alone (Developer unticked), on to Review. */
async function insightsOnBoth(wizard: Wizard, harness: Harness): Promise<void> {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.next();
  await wizard.expectStep('account');
  await wizard.checkbox(wizard.t('ui.many.several')).check();
  await wizard.checkbox(OWNED.name).check();
  await wizard.checkbox(PARTNER.name).check();
  await wizard.next();
  await wizard.expectStep('systemUser');
  await wizard.chooseUser(EMPLOYEE.name);
  await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
  await wizard.checkbox(wizard.t('task.VIEW_INSIGHTS.name')).check();
  await wizard.review();
}

const line = (page: Page, wabaId: string) => page.locator(`li.many-line[data-waba="${wabaId}"]`);
const modes = (wizard: Wizard) => ({ add: wizard.radio(wizard.t('ui.review.modeAdd')), exact: wizard.radio(wizard.t('ui.review.modeExact')) });
const tasksOf = (harness: Harness, wabaId: string) => [...(harness.graph.assignedTasks(wabaId, EMPLOYEE.id) ?? [])].sort();
/** POSTs to assigned_users that reached the practice server (each batch item counted). */
const writes = (harness: Harness) => assignPosts(harness.graph).length;

/** The receipt step's saved JSON. */
async function savedReceipt(wizard: Wizard): Promise<{ source: string; rows: { waba: string; outcome: string; verified?: boolean; added?: string[]; takenAway?: string[]; stillThere?: string[] }[] }> {
  const prefix = wizard.t('ui.receipt.saved', { path: '' }).trim();
  const path = (await wizard.page.getByText(prefix).innerText()).split(prefix)[1]?.trim() ?? '';
  return JSON.parse(readFileSync(path, 'utf8')) as Awaited<ReturnType<typeof savedReceipt>>;
}

test('several accounts, added (the default): each line says what exact would take away, and Meta keeps Developer', async ({ wizard, harness }) => {
  const { page } = wizard;
  await insightsOnBoth(wizard, harness);
  const { add, exact } = modes(wizard);
  const developer = wizard.t('task.DEVELOP.name');
  await expect(add).toBeChecked();
  await expect(exact).not.toBeChecked();
  await expect(add).toHaveAccessibleDescription(wizard.t('ui.many.modeAddDetail', { user: EMPLOYEE.name, tasks: developer }));
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.kept', { tasks: developer }));
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.exactWouldTake', { tasks: developer }));
  await expect(line(page, OWNED.id)).not.toContainText(wizard.t('ui.many.exactWouldTake', { tasks: '' }).trim());

  await wizard.button('ui.many.apply').click();
  await expect(wizard.dialog).toContainText(wizard.t('ui.many.confirmBody', { user: EMPLOYEE.name, count: 2 }));
  await expect(wizard.dialog).not.toContainText(developer);
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible();
  expect(tasksOf(harness, OWNED.id)).toEqual(['VIEW_INSIGHTS']);
  expect(tasksOf(harness, PARTNER.id)).toEqual(['DEVELOP', 'VIEW_INSIGHTS']);

  await wizard.button('ui.nav.next').click();
  await wizard.expectStep('receipt');
  const receipt = await savedReceipt(wizard);
  expect(receipt.rows.map((r) => [r.waba, r.outcome, r.takenAway])).toEqual([
    [OWNED.id, 'done', []],
    [PARTNER.id, 'done', []],
  ]);
  await expect(page.getByRole('article')).not.toContainText(wizard.t('ui.many.takenAway', { tasks: '' }).trim());
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('several accounts, made exact: Review and the confirm name the account that loses Developer; a reload keeps the choice and sends nothing; Meta ends with exactly the asked task; the receipt lists what went', async ({ wizard, harness }) => {
  const { page } = wizard;
  await insightsOnBoth(wizard, harness);
  const { add, exact } = modes(wizard);
  const developer = wizard.t('task.DEVELOP.name');
  const losses = wizard.t('ui.many.lossCount', { task: developer, count: 1 });
  const warning = page.getByText(wizard.t('ui.many.takesAway', { user: EMPLOYEE.name, list: losses }));

  await exact.check();
  await expect(warning).toBeVisible();
  await expect(exact).toHaveAccessibleDescription(wizard.t('ui.many.modeExactDetail', { user: EMPLOYEE.name, tasks: developer }));
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.takenAway', { tasks: developer }));
  await expect(line(page, PARTNER.id)).not.toContainText(wizard.t('ui.many.kept', { tasks: developer }));
  await expect(line(page, OWNED.id)).not.toContainText(wizard.t('ui.many.takenAway', { tasks: '' }).trim());
  // Back to adding and exact again: the warning follows the choice.
  await add.check();
  await expect(warning).toHaveCount(0);
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.kept', { tasks: developer }));
  await exact.check();
  await expect(warning).toBeVisible();

  // The confirm says how many accounts lose which task; Go back (the focused answer) sends nothing.
  await wizard.button('ui.many.apply').click();
  await expect(wizard.dialog).toContainText(wizard.t('ui.many.confirmTakesAway', { list: losses }));
  await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
  await wizard.dialogButton('ui.review.confirmNo').click();
  expect(writes(harness)).toBe(0);

  // Closing the app on Review and opening it again: exact is kept and planned again, nothing is applied.
  await expect.poll(() => JSON.parse(readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')) as unknown).toMatchObject({ step: 'review', exact: true, wabaIds: [OWNED.id, PARTNER.id] });
  await page.reload();
  await wizard.expectStep('review');
  await expect(modes(wizard).exact).toBeChecked();
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.takenAway', { tasks: developer }));
  await expect(page.getByText(wizard.t('ui.many.takesAway', { user: EMPLOYEE.name, list: losses }))).toBeVisible();
  expect(writes(harness)).toBe(0);
  expect(harness.graph.appliedPosts).toBe(0);

  await wizard.button('ui.many.apply').click();
  await expect(wizard.dialog).toContainText(wizard.t('ui.many.confirmTakesAway', { list: losses }));
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible();
  expect(tasksOf(harness, OWNED.id)).toEqual(['VIEW_INSIGHTS']);
  expect(tasksOf(harness, PARTNER.id)).toEqual(['VIEW_INSIGHTS']);

  await wizard.button('ui.nav.next').click();
  await wizard.expectStep('receipt');
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.takenAway', { tasks: developer }));
  const receipt = await savedReceipt(wizard);
  expect(receipt.source).toBe('several-accounts');
  expect(receipt.rows.map((r) => [r.waba, r.outcome, r.added, r.takenAway])).toEqual([
    [OWNED.id, 'done', ['VIEW_INSIGHTS'], []],
    [PARTNER.id, 'done', ['VIEW_INSIGHTS'], ['DEVELOP']],
  ]);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('several accounts made exact, but Meta keeps what it took away: that account is not verified, Verify and the Receipt name Developer as still there, the receipt row says so; tried again once writes apply, it is done', async ({ wizard, harness }) => {
  const { page } = wizard;
  // Meta answers success but keeps the tasks the user had (a write whose taking-away did not apply).
  harness.graph.setBehaviours({ repost: 'add-only' });
  await insightsOnBoth(wizard, harness);
  const developer = wizard.t('task.DEVELOP.name');
  const stillThere = wizard.t('ui.many.stillThere', { tasks: developer });
  await modes(wizard).exact.check();
  await wizard.button('ui.many.apply').click();
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.someLeft') })).toBeVisible();
  expect(tasksOf(harness, PARTNER.id)).toEqual(['DEVELOP', 'VIEW_INSIGHTS']);
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.state.not-verified', { time: '' }));
  await expect(line(page, PARTNER.id)).toContainText(stillThere);
  // Neither "taken away" nor "checked with Meta" for what is still there.
  await expect(line(page, PARTNER.id)).not.toContainText(wizard.t('ui.many.takenAway', { tasks: developer }));
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.verified', { tasks: wizard.t('task.VIEW_INSIGHTS.name') }));
  await expect(line(page, OWNED.id)).toContainText(wizard.t('ui.many.state.done', { time: '' }));
  await expect(line(page, OWNED.id)).not.toContainText(stillThere);
  const axe = new AxeAudit(page);
  await axe.check('verify several: taken away still there');
  expect(axe.violations).toEqual({});

  await wizard.button('ui.nav.next').click();
  await wizard.expectStep('receipt');
  await expect(line(page, PARTNER.id)).toContainText(stillThere);
  const receipt = await savedReceipt(wizard);
  expect(receipt.rows.map((r) => [r.waba, r.outcome, r.verified, r.takenAway, r.stillThere])).toEqual([
    [OWNED.id, 'done', true, [], undefined],
    [PARTNER.id, 'not-verified', false, ['DEVELOP'], ['DEVELOP']],
  ]);

  // Once writes apply, trying the accounts again takes Developer away and the account is done.
  harness.graph.setBehaviours({ repost: 'replace' });
  await wizard.button('ui.nav.back').click();
  await wizard.expectStep('verify');
  await wizard.button('ui.many.tryAgain').click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible();
  expect(tasksOf(harness, PARTNER.id)).toEqual(['VIEW_INSIGHTS']);
  await expect(line(page, PARTNER.id)).not.toContainText(stillThere);
  await expect(line(page, PARTNER.id)).toContainText(wizard.t('ui.many.takenAway', { tasks: developer }));
  expect(unexpectedConsole(harness)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`several accounts exact, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    test(`axe finds nothing on Review's add-or-exact choice for several accounts (${scheme})`, async ({ wizard, harness }) => {
      const axe = new AxeAudit(wizard.page);
      await insightsOnBoth(wizard, harness);
      await axe.check('review several: added');
      await modes(wizard).exact.check();
      await expect(wizard.page.getByText(wizard.t('ui.many.takesAway', { user: EMPLOYEE.name, list: wizard.t('ui.many.lossCount', { task: wizard.t('task.DEVELOP.name'), count: 1 }) }))).toBeVisible();
      await axe.check('review several: exact');
      await wizard.button('ui.many.apply').click();
      await expect(wizard.dialog).toBeVisible();
      await axe.check('review several: exact confirm');
      await wizard.dialogButton('ui.review.confirmNo').click();
      expect(axe.screens).toHaveLength(3);
      expect(axe.violations).toEqual({});
      expect(writes(harness)).toBe(0);
    });
  });
}

test('keyboard only: several accounts made exact on Review and confirmed without a mouse', async ({ wizard, harness }) => {
  const { page } = wizard;
  await insightsOnBoth(wizard, harness);
  const { exact } = modes(wizard);
  await chooseRadio(page, exact);
  await expect(page.getByText(wizard.t('ui.many.takesAway', { user: EMPLOYEE.name, list: wizard.t('ui.many.lossCount', { task: wizard.t('task.DEVELOP.name'), count: 1 }) }))).toBeVisible();
  const apply = page.getByRole('button', { name: wizard.t('ui.many.apply'), exact: true });
  await tabTo(page, apply);
  await expect(apply).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.dialogButton('ui.review.confirmYes')).toBeFocused();
  await page.keyboard.press('Enter');
  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible();
  await activate(page, page.getByRole('button', { name: wizard.t('ui.nav.next'), exact: true }));
  await wizard.expectStep('receipt');
  expect(tasksOf(harness, PARTNER.id)).toEqual(['VIEW_INSIGHTS']);
  expect(unexpectedConsole(harness)).toEqual([]);
});
