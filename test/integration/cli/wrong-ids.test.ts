/**
 * IDs of the wrong kind in handoff, system-users and bulk (issue 8.3): named
 * from the reads each command makes anyway, exit 2 (bulk: the row refused at
 * planning with its line number), saying what the ID is and, for a phone
 * number given as the WABA, which WABA it belongs to. Nothing is sent.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const PHONE = '106540352242922';
const EMPLOYEE = '1972555232742222';
const PHONE_MEANT = `${PHONE} is a phone number ID, not a WhatsApp Business account ID. Its WhatsApp Business account is ${OWNED}`;

test.beforeAll(() => ensureCliBuilt());

test('a phone number ID as --waba of handoff and system-users, a WABA ID as --business of system-users: exit 2 naming the ID meant', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-wrong-ids-'));
  const run = (args: string[], label = 'admin-never') =>
    runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label) });
  try {
    // The provider's (employee) system user can see the number once it has access to its WABA.
    expect((await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'])).code).toBe(0);
    const writes = server.writeRequests;
    for (const label of ['employee', 'admin-never']) {
      const handoff = await run(['handoff', '--waba', PHONE], label);
      expect(handoff.code, handoff.stdout + handoff.stderr).toBe(2);
      expect(handoff.stderr, label).toContain(PHONE_MEANT);
    }
    const handoffJson = await run(['handoff', '--waba', PHONE, '--json'], 'employee');
    expect(handoffJson.code).toBe(2);
    expect(lastJson(handoffJson)).toMatchObject({ error: { kind: 'bad-input', fields: ['waba'] } });

    const users = await run(['system-users', '--business', BIZ, '--waba', PHONE]);
    expect(users.code, users.stderr).toBe(2);
    expect(users.stderr).toContain(PHONE_MEANT);
    const usersJson = await run(['system-users', '--business', BIZ, '--waba', PHONE, '--json']);
    expect(lastJson(usersJson)).toMatchObject({ error: { kind: 'bad-input', fields: ['waba'] } });

    const business = await run(['system-users', '--business', OWNED]);
    expect(business.code, business.stderr).toBe(2);
    expect(business.stderr).toContain(`The business ID ${OWNED} is not a business portfolio: Meta says it is a WhatsApp Business Account`);
    const businessJson = await run(['system-users', '--business', OWNED, '--waba', OWNED, '--json']);
    expect(businessJson.code).toBe(2);
    expect(lastJson(businessJson)).toMatchObject({ error: { kind: 'bad-input', fields: ['business'] } });

    // verify and remove read the WABA's assigned users first: a phone number there names its WABA too.
    for (const args of [['verify', '--tasks', 'DEVELOP'], ['remove', '--yes']]) {
      const refused = await run([...args, '--waba', PHONE, '--business', BIZ, '--user', EMPLOYEE]);
      expect(refused.code, `${args[0]}: ${refused.stderr}`).toBe(2);
      expect(refused.stderr).toContain(PHONE_MEANT);
    }
    expect(server.writeRequests).toBe(writes);
  } finally {
    await server.close();
  }
});

test('bulk: a row with a phone number ID as the WABA is refused at planning with its line, nothing is sent for it', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-wrong-ids-bulk-'));
  const file = join(dataDir, 'rows.csv');
  writeFileSync(file, `waba,business,user,tasks\n${OWNED},${BIZ},${EMPLOYEE},DEVELOP\n${PHONE},${BIZ},${EMPLOYEE},MANAGE_TEMPLATES\n`);
  try {
    const run = await runCli(['bulk', '--file', file, '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
    expect(run.stdout).toContain(`line 3: WABA ${PHONE}, user ${EMPLOYEE}: refused: ${PHONE_MEANT}`);
    expect(run.stdout).toContain(`line 2: WABA ${OWNED}, user ${EMPLOYEE}: done`);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // Only the good row's change was sent; the phone number's row sent nothing.
    expect(server.writeRequests).toBe(1);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP']);
    const json = await runCli(['bulk', '--file', file, '--yes', '--json', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
    expect(json.stdout).toContain('phone-number-not-waba');
    expect(server.writeRequests).toBe(1);
  } finally {
    await server.close();
  }
});
