/**
 * "Nothing to remove" and "missing" come only from a read that could list the
 * user: with a business the system user does not belong to (or a WABA id as
 * the business), Graph may read the WABA's users as an empty list, so remove
 * and verify refuse with exit 2 naming --business instead of reporting a
 * false result; a phone-number id as --waba is named as such.
 */
import { expect, test } from '@playwright/test';
import { ensureCliBuilt, lastJson, runCli } from './support';
import { translate } from '../../../shared/i18n';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const PHONE = '106540352242922';
const EMPLOYEE = '1972555232742222';
const OTHER_BUSINESS = '609873456789012';

test.beforeAll(() => ensureCliBuilt());

test('remove and verify with a business the user is not in, or a WABA id as business: exit 2, nothing sent, access kept', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-read-scope-'));
  const input = server.token('admin-never');
  const run = (args: string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--json'], { input });
  try {
    const given = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes']);
    expect(given.code).toBe(0);
    const writes = server.writeRequests;
    for (const business of [OWNED, OTHER_BUSINESS]) {
      const removed = await run(['remove', '--waba', OWNED, '--business', business, '--user', EMPLOYEE, '--yes']);
      expect(removed.code, removed.stdout + removed.stderr).toBe(2);
      expect(lastJson(removed)).toMatchObject({ error: { kind: 'bad-input' } });
      const verified = await run(['verify', '--waba', OWNED, '--business', business, '--user', EMPLOYEE, '--tasks', 'DEVELOP']);
      expect(verified.code, verified.stdout + verified.stderr).toBe(2);
    }
    const phone = await run(['remove', '--waba', PHONE, '--business', BIZ, '--user', EMPLOYEE, '--yes']);
    expect(phone.code, phone.stdout + phone.stderr).toBe(2);
    expect(server.writeRequests).toBe(writes);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP']);
    // With the right business the same commands work.
    const ok = await run(['verify', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP']);
    expect(ok.code).toBe(0);
  } finally {
    await server.close();
  }
});

test("an employee's token given with --token-stdin: assign refused at planning (exit 2), nothing sent", async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-employee-'));
  try {
    // The employee can see the owned WABA once it has a task there (an admin gave it one).
    const given = await runCli(
      ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--json'],
      { input: server.token('admin-never') },
    );
    expect(given.code).toBe(0);
    const writes = server.writeRequests;
    const asked = await runCli(
      ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE_TEMPLATES', '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'],
      { input: server.token('employee') },
    );
    expect(asked.code, asked.stdout + asked.stderr).toBe(2);
    // Said in words (the employee role and who can do it), never as the refusal's code.
    expect(asked.stdout + asked.stderr).toContain(translate('en', 'plan.token-not-admin', { role: translate('en', 'ui.user.employee') }));
    expect(asked.stdout + asked.stderr).not.toContain('token-not-admin');
    expect(server.writeRequests).toBe(writes);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP']);
  } finally {
    await server.close();
  }
});

test('--json names the field to fix when the plan refuses an id: a phone number given as --waba is the waba field', async () => {
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-fields-'));
  try {
    const run = await runCli(
      ['assign', '--waba', PHONE, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--json'],
      { input: server.token('admin-never') },
    );
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(lastJson(run)).toMatchObject({ error: { kind: 'bad-input', fields: ['waba'] } });
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
  }
});
