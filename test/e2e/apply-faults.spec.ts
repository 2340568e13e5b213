/**
 * Trouble while applying: Meta's rate limit (a wait with a countdown, not an
 * error) and a network failure (a clear error naming the step, a working
 * "Try again"), and in every case the assignment reaches Meta exactly once.
 */
import { test, expect, unexpectedConsole, type Harness } from './support/fixtures';
import { LUCKY, type Wizard } from './support/wizard';
import { assignBatches } from '../support/batch-items';

/** The requests that carried the assignment: apply batches (its POST item, then the read-back). */
const POSTS = (harness: Harness) => assignBatches(harness.graph);

/** Welcome -> Review with Developer for the employee on the owned WABA. */
async function toReview(wizard: Wizard, harness: Harness): Promise<void> {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.review();
}

test('80008 during apply: a wait with a countdown, then the change goes through once', async ({ wizard, harness }) => {
  const { page } = wizard;
  await toReview(wizard, harness);
  // Meta's estimate is in minutes; a tenth of one keeps the test short while the real path runs (core pacer, renderer timer).
  harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'throttle', code: 80008, regainMinutes: 0.1 } });
  await wizard.confirmApply();

  const wait = page.getByRole('status').filter({ has: page.getByRole('heading', { name: wizard.t('ui.wait.title') }) });
  await expect(wait).toBeVisible();
  await expect(wait).toContainText('Meta asks us to slow down. This is normal and nothing is wrong.');
  await expect(wizard.alert).toHaveCount(0);
  const countdown = wait.locator('time.countdown');
  await expect(countdown).toHaveText(/^0:0[1-7]$/);
  const first = await countdown.innerText();
  await expect(countdown).not.toHaveText(first);
  expect(Number((await countdown.innerText()).slice(2))).toBeLessThan(Number(first.slice(2)));
  expect(harness.graph.appliedPosts).toBe(0);

  // The renderer tries again by itself when the countdown ends (allow the whole wait, plus room for a loaded machine).
  await expect(wait).toHaveCount(0, { timeout: 20_000 });
  await wizard.expectVerified(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);
  // The POST went twice: refused (its item's 80008, the wait above), then applied.
  expect(POSTS(harness)).toHaveLength(2);
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('an app-level rate limit waits a minute, and "Try now" ends the wait early', async ({ wizard, harness }) => {
  const { page } = wizard;
  await toReview(wizard, harness);
  // Code 4 carries no regain estimate, so the renderer falls back to a one-minute wait.
  harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'throttle', code: 4, regainMinutes: 0 } });
  await wizard.confirmApply();

  const wait = page.getByRole('status').filter({ has: page.getByRole('heading', { name: wizard.t('ui.wait.title') }) });
  await expect(wait.locator('time.countdown')).toHaveText(/^(1:00|0:5\d)$/);
  await expect(wizard.alert).toHaveCount(0);
  await wizard.button('ui.wait.tryNow').click();

  await wizard.expectVerified(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);
  expect(POSTS(harness)).toHaveLength(2);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('network failure during apply: a clear error naming the step; "Try again" applies it once', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  // Both POSTs of one attempt (the second after a read-back shows nothing applied) lose their connection.
  harness.graph.addFault({ method: 'POST', batch: true, fault: { kind: 'reset-before-apply' }, times: 2 });
  await wizard.confirmApply();

  const alert = wizard.alert;
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(wizard.t('ui.error.inStep', { step: wizard.t('ui.step.review') }));
  await expect(alert.getByRole('heading', { name: wizard.t('error.network.title') })).toBeVisible();
  await expect(alert).toContainText(wizard.t('error.network.action'));
  for (const key of ['ui.error.retry', 'ui.error.openSettings'] as const) await expect(alert.getByRole('button', { name: wizard.t(key), exact: true })).toBeVisible();
  // One button per action: going back is the step's own Back, not a second one in the panel.
  await expect(alert.getByRole('button')).toHaveCount(2);
  await expect(wizard.button('ui.nav.back')).toHaveCount(1);
  await wizard.expectStep('review');
  expect(harness.graph.appliedPosts).toBe(0);
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toBeUndefined();

  await alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await wizard.expectVerified(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);
  expect(POSTS(harness).map((e) => e.outcome)).toEqual(['reset', 'reset', 200]);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('the answer to the assignment is lost after Meta applied it: the wizard reads back instead of sending it again', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  // The POST item is applied, then cut: Meta answers it null.
  harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'reset-after-apply' } });
  await wizard.confirmApply();

  await wizard.expectVerified(['DEVELOP']);
  await expect(wizard.alert).toHaveCount(0);
  expect(harness.graph.appliedPosts).toBe(1);
  expect(POSTS(harness)).toHaveLength(1);
  // The null was settled by a read of assigned_users, not by sending the POST again.
  expect(harness.graph.log.filter((e) => e.method === 'GET' && e.path.endsWith('/assigned_users')).length).toBeGreaterThan(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('the answer is lost and the read-back fails too: an error, and "Try again" does not apply it a second time', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'reset-after-apply' } });
  harness.graph.addFault({ method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'reset-before-apply' }, times: 20 });
  await wizard.confirmApply();

  await expect(wizard.alert).toBeVisible();
  await expect(wizard.alert).toContainText(wizard.t('ui.error.inStep', { step: wizard.t('ui.step.review') }));
  expect(harness.graph.appliedPosts).toBe(1);

  harness.graph.clearFaults();
  await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await wizard.expectVerified(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);
  expect(POSTS(harness)).toHaveLength(1);
  expect(unexpectedConsole(harness)).toEqual([]);
});
