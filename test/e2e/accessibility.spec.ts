/**
 * axe finds no violations on any step, in the light and the dark theme: the
 * dark one both from the system (prefers-color-scheme) and chosen in Settings.
 * Besides the plain steps it checks the states that add UI: a diagnosis with
 * problems, the multi-partner Access step, the confirm dialogs, a rate-limit
 * wait and an error panel.
 */
import { test, expect, type Harness } from './support/fixtures';
import { AxeAudit } from './support/axe';
import { LUCKY, type Wizard } from './support/wizard';

const BACKGROUND = (wizard: Wizard) => wizard.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** Walks the whole flow, auditing every screen on the way. */
async function auditFlow(wizard: Wizard, harness: Harness, axe: AxeAudit): Promise<void> {
  const { page } = wizard;
  await axe.check('welcome');
  await wizard.startLive();
  await axe.check('connect');
  await page.getByText(wizard.t('ui.connect.guideTitle')).click();
  await wizard.pasteToken(harness.token('admin-expired'));
  await axe.check('connect: expired token, guide open');
  await wizard.pasteToken(harness.token('admin-never'));
  await axe.check('connect: usable token');

  await wizard.next();
  await wizard.expectStep('account');
  await expect(wizard.radio(LUCKY.ownedWaba.name)).toBeVisible();
  await axe.check('account');
  // The multi-partner WABA first, for its disabled Full control.
  await wizard.radio(LUCKY.partnerWaba.name).check();
  await wizard.next();
  await wizard.expectStep('systemUser');
  await expect(wizard.radio(LUCKY.employee.name)).toBeVisible();
  await axe.check('system user');
  await wizard.chooseUser(LUCKY.employee.name);
  await axe.check('access: multi-partner');
  await wizard.button('ui.nav.back').click();
  await wizard.button('ui.nav.back').click();
  await wizard.expectStep('account');
  await wizard.radio(LUCKY.ownedWaba.name).check();
  await wizard.next();
  await wizard.chooseUser(LUCKY.employee.name);
  await axe.check('access');

  await wizard.review();
  await axe.check('review');
  await wizard.button('ui.review.apply').click();
  await expect(wizard.dialog).toBeVisible();
  await axe.check('review: confirm dialog');
  harness.graph.addFault({ method: 'POST', pathIncludes: '/assigned_users', batch: true, fault: { kind: 'throttle', code: 4, regainMinutes: 0 } });
  await wizard.dialogButton('ui.review.confirmYes').click();
  await expect(page.getByRole('heading', { name: wizard.t('ui.wait.title') })).toBeVisible();
  await axe.check('review: rate-limit wait');
  await wizard.button('ui.wait.tryNow').click();

  await wizard.expectVerified(['DEVELOP']);
  await axe.check('verify');
  harness.graph.addFault({ method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'reset-before-apply' }, times: 50 });
  await wizard.button('ui.verify.recheck').click();
  await expect(wizard.alert).toBeVisible();
  await axe.check('verify: network error');
  harness.graph.clearFaults();
  await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await wizard.expectVerified(['DEVELOP']);
  await wizard.button('ui.verify.undo').click();
  await expect(wizard.dialog).toBeVisible();
  await axe.check('verify: undo dialog');
  await wizard.dialogButton('ui.verify.undoNo').click();

  await wizard.toReceipt();
  await wizard.saveReceipt('json');
  await axe.check('receipt');
  await wizard.openSettings();
  await axe.check('settings');
  await page.getByRole('button', { name: wizard.t('ui.token.forget'), exact: true }).click();
  await expect(wizard.dialog).toBeVisible();
  await axe.check('settings: forget dialog');
  await wizard.dialogButton('ui.token.forgetNo').click();
}

const SCREENS = 17;
const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 25, 30)' } as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme from the system`, () => {
    test.use({ colorScheme: scheme });

    test(`axe: no violations on any step (${scheme})`, async ({ wizard, harness }) => {
      await expect(wizard.page.locator('html')).not.toHaveAttribute('data-theme', /./);
      expect(await BACKGROUND(wizard)).toBe(BACKGROUNDS[scheme]);
      const axe = new AxeAudit(wizard.page);
      await auditFlow(wizard, harness, axe);
      expect(axe.screens).toHaveLength(SCREENS);
      expect(axe.violations).toEqual({});
    });
  });
}

test.describe('dark theme chosen in Settings', () => {
  test.use({ colorScheme: 'light' });

  test('axe: no violations on any step (dark from Settings)', async ({ wizard, harness }) => {
    expect(await BACKGROUND(wizard)).toBe(BACKGROUNDS.light);
    await wizard.openSettings();
    await wizard.saveSettings({ theme: 'dark' });
    await expect(wizard.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await wizard.closeSettings();
    expect(await BACKGROUND(wizard)).toBe(BACKGROUNDS.dark);
    const axe = new AxeAudit(wizard.page);
    await auditFlow(wizard, harness, axe);
    expect(axe.screens).toHaveLength(SCREENS);
    expect(axe.violations).toEqual({});
  });
});

test('the audit is not blind: an image without a text alternative is reported', async ({ wizard }) => {
  await wizard.page.evaluate(() => document.querySelector('main')?.append(document.createElement('img')));
  const axe = new AxeAudit(wizard.page);
  await axe.check('welcome with a bare image');
  expect(axe.violations['welcome with a bare image']?.join('\n')).toMatch(/^image-alt \(critical\)/m);
});
