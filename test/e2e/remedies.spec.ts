/**
 * When Meta refuses anyway (issue 8.2), the wizard's "What to do" is the remedy
 * for Meta's code and subcode (shared/remedies.ts, the table the CLI uses), not
 * the error kind's general advice, and Meta's own user-facing words are shown.
 */
import { test, expect, unexpectedConsole, type Harness } from './support/fixtures';
import { LUCKY, type Wizard } from './support/wizard';

async function toReview(wizard: Wizard, harness: Harness): Promise<void> {
  await wizard.connectLive(harness.token('admin-never'));
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.review();
}

/** Meta refuses the next call to assigned_users (the apply's POST batch item, or a read) with this error. */
function metaRefuses(harness: Harness, method: 'GET' | 'POST', status: number, code: number, message: string, extra: Record<string, unknown> = {}): void {
  const body = { error: { message, type: 'OAuthException', code, fbtrace_id: 'ARemedyTrace1', ...extra } };
  harness.graph.addFault({ method, pathIncludes: '/assigned_users', ...(method === 'POST' ? { batch: true } : {}), fault: { kind: 'graph-error', status, body } });
}

test('an apply refused with 200 says what to do about that refusal, with Meta\'s own words', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  metaRefuses(harness, 'POST', 403, 200, '(#200) Permissions error', { error_user_title: 'No access', error_user_msg: 'You cannot manage this account.' });
  await wizard.confirmApply();

  const alert = wizard.alert;
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { name: wizard.t('error.permission-denied.title') })).toBeVisible();
  await expect(alert.locator('.what-to-do')).toHaveText(wizard.t('remedy.no-asset-access'));
  await expect(alert).not.toContainText(wizard.t('error.permission-denied.action'));
  await expect(alert.locator('.meta-message')).toContainText('No access: You cannot manage this account.');
  await expect(alert).toContainText('200');
  expect(harness.graph.appliedPosts).toBe(0);
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('a refusal naming the missing permission names it in the remedy', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  metaRefuses(harness, 'POST', 403, 200, '(#200) Requires business_management permission to manage the object');
  await wizard.confirmApply();

  await expect(wizard.alert.locator('.what-to-do')).toHaveText(wizard.t('remedy.missing-scope', { scope: 'business_management' }));
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('a read refused with 100/33 on Verify points to the ID and the assigned assets', async ({ wizard, harness }) => {
  await toReview(wizard, harness);
  await wizard.confirmApply();
  await wizard.expectVerified(['DEVELOP']);
  const unsupported = 'Unsupported get request. Object with ID does not exist, cannot be loaded due to missing permissions, or does not support this operation.';
  metaRefuses(harness, 'GET', 400, 100, unsupported, { error_subcode: 33 });
  await wizard.button('ui.verify.recheck').click();

  const alert = wizard.alert;
  await expect(alert).toBeVisible();
  await expect(alert.locator('.what-to-do')).toHaveText(wizard.t('remedy.object-not-visible'));
  await expect(alert).toContainText('100/33');
  // With nothing more specific documented (a network failure), the kind's own remedy stays.
  harness.graph.addFault({ method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'reset-before-apply' }, times: 50 });
  await alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await expect(wizard.alert.locator('.what-to-do')).toHaveText(wizard.t('error.network.action'));
  expect(unexpectedConsole(harness)).toEqual([]);
});
