/**
 * Issue 9 screens, beyond the main walk: axe on every new screen, the
 * Business Suite page with its re-check when the user comes back (9.7), and
 * the calendar reminder for a token that expires (9.6).
 */
import { readFileSync } from 'node:fs';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { LUCKY, type Wizard } from './support/wizard';

const SAMPLE = new URL('../../build/provider-profile.sample.json', import.meta.url).pathname;
const DEFAULT_SCENARIO = new URL('../../main/practice/scenarios/default.json', import.meta.url).pathname;

/** Practice run to the Hand-off step with the Developer preset, in English. */
async function toHandoff(wizard: Wizard): Promise<void> {
  await wizard.startPractice();
  await wizard.button('ui.practiceToken.admin-never').click();
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await wizard.next();
  await wizard.expectStep('account');
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await wizard.next();
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.review();
  await wizard.confirmApply();
  await wizard.expectVerified(['DEVELOP']);
  await wizard.toReceipt();
  await wizard.button('ui.receipt.toHandoff').click();
  await wizard.expectStep('handoff');
}

test('axe finds nothing on Welcome with a provider file, a refused file, Hand-off with its kit, and a receipt check', async ({ wizard }) => {
  const { page } = wizard;
  const axe = new AxeAudit(page);
  const input = () => page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true });
  await input().setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schema":1}') });
  await expect(page.getByRole('alert')).toBeVisible();
  await axe.check('welcome: refused file');
  await wizard.button('ui.welcome.check').click();
  await wizard.expectStep('checkReceipt');
  await axe.check('check: no token');
  await wizard.button('ui.nav.back').click();
  await toHandoff(wizard);
  await axe.check('handoff');
  await wizard.button('ui.practiceToken.employee').click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.fit') })).toBeVisible();
  await axe.check('handoff: kit');
  await wizard.button('ui.practiceToken.user-24-hour').click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.unfit') })).toBeVisible();
  await axe.check('handoff: person token refused');
  expect(axe.screens).toHaveLength(5);
  expect(axe.violations).toEqual({});
});

test('the Business Suite page opens for this business and the system-user list is read again when the user comes back', async ({ wizard, harness, context }) => {
  const { page } = wizard;
  const opened: string[] = [];
  await context.route(/^https:\/\/business\.facebook\.com\//, (route) => {
    opened.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Business Suite</title>' });
  });
  await page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true }).setInputFiles({
    name: 'profile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync(SAMPLE, 'utf8')), systemUserName: 'Not Yet Created', defaultLanguage: 'en' })),
  });
  await expect(page.locator('code.sha')).toBeVisible();
  await wizard.startPractice();
  await wizard.button('ui.practiceToken.admin-never').click();
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await wizard.next();
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await wizard.next();
  await wizard.expectStep('systemUser');
  // The named system user is not there: the page to create it is offered, open, with the name to type.
  const suite = page.locator('details.suite', { hasText: wizard.t('ui.suite.userTitle') });
  await expect(suite).toHaveAttribute('open', '');
  await expect(suite).toContainText(wizard.t('ui.suite.user1', { name: '"Not Yet Created"' }));
  const reads = () => harness.channels.filter((c) => c === 'account.systemUsers').length;
  const before = reads();
  const [popup] = await Promise.all([context.waitForEvent('page'), suite.getByRole('link', { name: wizard.t('ui.suite.open') }).click()]);
  await popup.waitForLoadState();
  expect(opened).toEqual([`https://business.facebook.com/settings/system-users?business_id=${LUCKY.business.id}`]);
  await popup.close();
  // Coming back to the wizard's window.
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(suite.getByRole('status')).toHaveText(wizard.t('ui.suite.checked'));
  expect(reads()).toBe(before + 1);
  expect(unexpectedConsole(harness)).toEqual([]);
});

/** The default scenario plus a 60-day token of the provider's (employee) system user. */
function withEmployee60Day(): object {
  const scenario = JSON.parse(readFileSync(DEFAULT_SCENARIO, 'utf8')) as { tokens: Record<string, unknown>[] };
  const employee = scenario.tokens.find((token) => token['label'] === 'employee');
  if (!employee) throw new Error('the default scenario has no employee token');
  const { expiresAt: _never, issuedAt: _issued, ...rest } = employee;
  scenario.tokens.push({
    ...rest,
    label: 'employee-60-day',
    note: 'Employee system user, 60-day token.',
    value: `EAAJBxZCpsLkBO${'Sixty0Day1Employee2Token3'.repeat(6)}`,
    issuedSecondsAgo: 432000,
    expiresInSeconds: 4752000,
  });
  return scenario;
}

test.describe('a 60-day provider token', () => {
  test.use({ scenario: withEmployee60Day() });

test('offers a calendar reminder a week before it expires', async ({ wizard }) => {
  const { page } = wizard;
  await toHandoff(wizard);
  await page.getByRole('button', { name: 'employee-60-day', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: wizard.t('ui.handoff.fit') })).toBeVisible();
  const heading = page.getByRole('heading', { name: new RegExp(wizard.t('ui.handoff.reminderTitle', { date: 'XX' }).split('XX')[0]!) });
  await expect(heading).toBeVisible();
  await wizard.button('ui.handoff.reminder').click();
  const saved = page.getByText(wizard.t('ui.handoff.reminderSaved', { path: 'XX' }).split('XX')[0]!.trim());
  await expect(saved).toContainText('.ics');
  const path = /(\/\S+\.ics)/.exec(await saved.innerText())?.[1] ?? '';
  const ics = readFileSync(path, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('BEGIN:VEVENT');
});
});

test('a provider file opened with the already running app shows when the window gains focus, and speaks its language', async ({ wizard, harness }) => {
  const { page } = wizard;
  await expect(page.getByLabel(wizard.t('ui.profile.fileLabel'), { exact: true })).toBeVisible();
  await expect(page.locator('code.sha')).toHaveCount(0);
  // What main/app does for a second launch or macOS open-file: the file goes through profile.load, then the window is focused.
  const loaded = await harness.core.invoke('profile.load', { text: readFileSync(SAMPLE, 'utf8') });
  expect(loaded.ok).toBe(true);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  wizard.language = 'es';
  await expect(page.getByText(wizard.t('ui.profile.loaded', { name: 'Lucky Shrub Messaging' }))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Focusing again with the same profile reads nothing new into the state.
  const before = harness.channels.filter((c) => c === 'settings.get').length;
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect.poll(() => harness.channels.filter((c) => c === 'profile.current').length).toBeGreaterThanOrEqual(3);
  expect(harness.channels.filter((c) => c === 'settings.get').length).toBe(before);
  expect(unexpectedConsole(harness)).toEqual([]);
});
