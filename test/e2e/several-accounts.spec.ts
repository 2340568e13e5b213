/**
 * Several accounts at once in the wizard (issue 9.4), in Chromium against
 * the real core and practice server: two accounts picked, one plan with a
 * line per account, one confirmation, apply and verify per account, one
 * receipt naming both; a sharing rule refusing one account while the other
 * goes through; Meta's rate limit on one account; resuming after a reload
 * without sending anything twice; axe and the keyboard on the new screens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRESS_FILE_NAME } from '../../main/core/settings/progress-store';
import { AxeAudit } from './support/axe';
import { test, expect, unexpectedConsole, type Harness } from './support/fixtures';
import { activate, chooseRadio, tabTo } from './support/keyboard';
import { LUCKY, type Wizard } from './support/wizard';
import { assignPosts } from '../support/batch-items';

const OWNED = LUCKY.ownedWaba;
const PARTNER = LUCKY.partnerWaba;

/** Account step with "several accounts" on and both of Lucky Shrub's accounts ticked, then on to Access for the employee. */
async function pickBoth(wizard: Wizard, harness: Harness): Promise<void> {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.next();
  await wizard.expectStep('account');
  await wizard.checkbox(wizard.t('ui.many.several')).check();
  await wizard.checkbox(OWNED.name).check();
  await wizard.checkbox(PARTNER.name).check();
  await expect(wizard.step('account')).toContainText(wizard.t('ui.many.picked', { count: 2 }));
  await wizard.next();
  await wizard.expectStep('systemUser');
  await wizard.chooseUser(LUCKY.employee.name);
}

/** The line of one account on Review, Verify or Receipt. */
const line = (wizard: Wizard, wabaId: string) => wizard.page.locator(`li.many-line[data-waba="${wabaId}"]`);

