/**
 * axe, light and dark, on the screens issue 8 adds to the wizard: Connect's
 * app secret section (opened by the user, then asked for by Meta), the Access
 * step with the least-access reasons and the multi-partner refusals, Review's
 * exact choice and its confirm, and Verify's taken-away check.
 */
import { randomBytes } from 'node:crypto';
import { defaultScenario } from '../../main/practice/load-scenario';
import { test, expect } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { LUCKY } from './support/wizard';

const SECRET = randomBytes(16).toString('hex');
const base = defaultScenario();
test.use({ scenario: { ...base, app: { ...base.app, secret: SECRET, requireAppSecret: true } } });

test('axe finds nothing on the app secret, least-access, exact and taken-away screens (light and dark)', async ({ wizard, harness }) => {
  test.slow();
  const { page } = wizard;
  const axe = new AxeAudit(page);
  const token = harness.token('admin-never');
  await wizard.startLive();
  await page.locator('details.app-secret > summary').click();
  await page.locator('details.app-secret details.where > summary').click();
  await axe.checkThemes('connect: app secret section open');
  await wizard.pasteTokenExpectingIssue(token);
  await expect(page.locator('details.app-secret')).toContainText(wizard.t('ui.connect.appSecretAsked'));
  await axe.checkThemes('connect: app secret asked by Meta');
  await page.getByLabel(wizard.t('ui.connect.appSecretLabel'), { exact: true }).fill(SECRET);
  await wizard.pasteToken(token);

  await wizard.chooseAccount(LUCKY.partnerWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.button('ui.access.useLeastAccess').click();
  await expect(page.getByText(wizard.t('preset.granular.reason.DEVELOP'))).toBeVisible();
  await axe.checkThemes('access: least access with reasons, refusals noted');

  // Developer (which the user has) left out, so Review offers to take it away.
  await wizard.checkbox(wizard.t('task.DEVELOP.name')).uncheck();
  await wizard.review();
  await wizard.radio(wizard.t('ui.review.modeExact')).check();
  await expect(page.getByText(wizard.t('ui.review.takesAway', { user: LUCKY.employee.name, tasks: wizard.t('task.DEVELOP.name') }))).toBeVisible();
  await axe.checkThemes('review: exact, what it takes away');
  await wizard.button('ui.review.apply').click();
  await expect(wizard.dialog).toBeVisible();
  await axe.checkThemes('review: exact confirm');
  await wizard.dialogButton('ui.review.confirmYes').click();
  await wizard.expectStep('verify');
  await expect(page.getByRole('heading', { name: wizard.t('ui.verify.takenAwayTitle') })).toBeVisible();
  await axe.checkThemes('verify: taken away');

  expect(axe.screens).toHaveLength(12);
  expect(axe.violations).toEqual({});
});
