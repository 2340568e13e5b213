/**
 * "What to do" lines that help, and no internal codes in prose (issue 8, CLI
 * guidance): a refusal whose message already says its fix (add --yes, give
 * the option once, the task meant, the WABA to use) gets no generic "check
 * the values" line under it; a remedy for Meta's code still comes; the
 * generic line stays only where nothing more specific is known. People never
 * read a plan problem's code, a refusal kind or a keychain reason code;
 * --json keeps its shape. Every refusal here sends nothing (the practice
 * server's count of POST/DELETE stays 0).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { enCli } from '../../../shared/i18n/en-cli';
import { en } from '../../../shared/i18n/en';
import { ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const SHARED = '104996122399160';
const PHONE = '106540352242922';
const EMPLOYEE = '1972555232742222';
const NO_KEYCHAIN = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };
const GENERIC = `What to do: ${enCli['cli.action.bad-input']}`;

test.beforeAll(() => ensureCliBuilt());

test('a refusal that says its own fix gets no generic "What to do"; the generic line stays where nothing better is known; nothing is sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-what-to-do-'));
  const run = (args: string[], label = 'admin-never') => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label) });
  const assign = ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE];
  try {
    const ownFix = {
      'no terminal, no --yes': await run([...assign, '--tasks', 'DEVELOP']),
      'an option given twice': await run([...assign, '--tasks', 'DEVELOP', '--business', '609873456789012']),
      'a mistyped task': await run([...assign, '--tasks', 'DEVLOP', '--yes']),
      'a phone number as the WABA': await run(['assign', '--waba', PHONE, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes']),
      'MANAGE on a multi-partner WABA': await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes']),
      'a phone number to whatis': await run(['whatis', '+1 631-555-5555']),
    };
    for (const [what, r] of Object.entries(ownFix)) {
      expect(r.code, what).toBe(2);
      expect(r.stderr, what).not.toContain('What to do:');
    }
    expect(ownFix['no terminal, no --yes'].stderr).toContain(enCli['cli.needYes']);
    expect(ownFix['a mistyped task'].stderr).toContain('Did you mean DEVELOP?');

    // Nothing more specific is known about a missing option: the generic line is the help there is.
    const missing = await run(['assign', '--waba', OWNED, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(GENERIC);

    // A remedy for Meta's code beats the kind's own line (190/463: the token expired).
    const expired = await run(['wabas', '--business', BIZ], 'admin-expired');
    expect(expired.code).toBe(3);
    expect(expired.stderr).toContain(`What to do: ${en['remedy.token-expired']}`);

    // --json keeps its shape: kind, message, fields, graph; no remedy field appears or goes.
    const json = await run([...assign, '--tasks', 'DEVELOP', '--json']);
    expect(json.code).toBe(2);
    expect(Object.keys((lastJson(json) as { error: object }).error)).toEqual(['kind', 'message', 'fields', 'graph']);
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
  }
});

test('people never read an internal code: plan refusals, an employee token, a keychain that cannot be used', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-no-codes-'));
  const run = (args: string[], label = 'admin-never', env = {}) =>
    runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label), env });
  try {
    const manage = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes']);
    expect(manage.code).toBe(2);
    expect(manage.stdout + manage.stderr).not.toContain('manage-needs-full-access');
    expect(manage.stderr).toContain(enCli['cli.planBlocked']);
    const employee = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE_TEMPLATES', '--yes'], 'employee');
    expect(employee.code).toBe(2);
    expect(employee.stdout + employee.stderr).not.toMatch(/token-not-admin|\(EMPLOYEE\)/);
    // --json still names the refusal by its code, for scripts.
    const json = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes', '--json']);
    expect((lastJson(json) as { error: { message: string } }).error.message).toContain('manage-needs-full-access');
    expect(server.writeRequests).toBe(0);

    const status = await runCli(['token', 'status', '--data-dir', dataDir], { env: NO_KEYCHAIN });
    expect(status.code).toBe(3);
    expect(status.stdout).toContain(`(${enCli['cli.keychainWhy.no-dbus']})`);
    expect(status.stdout + status.stderr).not.toContain('no-dbus');
    expect(lastJson(await runCli(['token', 'status', '--json', '--data-dir', dataDir], { env: NO_KEYCHAIN }))).toMatchObject({ keychainProblem: 'no-dbus' });
  } finally {
    await server.close();
  }
});
