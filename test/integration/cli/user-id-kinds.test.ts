/**
 * IDs of the wrong kind named, not guessed (issue 8.3): a WABA, phone-number
 * or business ID given as the system user (--user of assign, verify, remove,
 * handoff; bulk's user column) says what the ID is, exit 2 (bulk: the row
 * refused at planning with its line number), and a system user's ID given as
 * --waba or --business says "a system user" in the user's words, never Meta's
 * node type. Nothing is sent for any of them.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../../shared/i18n';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const CLIENT_WABA = '104996122399160';
const PHONE = '106540352242922';
const EMPLOYEE = '1972555232742222';
const RAW_TYPES = /SystemUser|WhatsAppBusinessAccount|WhatsAppBusinessPhoneNumber|node type/;

const notUser = (id: string, kind: string): string => `The system user ID ${id} is not a system user: Meta says it is ${kind}.`;
const PHONE_AS_USER = `${PHONE} is not a system user: it is a phone number of WhatsApp account ${OWNED}.`;

test.beforeAll(() => ensureCliBuilt());

test('a WABA, phone number or business ID as --user of assign, verify and remove: exit 2 saying what it is, nothing sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-user-kinds-'));
  const run = (args: string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
  try {
    const cases: readonly (readonly [string, string])[] = [
      [OWNED, notUser(OWNED, 'a WhatsApp Business Account')],
      [PHONE, PHONE_AS_USER],
      [BIZ, notUser(BIZ, 'a business portfolio')],
    ];
    for (const [user, said] of cases) {
      const assign = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', user, '--tasks', 'DEVELOP', '--yes']);
      expect(assign.code, assign.stdout + assign.stderr).toBe(2);
      // A refusal about the whole command comes alone, with no plan before it (token-roles.test.ts).
      expect(assign.stderr).toContain(said);
      expect(assign.stdout).toBe('');
      expect(assign.stdout + assign.stderr).not.toContain('does not belong to the chosen business');
      for (const args of [['verify', '--tasks', 'DEVELOP'], ['remove', '--yes']]) {
        const refused = await run([...args, '--waba', OWNED, '--business', BIZ, '--user', user]);
        expect(refused.code, `${args[0]} ${user}: ${refused.stderr}`).toBe(2);
        expect(refused.stderr).toContain(said);
      }
    }
    const json = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', PHONE, '--tasks', 'DEVELOP', '--yes', '--json']);
    expect(json.code).toBe(2);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['user'] } });
    const removeJson = await run(['remove', '--waba', OWNED, '--business', BIZ, '--user', OWNED, '--yes', '--json']);
    expect(lastJson(removeJson)).toMatchObject({ error: { kind: 'bad-input', fields: ['user'] } });
    // Said in the user's language, with the kind in that language's words.
    const spanish = await run(['verify', '--waba', OWNED, '--business', BIZ, '--user', OWNED, '--tasks', 'DEVELOP', '--lang', 'es']);
    expect(spanish.code).toBe(2);
    expect(spanish.stderr).toContain(translate('es', 'plan.user-id-wrong-kind', { id: OWNED, kind: translate('es', 'idKind.waba') }));
    // A real system user that is not the business's is still said to be one of another business.
    const good = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', '1972555232742230', '--tasks', 'DEVELOP', '--yes']);
    expect(good.code).toBe(2);
    expect(good.stderr).toContain('does not belong to the chosen business');
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
  }
});

test('handoff --user with a WABA ID, and a system user ID as --waba or --business: named in words, exit 2, nothing sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-user-kinds-handoff-'));
  const run = (args: string[], label = 'admin-never') =>
    runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label) });
  try {
    // The provider's (employee) token sees the client WABA it was given; that ID as --user is named.
    const handoff = await run(['handoff', '--waba', CLIENT_WABA, '--user', CLIENT_WABA], 'employee');
    expect(handoff.code, handoff.stdout + handoff.stderr).toBe(2);
    expect(handoff.stderr).toContain(notUser(CLIENT_WABA, 'a WhatsApp Business Account'));
    expect(lastJson(await run(['handoff', '--waba', CLIENT_WABA, '--user', CLIENT_WABA, '--json'], 'employee'))).toMatchObject({ error: { kind: 'bad-input', fields: ['user'] } });

    const asWaba = [
      ['assign', '--waba', EMPLOYEE, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'],
      ['verify', '--waba', EMPLOYEE, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP'],
      ['remove', '--waba', EMPLOYEE, '--user', EMPLOYEE, '--yes'],
      ['system-users', '--business', BIZ, '--waba', EMPLOYEE],
    ];
    for (const args of asWaba) {
      const refused = await run(args);
      expect(refused.code, `${args.join(' ')}: ${refused.stderr}`).toBe(2);
      expect(refused.stdout + refused.stderr).toContain(`The WhatsApp account ID ${EMPLOYEE} is not a WhatsApp Business account: Meta says it is a system user.`);
      expect(refused.stdout + refused.stderr).not.toMatch(RAW_TYPES);
    }
    const asBusiness = [
      ['wabas', '--business', EMPLOYEE],
      ['system-users', '--business', EMPLOYEE],
      ['assign', '--waba', OWNED, '--business', EMPLOYEE, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'],
      ['verify', '--waba', OWNED, '--business', EMPLOYEE, '--user', EMPLOYEE, '--tasks', 'DEVELOP'],
    ];
    for (const args of asBusiness) {
      const refused = await run(args);
      expect(refused.code, `${args.join(' ')}: ${refused.stderr}`).toBe(2);
      expect(refused.stdout + refused.stderr).toContain(`The business ID ${EMPLOYEE} is not a business portfolio: Meta says it is a system user.`);
      expect(refused.stdout + refused.stderr).not.toMatch(RAW_TYPES);
    }
    const turkish = await run(['wabas', '--business', EMPLOYEE, '--lang', 'tr']);
    expect(turkish.stderr).toContain(translate('tr', 'plan.business-id-wrong-kind', { id: EMPLOYEE, kind: translate('tr', 'idKind.system-user') }));
    // whatis says a kind in the same words.
    expect((await run(['whatis', EMPLOYEE, '--lang', 'tr'])).stdout).toContain(translate('tr', 'idKind.system-user'));
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
  }
});

test("bulk: rows whose user is a WABA's or a phone number's ID are refused at planning with their line, nothing sent for them", async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-user-kinds-bulk-'));
  const file = join(dataDir, 'rows.csv');
  writeFileSync(file, `waba,business,user,tasks\n${OWNED},${BIZ},${OWNED},DEVELOP\n${OWNED},${BIZ},${PHONE},DEVELOP\n${OWNED},${BIZ},${EMPLOYEE},DEVELOP\n`);
  const run = (extra: string[] = []) =>
    runCli(['bulk', '--file', file, '--yes', ...extra, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
  try {
    const json = await run(['--json']);
    expect(json.stdout).toContain('user-id-wrong-kind');
    expect(json.stdout).toContain('user-id-phone-number');
    expect(server.writeRequests).toBe(1);
    const again = await run();
    expect(again.stdout).toContain(`line 2: WABA ${OWNED}, user ${OWNED}: refused: ${notUser(OWNED, 'a WhatsApp Business Account')}`);
    expect(again.stdout).toContain(`line 3: WABA ${OWNED}, user ${PHONE}: refused: ${PHONE_AS_USER}`);
    expect(again.stdout).toContain(`line 4: WABA ${OWNED}, user ${EMPLOYEE}: already in place`);
    expect(again.code, again.stdout + again.stderr).toBe(1);
    // Only the good row's change was ever sent.
    expect(server.writeRequests).toBe(1);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP']);
  } finally {
    await server.close();
  }
});
