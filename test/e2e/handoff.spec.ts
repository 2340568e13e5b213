/**
 * Issue 9 in the browser: the practice run from Welcome through Hand-off
 * with a provider profile loaded, a refused profile, and "Check an earlier
 * receipt" (holds, drifted, altered).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

const SAMPLE = new URL('../../build/provider-profile.sample.json', import.meta.url).pathname;
const PHONE_ID = '106540352242922';

test('practice run with a provider profile: Welcome to Hand-off, the kit copied and saved, never a token', async ({ wizard, harness }) => {
  const { page } = wizard;
  // Every action a first-time client takes inside the app is counted (README, "Fewer actions").
  let actions = 0;
  const act = async <T,>(step: Promise<T>): Promise<T> => {
    actions += 1;
    return step;
  };

  await act(page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true }).setInputFiles(SAMPLE));
  // The sample asks for Spanish, and no language was chosen: the wizard now speaks it.
  wizard.language = 'es';
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByText(wizard.t('ui.profile.loaded', { name: 'Lucky Shrub Messaging' }))).toBeVisible();
  const sha = createHash('sha256').update(readFileSync(SAMPLE)).digest('hex');
  await expect(page.locator('code.sha')).toHaveText(sha);

  await act(wizard.button('ui.welcome.practice').click());
  await wizard.expectStep('connect');
  await act(wizard.button('ui.practiceToken.admin-never').click());
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await act(wizard.next());
  await wizard.expectStep('account');
  await act(wizard.radio(LUCKY.ownedWaba.name).check());
  await act(wizard.next());
  // The profile names the system user: it is picked for the client.
  await wizard.expectStep('systemUser');
  await expect(wizard.radio(LUCKY.employee.name)).toBeChecked();
  await act(wizard.next());
  // ...and the tasks.
  await wizard.expectStep('access');
  for (const task of ['MESSAGING', 'MANAGE_TEMPLATES', 'VIEW_COST'] as const) await expect(wizard.checkbox(wizard.t(`task.${task}.name`))).toBeChecked();
  await expect(wizard.checkbox(wizard.t('task.DEVELOP.name'))).not.toBeChecked();
  // In the provider's own words.
  await expect(wizard.step('access')).toContainText(
    wizard.t('ui.profile.why', { provider: 'Lucky Shrub Messaging', why: 'We create the message templates you approve with us.' }),
  );
  await act(wizard.review());
  await act(wizard.button('ui.review.apply').click());
  await act(wizard.dialogButton('ui.review.confirmYes').click());
  await wizard.expectVerified(['MESSAGING', 'MANAGE_TEMPLATES', 'VIEW_COST']);
  await act(wizard.toReceipt());
  await expect(page.getByRole('article')).toContainText(wizard.t('ui.receipt.modePractice'));
  await expect(page.getByText(wizard.t('ui.receipt.sendNever'))).toBeVisible();
  await act(wizard.button('ui.receipt.toHandoff').click());

  await wizard.expectStep('handoff');
  await expect(page.getByText(wizard.t('ui.step.handoff'), { exact: true })).toBeVisible();
  const tokenField = page.getByLabel(wizard.t('ui.handoff.tokenLabel'), { exact: true });
  await expect(tokenField).toHaveAttribute('type', 'password');
  await act(wizard.button('ui.practiceToken.employee').click());
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.fit') })).toBeVisible();
  // The role in words of the wizard's language, never Meta's code.
  await expect(page.getByText(wizard.t('handoff.employee-system-user.text', { name: LUCKY.employee.name, role: wizard.t('ui.user.employee') }))).toBeVisible();
  await expect(wizard.step('handoff')).not.toContainText('EMPLOYEE');
  const kit = page.getByRole('article');
  await expect(kit).toContainText(LUCKY.ownedWaba.id);
  await expect(kit).toContainText(PHONE_ID);
  await expect(kit).toContainText('Lucky Shrub Messaging');
  // One copy button per value; copying says what was copied.
  await page.getByRole('button', { name: wizard.t('ui.handoff.copyLabel', { name: wizard.t('kit.waba') }), exact: true }).click();
  await expect(page.getByText(wizard.t('ui.handoff.copied', { name: wizard.t('kit.waba') }))).toBeVisible();
  await expect(page.getByText(wizard.t('ui.handoff.pass1'))).toBeVisible();
  await expect(page.getByText(wizard.t('ui.handoff.pass2'))).toBeVisible();

  const token = harness.core.services.practice.tokenFor('employee') ?? '';
  expect(token.length).toBeGreaterThan(20);
  for (const format of ['json', 'html'] as const) {
    await wizard.button(format === 'json' ? 'ui.handoff.saveJson' : 'ui.handoff.savePage').click();
    const saved = page.getByText(wizard.t('ui.handoff.saved', { path: '' }).trim());
    await expect(saved).toContainText(`.${format}`);
    const path = (await saved.innerText()).split(wizard.t('ui.handoff.saved', { path: '' }).trim())[1]?.trim() ?? '';
    const body = readFileSync(path, 'utf8');
    expect(body).toContain(PHONE_ID);
    expect(body).not.toContain(token);
    if (format === 'json') expect(JSON.parse(body)).toMatchObject({ kind: 'waba-access-provider-kit', waba: { id: LUCKY.ownedWaba.id }, provider: { name: 'Lucky Shrub Messaging', profileSha256: sha } });
  }
  for (const reply of harness.replies) expect(reply).not.toContain(token);
  expect(actions).toBeLessThanOrEqual(13);
  test.info().annotations.push({ type: 'actions in the app', description: String(actions) });
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('a refused provider file names the wrong field and changes nothing', async ({ wizard }) => {
  const { page } = wizard;
  await page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true }).setInputFiles(SAMPLE);
  await expect(page.locator('code.sha')).toBeVisible();
  wizard.language = 'es';
  const input = page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true });
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { tasks: { task: string }[] };
  sample.tasks[0]!.task = 'MANAGE_EVERYTHING';
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sample)) });
  await expect(page.getByRole('alert')).toHaveText(wizard.t('ui.profile.refused', { field: 'tasks.0.task' }));
  // The earlier profile stays.
  await expect(page.getByText(wizard.t('ui.profile.loaded', { name: 'Lucky Shrub Messaging' }))).toBeVisible();
  await input.setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(64 * 1024, 32) });
  await expect(page.getByRole('alert')).toHaveText(wizard.t('ui.profile.refusedWhole'));
});

test('check an earlier receipt: it holds, then drifts after a removal, and an altered file is refused', async ({ wizard, harness }) => {
  const { page } = wizard;
  const core = harness.core;
  expect((await core.invoke('app.setMode', { mode: 'practice' })).ok).toBe(true);
  expect((await core.invoke('token.usePractice', { label: 'admin-never' })).ok).toBe(true);
  const target = { wabaId: LUCKY.ownedWaba.id, businessId: LUCKY.business.id, userId: LUCKY.employee.id };
  expect((await core.invoke('access.apply', { ...target, tasks: ['DEVELOP'] })).ok).toBe(true);
  expect((await core.invoke('access.verify', { ...target, tasks: ['DEVELOP'] })).ok).toBe(true);
  const saved = await core.invoke('receipt.save', { ...target, format: 'json' });
  if (!saved.ok) throw new Error(saved.error.message);
  const receiptPath = saved.value.path;

  await page.reload();
  await wizard.expectStep('welcome');
  await wizard.button('ui.welcome.check').click();
  await wizard.expectStep('checkReceipt');
  const input = page.getByLabel(wizard.t('ui.check.fileLabel'), { exact: true });
  await input.setInputFiles(receiptPath);
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.check.holds') })).toBeVisible();

  expect((await core.invoke('access.remove', target)).ok).toBe(true);
  await input.setInputFiles(receiptPath);
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.check.drifted') })).toBeVisible();
  await expect(page.getByText(wizard.t('ui.check.state.not-assigned'))).toBeVisible();

  const altered = join(harness.dataDir, 'altered.json');
  writeFileSync(altered, readFileSync(receiptPath, 'utf8').replace('"DEVELOP"', '"MANAGE"'));
  await input.setInputFiles(altered);
  await expect(page.getByRole('alert')).toHaveText(wizard.t('ui.check.altered'));
  expect(unexpectedConsole(harness)).toEqual([]);
});
