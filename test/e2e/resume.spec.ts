/**
 * Resume (issue 9.8): reloading the page stands in for closing the app and
 * opening it again (the core, its keychain entry and its data folder stay, as
 * they do across app runs). The wizard comes back on the step reached, with
 * what was chosen; the token is never part of what is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRESS_FILE_NAME } from '../../main/core/settings/progress-store';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

test('closing on the Access step and opening again returns there with the same choice; the token is not kept with it', async ({ wizard, harness }) => {
  const { page } = wizard;
  const token = harness.token('admin-never');
  await wizard.connectLive(token);
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name')).check();
  await expect(wizard.radio(wizard.t('preset.custom.name'))).toBeChecked();

  const saved = join(harness.dataDir, PROGRESS_FILE_NAME);
  await expect.poll(() => readFileSync(saved, 'utf8')).toContain('MANAGE_TEMPLATES');
  const kept = readFileSync(saved, 'utf8');
  expect(kept).not.toContain(token);
  expect(kept).not.toContain(token.slice(-4));
  expect(JSON.parse(kept)).toEqual({
    step: 'access',
    mode: 'live',
    businessId: LUCKY.business.id,
    wabaIds: [LUCKY.ownedWaba.id],
    userId: LUCKY.employee.id,
    tasks: ['DEVELOP', 'MANAGE_TEMPLATES'],
  });

  await page.reload();
  await wizard.expectStep('access');
  await expect(wizard.step('access')).toContainText(wizard.t('ui.access.for', { user: LUCKY.employee.name, waba: LUCKY.ownedWaba.name }));
  await expect(wizard.checkbox(wizard.t('task.DEVELOP.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.MANAGE_TEMPLATES.name'))).toBeChecked();
  await expect(wizard.radio(wizard.t('preset.custom.name'))).toBeChecked();
  // Back still knows the earlier choices.
  await wizard.button('ui.nav.back').click();
  await wizard.expectStep('systemUser');
  await expect(wizard.radio(LUCKY.employee.name)).toBeChecked();
  expect(harness.graph.appliedPosts).toBe(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('after applying, opening again returns to Verify without sending the change twice', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.applyDeveloper(harness.token('admin-never'));
  expect(harness.graph.appliedPosts).toBe(1);
  await expect.poll(() => readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')).toContain('"verify"');

  await page.reload();
  await wizard.expectVerified(['DEVELOP']);
  await wizard.toReceipt();
  await expect.poll(() => readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')).toContain('"receipt"');
  await page.reload();
  await wizard.expectStep('receipt');
  await expect(page.getByRole('article')).toContainText(`${LUCKY.ownedWaba.name} (${LUCKY.ownedWaba.id})`);
  expect(harness.graph.appliedPosts).toBe(1);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('when the token is gone, opening again asks for it first, then goes on to the step reached', async ({ wizard, harness }) => {
  const { page } = wizard;
  const token = harness.token('admin-never');
  await wizard.connectLive(token);
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.radio(LUCKY.employee.name).check();
  await expect.poll(() => readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')).toContain(LUCKY.employee.id);
  expect((await harness.core.invoke('token.forget', {})).ok).toBe(true);

  await page.reload();
  await wizard.expectStep('connect');
  await wizard.pasteToken(token);
  await wizard.next();
  await wizard.expectStep('systemUser');
  await expect(wizard.radio(LUCKY.employee.name)).toBeChecked();
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('going back to Welcome forgets the progress: the next start is a fresh one', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.connectLive(harness.token('admin-never'));
  await expect.poll(() => readFileSync(join(harness.dataDir, PROGRESS_FILE_NAME), 'utf8')).toContain('"connect"');
  await wizard.button('ui.nav.back').click();
  await wizard.expectStep('welcome');
  await expect.poll(() => (harness.core.services.progress.load())).toBeNull();
  await page.reload();
  await wizard.expectStep('welcome');
});

test('an exact list chosen on Review is kept: opening again shows it exact, and applying then takes the task away', async ({ wizard, harness }) => {
  const { page } = wizard;
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  // The employee has Developer on the partner account; "See insights" alone, made exact, takes Developer away.
  await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
  await wizard.checkbox(wizard.t('task.VIEW_INSIGHTS.name')).check();
  await wizard.review();
  await wizard.radio(wizard.t('ui.review.modeExact')).check();
  const takesAway = page.getByText(wizard.t('ui.review.takesAway', { user: LUCKY.employee.name, tasks: wizard.t('task.DEVELOP.name') }));
  await expect(takesAway).toBeVisible();
  const saved = join(harness.dataDir, PROGRESS_FILE_NAME);
  await expect.poll(() => JSON.parse(readFileSync(saved, 'utf8')) as unknown).toMatchObject({ step: 'review', tasks: ['VIEW_INSIGHTS'], exact: true });

  await page.reload();
  await wizard.expectStep('review');
  await expect(wizard.radio(wizard.t('ui.review.modeExact'))).toBeChecked();
  await expect(takesAway).toBeVisible();
  expect(harness.graph.writeRequests).toBe(0);
  await wizard.confirmApply();
  await wizard.expectVerified(['VIEW_INSIGHTS']);
  expect(harness.graph.assignedTasks(LUCKY.partnerWaba.id, LUCKY.employee.id)).toEqual(['VIEW_INSIGHTS']);
  expect(unexpectedConsole(harness)).toEqual([]);
});
