/**
 * A canary token: the scenario's working admin token is replaced by one with
 * "CANARY" written through it, then a full flow runs, including errors (one
 * where Meta's answer quotes the token back). The scenario's app has "Require
 * App Secret" on, so Connect also takes a canary app secret. Neither the token
 * nor the app secret, nor any long piece of them, may reach the DOM, browser
 * storage, the console, an IPC reply, a URL, or any file the core writes; the
 * app secret reaches no request at all (only its proof does).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { browserStorage } from './support/storage';
import { LUCKY } from './support/wizard';
import { assertCredentialsRule, assertNoLeaks } from '../support/leak-oracle';

const MARK = 'CANARY';
const hex = (n: number): string => randomUUID().replace(/-/g, '').repeat(4).slice(0, n);
/** "EAA..." of the scenario's charset; the mark appears three times, never in the last four characters. */
const CANARY_TOKEN = `EAAJBxZC${MARK}${hex(50)}${MARK}${hex(50)}${MARK}${hex(8)}`;

interface ScenarioToken {
  label: string;
  value: string;
}
const scenarioPath = new URL('../../main/practice/scenarios/default.json', import.meta.url);
const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8')) as { tokens: ScenarioToken[] };
/** An app secret is 32 lower-case hex characters (no room for a mark): a random one, looked for by its pieces. */
const CANARY_SECRET = randomUUID().replace(/-/g, '');
const canaryScenario = {
  ...scenario,
  app: { ...(scenario as unknown as { app: object }).app, secret: CANARY_SECRET, requireAppSecret: true },
  tokens: scenario.tokens.map((t) => (t.label === 'admin-never' ? { ...t, value: CANARY_TOKEN } : t)),
};

test.use({ scenario: canaryScenario });

/** Where the canary would show in the page: the DOM, every field's current value, the document title. */
async function pageText(page: Page): Promise<string> {
  const values = await page.evaluate(() => [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value));
  return [await page.content(), ...values, await page.title()].join('\n');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the canary token never leaks into the DOM, storage, console, IPC replies or files', async ({ wizard, harness }) => {
  const { page } = wizard;
  expect(harness.token('admin-never')).toBe(CANARY_TOKEN);
  const snapshots: string[] = [];
  const snap = async (): Promise<void> => {
    snapshots.push(await pageText(page));
  };

  await wizard.startLive();
  // The app requires its secret: the first try is refused as that, and the section opens.
  await wizard.pasteTokenExpectingIssue(CANARY_TOKEN);
  await expect(wizard.alert).toContainText(wizard.t('error.app-secret-required.title'));
  const secretField = page.getByLabel(wizard.t('ui.connect.appSecretLabel'), { exact: true });
  await secretField.fill(CANARY_SECRET);
  await expect(secretField).toHaveAttribute('type', 'password');
  // Shown while typing (the user asked for it), then gone from the field after "Check token".
  const field = page.getByLabel(wizard.t('ui.connect.tokenLabel'), { exact: true });
  await field.fill(CANARY_TOKEN);
  await wizard.button('ui.connect.show').click();
  await expect(field).toHaveAttribute('type', 'text');
  await wizard.button('ui.connect.submit').click();
  await expect(field).toHaveValue('');
  await expect(field).toHaveAttribute('type', 'password');
  await expect(secretField).toHaveValue('');
  await expect(wizard.diagnosis.getByText(wizard.t('ui.connect.usable'))).toBeVisible();
  await expect(page.locator('.token-badge')).toHaveText(`${wizard.t('ui.token.title')} …${CANARY_TOKEN.slice(-4)}`);
  await snap();

  await wizard.chooseAccount(LUCKY.ownedWaba.name);
  await wizard.chooseUser(LUCKY.employee.name);
  await wizard.review();
  await snap();

  // Error 1: the connection drops during apply.
  // The apply batch (its POST and read-back) loses its connection, twice.
  harness.graph.addFault({ method: 'POST', batch: true, fault: { kind: 'reset-before-apply' }, times: 2 });
  await wizard.confirmApply();
  await expect(wizard.alert).toBeVisible();
  await snap();
  await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await wizard.expectVerified(['DEVELOP']);

  // Error 2: Meta's error quotes the token back, in the fields the wizard shows to the user.
  const quoted = `Token ${CANARY_TOKEN} is not allowed here`;
  harness.graph.addFault({
    method: 'GET',
    pathIncludes: '/assigned_users',
    fault: {
      kind: 'graph-error',
      status: 400,
      body: {
        error: {
          message: quoted,
          type: 'OAuthException',
          code: 100,
          error_user_title: quoted,
          error_user_msg: `Check ${CANARY_TOKEN} and try again`,
          fbtrace_id: 'ACanaryTrace1',
        },
      },
    },
  });
  await wizard.button('ui.verify.recheck').click();
  await expect(wizard.alert).toBeVisible();
  await expect(wizard.alert).toContainText(wizard.t('error.invalid-request.title'));
  await expect(wizard.alert).toContainText('ACanaryTrace1');
  await snap();
  await wizard.alert.getByRole('button', { name: wizard.t('ui.error.retry'), exact: true }).click();
  await wizard.expectVerified(['DEVELOP']);

  await wizard.toReceipt();
  await wizard.saveReceipt('json');
  await wizard.saveReceipt('html');
  await snap();
  await wizard.openSettings();
  await expect(page.getByText(wizard.t('ui.token.connected', { last4: CANARY_TOKEN.slice(-4) }))).toBeVisible();
  await snap();

  const storage = JSON.stringify(await browserStorage(page));
  const files = filesUnder(harness.dataDir);
  expect(files.some((f) => f.endsWith('.json') && f.includes('receipts'))).toBe(true);

  const places: Record<string, string> = {
    dom: snapshots.join('\n'),
    storage,
    console: harness.consoleLines.join('\n'),
    ipcReplies: harness.replies.join('\n'),
    requestUrls: harness.graph.log.map((e) => `${e.path}?${JSON.stringify(e.query)}`).join('\n'),
    ...Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')])),
  };
  const secretPieces = [CANARY_SECRET.slice(0, 12), CANARY_SECRET.slice(10, 22), CANARY_SECRET.slice(-12)];
  const leaks = Object.entries(places)
    .filter(([, content]) => content.includes(MARK) || content.includes(CANARY_TOKEN.slice(0, 12)) || secretPieces.some((piece) => content.includes(piece)))
    .map(([where]) => where);
  expect(leaks).toEqual([]);
  // Every request after the secret was given carried a proof (the server refuses any other), and none carried the secret.
  expect(harness.graph.log.some((e) => e.query['appsecret_proof'] !== undefined)).toBe(true);
  expect(harness.replies.length).toBeGreaterThan(10);
  expect(harness.graph.log.some((e) => e.tokenInUrl)).toBe(false);
  expect(harness.graph.log.every((e) => e.bearer === (e.batchSize === undefined))).toBe(true);
  assertCredentialsRule(harness.graph, [CANARY_TOKEN, ...harness.graph.scenario.tokens.map((t) => t.value)]);
  // Raw requests: no 12-character piece of the canary outside the Authorization header and the batch form's access_token.
  assertNoLeaks(harness.graph, [CANARY_TOKEN]);
  // The app secret: not even where the token may be.
  expect(harness.graph.rawRequests.some((r) => secretPieces.some((piece) => JSON.stringify(r).includes(piece)))).toBe(false);
  expect(unexpectedConsole(harness)).toEqual([]);
});
