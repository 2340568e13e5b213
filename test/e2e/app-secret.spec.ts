/**
 * Connect with an app that has "Require App Secret" on (issue 8.8): the app
 * secret section is collapsed until Meta says the app needs it; then it opens
 * and says so. A wrong secret is named as such; the right one connects, is
 * never shown back, leaves the field empty, and every later call carries the
 * proof.
 */
import { randomBytes } from 'node:crypto';
import { defaultScenario } from '../../main/practice/load-scenario';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { LUCKY } from './support/wizard';

const SECRET = randomBytes(16).toString('hex');
const base = defaultScenario();
test.use({ scenario: { ...base, app: { ...base.app, secret: SECRET, requireAppSecret: true } } });

test('the app secret is asked only when Meta says so, then connects; never shown back, never in a reply', async ({ wizard, harness }) => {
  const { page } = wizard;
  const token = harness.token('admin-never');
  await wizard.startLive();
  const section = page.locator('details.app-secret');
  const secretField = page.getByLabel(wizard.t('ui.connect.appSecretLabel'), { exact: true });
  await expect(section).not.toHaveAttribute('open', /.*/);
  await expect(secretField).toBeHidden();

  // Without the secret: Meta's answer is explained as what it is, and the section opens and says so.
  await wizard.pasteTokenExpectingIssue(token);
  await expect(wizard.alert).toContainText(wizard.t('error.app-secret-required.title'));
  await expect(section).toHaveAttribute('open', '');
  await expect(section).toContainText(wizard.t('ui.connect.appSecretAsked'));
  await expect(secretField).toHaveAttribute('type', 'password');
  await section.getByText(wizard.t('ui.connect.appSecretWhere'), { exact: true }).click();
  await expect(section.getByText(wizard.t('ui.connect.appSecretWhere1'))).toBeVisible();
  await expect(section.getByText(wizard.t('ui.connect.appSecretWhere2'))).toBeVisible();

  // A secret of another app: named as a mismatch, nothing stored.
  await secretField.fill(randomBytes(16).toString('hex'));
  await wizard.pasteTokenExpectingIssue(token);
  await expect(wizard.alert).toContainText(wizard.t('error.app-secret-invalid.title'));
  await expect(secretField).toHaveValue('');

  // The right one: connected, the field is empty, and the next steps work (each call proven).
  await secretField.fill(SECRET);
  await wizard.pasteToken(token);
  await expect(secretField).toHaveValue('');
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  expect(harness.graph.log.filter((e) => e.outcome === 200).length).toBeGreaterThan(3);

  const dom = await page.content();
  expect(dom.includes(SECRET)).toBe(false);
  expect(harness.replies.some((reply) => reply.includes(SECRET.slice(0, 12)) || reply.includes(SECRET.slice(-12)))).toBe(false);
  expect(unexpectedConsole(harness)).toEqual([]);
});
