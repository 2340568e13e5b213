/** The happy path with a pasted token, and the practice route from Welcome. */
import { readFileSync, existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY, type StepName } from './support/wizard';
import { assertNoLeaks } from '../support/leak-oracle';

test('happy path: a pasted admin token gives the employee Developer access, verified, with a receipt', async ({ wizard, harness }) => {
  const { page } = wizard;
  const token = harness.token('admin-never');

  await wizard.startLive();
  await expect(wizard.practiceBanner).toHaveCount(0);
  await wizard.pasteToken(token);
  // Diagnosis: all three layers green, and the token can be used.
  const layers = wizard.diagnosis.getByRole('heading', { level: 3 });
  await expect(layers).toHaveText([wizard.t('ui.layer.token'), wizard.t('ui.layer.identity'), wizard.t('ui.layer.reach')].map((name) => new RegExp(`^${name}\\s+✓\\s*${wizard.t('ui.verdict.ok')}$`)));
  await expect(wizard.diagnosis.getByText(wizard.t('finding.token-never-expires.text'))).toBeVisible();
  await expect(wizard.diagnosis.getByText(wizard.t('finding.identity-admin.text', { name: LUCKY.admin.name }))).toBeVisible();
  await expect(page.locator('.token-badge')).toHaveText(`${wizard.t('ui.token.title')} …${token.slice(-4)}`);

  // Account: the only business is picked for us; the owned WABA by hand.
  await wizard.next();
  await wizard.expectStep('account');
  await expect(wizard.radio(LUCKY.business.name)).toBeChecked();
  await expect(wizard.step('account').getByText(wizard.t('ui.account.owned'))).toBeVisible();
  await expect(wizard.button('ui.nav.next')).toBeDisabled();
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await wizard.next();

  // System user: roles explained, employee recommended and chosen.
  await wizard.expectStep('systemUser');
  await expect(page.getByText(wizard.t('ui.user.recommend'))).toBeVisible();
  await wizard.chooseUser(LUCKY.employee.name);

  // Access: Developer is the recommended default.
  await expect(wizard.radio(wizard.t('preset.developer.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.DEVELOP.name'))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.MANAGE.name'))).not.toBeChecked();
  await wizard.review();

  // Review: who, where, what, and the difference from today.
  const review = wizard.step('review');
  await expect(review).toContainText(LUCKY.employee.name);
  await expect(review).toContainText(LUCKY.ownedWaba.name);
  await expect(review.locator('.diff-add')).toContainText(wizard.t('task.DEVELOP.name'));
  expect(harness.graph.appliedPosts).toBe(0);
  await wizard.confirmApply();

  await wizard.expectVerified(['DEVELOP']);
  expect(harness.graph.assignedTasks(LUCKY.ownedWaba.id, LUCKY.employee.id)).toEqual(['DEVELOP']);
  expect(harness.graph.appliedPosts).toBe(1);

  await wizard.toReceipt();
  const receipt = page.getByRole('article');
  await expect(receipt).toContainText(`${LUCKY.ownedWaba.name} (${LUCKY.ownedWaba.id})`);
  await expect(receipt).toContainText(wizard.t('ui.receipt.tokenValue', { last4: token.slice(-4) }));
  // Live mode against the practice server stand-in: the receipt says practice, because Meta never answered.
  await expect(receipt).toContainText(wizard.t('ui.receipt.modePractice'));

  for (const format of ['json', 'html'] as const) {
    const path = await wizard.saveReceipt(format);
    expect(isAbsolute(path)).toBe(true);
    expect(relative(harness.core.services.receiptsDir, path).startsWith('..')).toBe(false);
    expect(existsSync(path)).toBe(true);
    const body = readFileSync(path, 'utf8');
    expect(body).not.toContain(token);
    expect(body).toContain(LUCKY.ownedWaba.id);
    expect(body).toContain(LUCKY.employee.id);
    if (format === 'json') {
      const saved = JSON.parse(body) as { verification: { verified: boolean }; tasksRequested: string[] };
      expect(saved.verification.verified).toBe(true);
      expect(saved.tasksRequested).toEqual(['DEVELOP']);
    } else {
      expect(body).toMatch(/^<!doctype html>/i);
    }
  }
  expect(harness.graph.log.some((entry) => entry.tokenInUrl)).toBe(false);
  assertNoLeaks(harness.graph, harness.graph.scenario.tokens.map((t) => t.value));
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('practice mode: tokens picked by label, the practice banner on every step', async ({ wizard, harness }) => {
  const { page } = wizard;
  await expect(wizard.practiceBanner).toHaveCount(0);
  await wizard.startPractice();

  const seen: StepName[] = [];
  const bannerOn = async (step: StepName): Promise<void> => {
    await wizard.expectStep(step);
    await expect(wizard.practiceBanner).toBeVisible();
    seen.push(step);
  };

  await bannerOn('connect');
  // Every practice token is offered by its plain name; the working one is picked.
  for (const label of ['admin-never', 'admin-60-day', 'admin-expired', 'admin-no-business-management', 'employee', 'user-24-hour', 'garbage'] as const) {
    await expect(wizard.button(`ui.practiceToken.${label}`)).toBeVisible();
  }
  await wizard.button('ui.practiceToken.admin-never').click();
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();

  await wizard.next();
  await bannerOn('account');
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await wizard.next();
  await bannerOn('systemUser');
  await wizard.chooseUser(LUCKY.employee.name);
  await bannerOn('access');
  await wizard.review();
  await bannerOn('review');
  await wizard.confirmApply();
  await wizard.expectVerified(['DEVELOP']);
  await bannerOn('verify');
  await wizard.toReceipt();
  await bannerOn('receipt');
  await expect(page.getByRole('article')).toContainText(wizard.t('ui.receipt.modePractice'));
  await wizard.openSettings();
  await bannerOn('settings');

  expect(seen).toEqual(['connect', 'account', 'systemUser', 'access', 'review', 'verify', 'receipt', 'settings']);
  // The core's own practice server took the change: the test's live server saw nothing.
  expect(harness.graph.log).toHaveLength(0);
  expect(harness.channels).toContain('token.usePractice');
  expect(harness.channels).not.toContain('token.connect');
  expect(unexpectedConsole(harness)).toEqual([]);
});