test('two accounts: a sharing rule refuses one, the other is applied and verified, one receipt names both', async ({ wizard, harness }) => {
  const { page } = wizard;
  await pickBoth(wizard, harness);
  await expect(wizard.step('access')).toContainText(wizard.t('ui.many.for', { user: LUCKY.employee.name, list: `${OWNED.name} and ${PARTNER.name}` }));
  await wizard.radio(wizard.t('preset.full.name')).check();
  await wizard.review();

  // One plan, a line per account: added and kept where it changes, the refusal with its reason and alternative where it cannot.
  await expect(page.getByRole('heading', { name: wizard.t('ui.many.reviewTitle') })).toBeVisible();
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.plan.change'));
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.added', { tasks: wizard.t('task.MANAGE.name') }));
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.plan.refused'));
  // In words, never Meta's task codes.
  await expect(line(wizard, PARTNER.id).getByRole('alert')).toContainText(wizard.t('task.VIEW_INSIGHTS.name'));
  await expect(line(wizard, PARTNER.id).getByRole('alert')).not.toContainText('VIEW_INSIGHTS');
  expect(harness.graph.appliedPosts).toBe(0);

  // One confirmation, whose focused answer is the safe one.
  await wizard.button('ui.many.apply').click();
  await expect(wizard.dialog).toBeVisible();
  await expect(wizard.dialog).toContainText(wizard.t('ui.many.confirmBody', { user: LUCKY.employee.name, count: 1 }));
  await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
  await wizard.dialogButton('ui.review.confirmYes').click();

  await wizard.expectStep('verify');
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.state.done'));
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.verified', { tasks: wizard.t('task.MANAGE.name') }));
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.state.refused'));
  expect(harness.graph.assignedTasks(OWNED.id, LUCKY.employee.id)).toEqual(['MANAGE']);
  // The refused account keeps what it had.
  expect(harness.graph.assignedTasks(PARTNER.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);

  await wizard.button('ui.nav.next').click();
  await wizard.expectStep('receipt');
  const saved = page.getByText(wizard.t('ui.receipt.saved', { path: '' }).trim());
  const path = (await saved.innerText()).split(wizard.t('ui.receipt.saved', { path: '' }).trim())[1]?.trim() ?? '';
  const receipt = JSON.parse(readFileSync(path, 'utf8')) as { source: string; rows: { waba: string; outcome: string }[] };
  expect(receipt.source).toBe('several-accounts');
  expect(receipt.rows.map((r) => [r.waba, r.outcome])).toEqual([
    [OWNED.id, 'done'],
    [PARTNER.id, 'refused'],
  ]);
  await expect(page.getByRole('article')).toContainText(OWNED.name);
  await expect(page.getByRole('article')).toContainText(PARTNER.name);

  // Hand-off: the provider's token is checked on one account at a time, the user picks which.
  await wizard.button('ui.receipt.toHandoff').click();
  await wizard.expectStep('handoff');
  await expect(wizard.radio(OWNED.name)).toBeChecked();
  await wizard.radio(PARTNER.name).check();
  await expect(wizard.radio(PARTNER.name)).toBeChecked();
  expect(unexpectedConsole(harness)).toEqual([]);
});

test("Meta's rate limit on one account: its countdown shows, then it goes on by itself; each account is written once", async ({ wizard, harness }) => {
  const { page } = wizard;
  await pickBoth(wizard, harness);
  await wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name')).check();
  await wizard.review();
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.plan.change'));
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.kept', { tasks: wizard.t('task.DEVELOP.name') }));
  // A tenth of a minute: the core waits (its pacer), the renderer shows the countdown it reads from main.
  harness.graph.addFault({ method: 'POST', pathIncludes: `${OWNED.id}/assigned_users`, batch: true, fault: { kind: 'throttle', code: 80008, regainMinutes: 0.1 } });
  await wizard.button('ui.many.apply').click();
  await wizard.dialogButton('ui.review.confirmYes').click();

  const waiting = line(wizard, OWNED.id);
  await expect(waiting.locator('time.countdown')).toBeVisible();
  await expect(waiting).toContainText(wizard.t('ui.many.state.waiting', { time: '' }).split('.')[0] ?? '');
  await expect(wizard.alert).toHaveCount(0);

  await expect(wizard.step('verify')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible({ timeout: 30_000 });
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.state.done'));
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.state.done'));
  expect(harness.graph.assignedTasks(OWNED.id, LUCKY.employee.id)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES']);
  expect(harness.graph.assignedTasks(PARTNER.id, LUCKY.employee.id)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES']);
  expect(harness.graph.appliedPosts).toBe(2);
  const posts = (id: string) => assignPosts(harness.graph).filter((e) => e.path.includes(`${id}/assigned_users`)).length;
  // The throttled account's POST went twice (refused, then applied); the other once.
  expect(posts(OWNED.id)).toBe(2);
  expect(posts(PARTNER.id)).toBe(1);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test("an account Meta sets aside for longer is deferred with its countdown; after a reload the wizard resumes on Review, and applying again sends nothing twice nor anything inside Meta's wait", async ({ wizard, harness }) => {
  const { page } = wizard;
  await pickBoth(wizard, harness);
  await wizard.checkbox(wizard.t('task.VIEW_COST.name')).check();
  await wizard.review();
  harness.graph.addFault({ method: 'POST', pathIncludes: `${PARTNER.id}/assigned_users`, batch: true, times: 1, fault: { kind: 'throttle', code: 80008, regainMinutes: 60 } });
  await wizard.button('ui.many.apply').click();
  await wizard.dialogButton('ui.review.confirmYes').click();

  await wizard.expectStep('verify');
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.state.done'));
  await expect(line(wizard, PARTNER.id).locator('time.countdown')).toHaveText(/^(59|60):\d\d$/);
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.someLeft') })).toBeVisible();
  expect(harness.graph.appliedPosts).toBe(1);

  // Closing the app here and opening it again: the walk stops on Review, whose fresh plan shows the done account in place.
  await expect.poll(() => readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')).toContain('"verify"');
  expect(JSON.parse(readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8'))).toMatchObject({ wabaIds: [OWNED.id, PARTNER.id] });
  await page.reload();
  await wizard.expectStep('review');
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.plan.no-change'));
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.plan.change'));
  expect(harness.graph.appliedPosts).toBe(1);

  await wizard.button('ui.many.apply').click();
  await expect(wizard.dialog).toContainText(wizard.t('ui.many.confirmBody', { user: LUCKY.employee.name, count: 1 }));
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectStep('verify');
  // The done account is only read again; the set-aside one is not sent while Meta's stated wait lasts, and still counts down.
  await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.state.already-in-place'));
  await expect(line(wizard, PARTNER.id).locator('time.countdown')).toHaveText(/^(59|60):\d\d$/);
  await expect(wizard.button('ui.many.tryAgain')).toBeVisible();
  expect(harness.graph.appliedPosts).toBe(1);
  const posts = (id: string) => assignPosts(harness.graph).filter((e) => e.path.includes(`${id}/assigned_users`)).length;
  expect(posts(OWNED.id)).toBe(1);
  expect(posts(PARTNER.id)).toBe(1);
  expect(harness.graph.assignedTasks(PARTNER.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  expect(unexpectedConsole(harness)).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`several accounts, ${scheme}`, () => {
    test.use({ colorScheme: scheme });
    test(`axe finds nothing on the several-accounts screens (${scheme})`, async ({ wizard, harness }) => {
      const { page } = wizard;
      const axe = new AxeAudit(page);
      await wizard.connectLive(harness.token('admin-never'));
      await wizard.next();
      await wizard.expectStep('account');
      await wizard.checkbox(wizard.t('ui.many.several')).check();
      await axe.check('account: several, none ticked');
      await wizard.checkbox(OWNED.name).check();
      await wizard.checkbox(PARTNER.name).check();
      await axe.check('account: several');
      await wizard.next();
      await wizard.chooseUser(LUCKY.employee.name);
      await wizard.radio(wizard.t('preset.full.name')).check();
      await axe.check('access: several');
      await wizard.review();
      await axe.check('review: several');
      harness.graph.addFault({ method: 'POST', pathIncludes: `${OWNED.id}/assigned_users`, batch: true, fault: { kind: 'throttle', code: 80008, regainMinutes: 0.1 } });
      await wizard.button('ui.many.apply').click();
      await expect(wizard.dialog).toBeVisible();
      await axe.check('review: confirm');
      await wizard.dialogButton('ui.review.confirmYes').click();
      await expect(line(wizard, OWNED.id).locator('time.countdown')).toBeVisible();
      await axe.check('review: applying, one account waiting');
      await expect(wizard.step('verify')).toBeVisible({ timeout: 30_000 });
      await expect(line(wizard, OWNED.id)).toContainText(wizard.t('ui.many.state.done'), { timeout: 30_000 });
      await axe.check('verify: several');
      await wizard.button('ui.nav.next').click();
      await wizard.expectStep('receipt');
      await axe.check('receipt: several');
      await wizard.button('ui.receipt.toHandoff').click();
      await wizard.expectStep('handoff');
      await axe.check('handoff: several');
      expect(axe.screens).toHaveLength(9);
      expect(axe.violations).toEqual({});
    });
  });
}

test('keyboard only: several accounts picked, applied and verified without a mouse', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.connectLive(harness.token('admin-never'));
  await activate(page, page.getByRole('button', { name: wizard.t('ui.nav.next'), exact: true }));
  await wizard.expectStep('account');
  const several = wizard.checkbox(wizard.t('ui.many.several'));
  await tabTo(page, several);
  await page.keyboard.press('Space');
  await expect(several).toBeChecked();
  for (const name of [OWNED.name, PARTNER.name]) {
    await tabTo(page, wizard.checkbox(name));
    await page.keyboard.press('Space');
    await expect(wizard.checkbox(name)).toBeChecked();
  }
  await activate(page, page.getByRole('button', { name: wizard.t('ui.nav.next'), exact: true }));
  await wizard.expectStep('systemUser');
  await chooseRadio(page, wizard.radio(LUCKY.employee.name));
  await activate(page, page.getByRole('button', { name: wizard.t('ui.nav.next'), exact: true }));
  await wizard.expectStep('access');
  await activate(page, page.getByRole('button', { name: wizard.t('ui.access.next'), exact: true }));
  await wizard.expectStep('review');
  // Developer is already in place on the partner account: only the owned one changes.
  await expect(line(wizard, PARTNER.id)).toContainText(wizard.t('ui.many.plan.no-change'));
  await activate(page, page.getByRole('button', { name: wizard.t('ui.many.apply'), exact: true }));
  await expect(wizard.dialogButton('ui.review.confirmNo')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.dialogButton('ui.review.confirmYes')).toBeFocused();
  await page.keyboard.press('Enter');
  await wizard.expectStep('verify');
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.many.allDone') })).toBeVisible();
  await activate(page, page.getByRole('button', { name: wizard.t('ui.nav.next'), exact: true }));
  await wizard.expectStep('receipt');
  expect(harness.graph.assignedTasks(OWNED.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  expect(unexpectedConsole(harness)).toEqual([]);
});
