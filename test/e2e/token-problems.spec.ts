/** Tokens the wizard must explain: expired, missing business_management, and a 60-day token. */
import type { Locator } from '@playwright/test';
import type { MessageKey } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import type { Wizard } from './support/wizard';

type Layer = 'token' | 'identity' | 'reach';

/** One layer of the diagnosis (its list item), found by the layer's title. */
function layer(wizard: Wizard, name: Layer): Locator {
  const title = wizard.t(`ui.layer.${name}`);
  return wizard.diagnosis.getByRole('listitem').filter({ has: wizard.page.getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }) });
}

async function expectVerdict(wizard: Wizard, name: Layer, verdict: 'ok' | 'warning' | 'problem'): Promise<void> {
  await expect(layer(wizard, name).getByRole('heading', { level: 3 })).toContainText(wizard.t(`ui.verdict.${verdict}`));
}

/** A finding's sentence and, right with it, the fix. */
async function expectFinding(wizard: Wizard, name: Layer, text: string, fix: string): Promise<void> {
  const finding = layer(wizard, name).getByRole('listitem').filter({ hasText: text });
  await expect(finding).toBeVisible();
  await expect(finding).toContainText(`${wizard.t('ui.connect.whatToDo')} ${fix}`);
}

const f = (wizard: Wizard, key: MessageKey, params?: Record<string, string>): string => wizard.t(key, params);

test('an expired token: the problem and its fix are shown, and the wizard does not go on', async ({ wizard, harness }) => {
  await wizard.startLive();
  await wizard.pasteToken(harness.token('admin-expired'));

  await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.notUsable'));
  await expectVerdict(wizard, 'token', 'problem');
  await expectFinding(wizard, 'token', f(wizard, 'finding.token-expired.textUndated'), f(wizard, 'finding.token-expired.fix'));
  await expect(wizard.button('ui.nav.next')).toBeDisabled();
  // No change was sent to Meta.
  // (writes travel as batch items: writeRequests counts every POST/DELETE, alone or inside a batch)
  expect(harness.graph.writeRequests).toBe(0);
  expect(harness.graph.appliedPosts).toBe(0);

  // A good token afterwards replaces the verdict.
  await wizard.pasteToken(harness.token('admin-never'));
  await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
  await expect(wizard.button('ui.nav.next')).toBeEnabled();
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('a token without business_management: the missing permission is named with the fix', async ({ wizard, harness }) => {
  await wizard.startLive();
  await wizard.pasteToken(harness.token('admin-no-business-management'));

  await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.notUsable'));
  await expectVerdict(wizard, 'token', 'problem');
  const scope = { scope: 'business_management' };
  await expectFinding(wizard, 'token', f(wizard, 'finding.scope-missing.text', scope), f(wizard, 'finding.scope-missing.fix', scope));
  // The other two permissions are there.
  for (const present of ['whatsapp_business_management', 'whatsapp_business_messaging']) {
    await expect(layer(wizard, 'token')).toContainText(wizard.t('finding.scope-present.text', { scope: present }));
  }
  await expectVerdict(wizard, 'reach', 'problem');
  await expectFinding(
    wizard,
    'reach',
    f(wizard, 'finding.reach-business-management-missing.text'),
    f(wizard, 'finding.reach-business-management-missing.fix'),
  );
  await expect(wizard.button('ui.nav.next')).toBeDisabled();
  expect(unexpectedConsole(harness)).toEqual([]);
});

test('a 60-day token is warned about, and the wizard goes on', async ({ wizard, harness }) => {
  await wizard.startLive();
  await wizard.pasteToken(harness.token('admin-60-day'));

  await expect(wizard.diagnosis.getByRole('status')).toHaveText(wizard.t('ui.connect.usable'));
  await expectVerdict(wizard, 'token', 'warning');
  await expectVerdict(wizard, 'identity', 'ok');
  await expectVerdict(wizard, 'reach', 'ok');
  const warning = layer(wizard, 'token').getByRole('listitem').filter({ hasText: wizard.t('finding.token-expires-60-day.fix') });
  await expect(warning).toContainText(/This is a 60-day token: it stops working on \w+ \d{1,2}, \d{4}\./);

  await wizard.next();
  await wizard.expectStep('account');
  // The token's expiry is shown in Settings too.
  await wizard.openSettings();
  await expect(wizard.step('settings')).toContainText(/Expires on \w+ \d{1,2}, \d{4}/);
  expect(unexpectedConsole(harness)).toEqual([]);
});
