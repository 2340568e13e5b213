/**
 * "What to do" follows Meta's code and subcode (issue 8.2): each refusal
 * graph-api.md documents is planted on the practice server (fault switches,
 * Meta's own payloads where the server has them) and the CLI must print that
 * refusal's own remedy, never the generic line of its error kind.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fault } from '../../../main/practice/api';
import { multiPartnerTaskRefused, notAdmin, nonexistingField, requiresPermission, unknownPathComponents, unsupportedRequest } from '../../../main/practice/payloads';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { translate } from '../../../shared/i18n';
import { remedyKey, type RemedyId } from '../../../shared/remedies';
import { enCli } from '../../../shared/i18n/en-cli';

/** The command line's own "What to do" lines (English, as a run without --lang), by error kind. */
const CLI_ACTION: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(enCli).filter(([key]) => key.startsWith('cli.action.')).map(([key, text]) => [key.slice('cli.action.'.length), text]),
);
import { ensureCliBuilt, runCli } from './support';

const BIZ = '506914307656634';

test.beforeAll(() => ensureCliBuilt());

const graphError = (status: number, error: Record<string, unknown>): Fault => ({ kind: 'graph-error', status, body: { error: { fbtrace_id: 'AbhJCUSXvlayP5cp9FXUKnj', ...error } } });
const payload = (p: { fields: Record<string, unknown> }): Fault => graphError(400, p.fields);

/** Each planted refusal, the remedy it must get, and the exit code of its kind. */
const CASES: readonly { readonly name: string; readonly fault: Fault; readonly remedy: RemedyId; readonly exit: number; readonly params?: Record<string, string> }[] = [
  { name: '190/463 expired', fault: { kind: 'expire-token' }, remedy: 'token-expired', exit: 3 },
  { name: '190/460 password changed', fault: graphError(400, { type: 'OAuthException', code: 190, error_subcode: 460, message: 'Error validating access token: The session has been invalidated because the user has changed the password.' }), remedy: 'token-password-changed', exit: 3 },
  { name: '190/467 invalid', fault: graphError(400, { type: 'OAuthException', code: 190, error_subcode: 467, message: 'Invalid OAuth access token.' }), remedy: 'token-invalid', exit: 3 },
  { name: '190/458 app not installed', fault: graphError(400, { type: 'OAuthException', code: 190, error_subcode: 458, message: 'Error validating access token.' }), remedy: 'token-app-not-installed', exit: 3 },
  { name: '2500 unknown path', fault: payload(unknownPathComponents('/v2.80/x')), remedy: 'unknown-path', exit: 1 },
  { name: '100/33 object not visible', fault: payload(unsupportedRequest('GET', BIZ)), remedy: 'object-not-visible', exit: 4 },
  { name: '200 requires business_management', fault: graphError(403, requiresPermission('business_management').fields), remedy: 'missing-scope', exit: 4, params: { scope: 'business_management' } },
  { name: '200/1349174 not admin', fault: graphError(403, notAdmin().fields), remedy: 'not-admin', exit: 4 },
  { name: '200 multi-partner', fault: graphError(403, multiPartnerTaskRefused('MESSAGING').fields), remedy: 'multi-partner', exit: 4 },
  { name: '200 other', fault: graphError(403, { type: 'OAuthException', code: 200, message: '(#200) Permissions error' }), remedy: 'no-asset-access', exit: 4 },
  { name: '10 app permission', fault: graphError(403, { type: 'OAuthException', code: 10, message: '(#10) Application does not have permission for this action' }), remedy: 'app-permission', exit: 4 },
  { name: '3 capability', fault: graphError(400, { type: 'OAuthException', code: 3, message: '(#3) Application does not have the capability to make this API call.' }), remedy: 'capability', exit: 4 },
  { name: '4 app throttle', fault: { kind: 'throttle', code: 4, regainMinutes: 60 }, remedy: 'rate-app', exit: 6 },
  { name: '17 user throttle', fault: { kind: 'throttle', code: 17, regainMinutes: 60 }, remedy: 'rate-user', exit: 6 },
  { name: '32 page throttle', fault: { kind: 'throttle', code: 32, regainMinutes: 60 }, remedy: 'rate-user', exit: 6 },
  { name: '613 custom throttle', fault: { kind: 'throttle', code: 613, regainMinutes: 60 }, remedy: 'rate-custom', exit: 6 },
  { name: '80008 WABA throttle', fault: { kind: 'throttle', code: 80008, regainMinutes: 60 }, remedy: 'rate-waba', exit: 6 },
];

test('each documented code and subcode gets its own remedy, not the kind\'s generic line', async () => {
  test.setTimeout(180_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-remedies-'));
  try {
    for (const c of CASES) {
      server.clearFaults();
      server.addFault({ fault: c.fault, pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: true });
      server.addFault({ fault: c.fault, pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: false });
      const run = await runCli(['system-users', '--business', BIZ, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
      const todo = run.stderr.split('\n').find((l) => l.startsWith('What to do: ')) ?? '';
      expect(todo, `${c.name}: ${run.stderr}`).toBe(`What to do: ${translate('en', remedyKey(c.remedy), c.params)}`);
      expect(Object.values(CLI_ACTION), c.name).not.toContain(todo.slice('What to do: '.length));
      expect(run.code, `${c.name}: ${run.stderr}`).toBe(c.exit);
    }
    // 100 "nonexisting field ... on node type (X)": the command itself names the ID's kind (exit 2), more
    // specific still than the table's 'wrong-id-kind' remedy (which the unit test covers).
    server.clearFaults();
    const wrongKind = payload(nonexistingField('system_users', 'WhatsAppBusinessAccount'));
    server.addFault({ fault: wrongKind, pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: true });
    server.addFault({ fault: wrongKind, pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: false });
    const named = await runCli(['system-users', '--business', BIZ, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
    expect(named.code, named.stderr).toBe(2);
    expect(named.stderr).toContain(`The business ID ${BIZ} is not a business portfolio: Meta says it is a WhatsApp Business Account`);
  } finally {
    await server.close();
  }
});

test('a refusal graph-api.md documents nothing specific for keeps the kind\'s own remedy', async () => {
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-remedies-'));
  try {
    server.addFault({ fault: graphError(400, { type: 'OAuthException', code: 190, message: 'Invalid OAuth access token data.' }), pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: true });
    server.addFault({ fault: graphError(400, { type: 'OAuthException', code: 190, message: 'Invalid OAuth access token data.' }), pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: false });
    const run = await runCli(['system-users', '--business', BIZ, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
    // 190 without a subcode: Meta's token is refused, the token remedy applies (graph-api.md A11).
    expect(run.stderr).toContain(`What to do: ${translate('en', remedyKey('token-invalid'))}`);
    server.clearFaults();
    server.addFault({ fault: graphError(400, { type: 'OAuthException', code: 100, message: '(#100) Missing Permission' }), pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: true });
    server.addFault({ fault: graphError(400, { type: 'OAuthException', code: 100, message: '(#100) Missing Permission' }), pathIncludes: `${BIZ}/system_users`, times: Infinity, batch: false });
    const other = await runCli(['system-users', '--business', BIZ, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
    expect(other.stderr, other.stderr).toContain(`What to do: ${CLI_ACTION['invalid-request'] ?? translate('en', 'error.invalid-request.action')}`);
  } finally {
    await server.close();
  }
});
