/**
 * What the token's own role and identity mean for each command (issue 8.1):
 * a refusal about the whole command (an employee system user's token, an ID
 * of the wrong kind) comes first and alone, before any plan line or row, and
 * nothing is sent (zero POST/DELETE in the practice server's log); `inspect`
 * ends with a true conclusion for an employee's token (it reads, it cannot
 * give access; exit 4, `canGiveAccess` in --json); `whatis` on the token's
 * own app names it from debug_token, in the same batch as its probes.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli, type CliRun } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const CLIENT = '104996122399160';
const PHONE = '106540352242922';
const APP = '634974688087057';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);

interface World {
  readonly server: RunningPracticeServer;
  readonly dataDir: string;
  run(label: string, args: readonly string[]): Promise<CliRun>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-roles-'));
  return {
    server,
    dataDir,
    run: (label, args) => runCli([...args, '--token-stdin'], { input: server.token(label), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir } }),
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test("inspect with an employee's token: it can read but cannot give access, says who can, exit 4 (--json: canGiveAccess false)", async () => {
  const w = await world();
  try {
    const employee = await w.run('employee', ['inspect']);
    expect(employee.code, employee.stdout + employee.stderr).toBe(4);
    expect(employee.stdout).not.toContain('The token can be used.');
    expect(employee.stdout).toContain('The token can read, but it cannot give access');
    expect(employee.stdout).toContain('the token of an admin system user of this business, or by an admin of the business in Business Settings > Users > System users');
    const json = await w.run('employee', ['inspect', '--json']);
    expect(json.code).toBe(4);
    expect(lastJson(json)).toMatchObject({ usable: true, canGiveAccess: false, identity: { role: 'EMPLOYEE' } });

    const admin = await w.run('admin-never', ['inspect', '--json']);
    expect(admin.code).toBe(0);
    expect(lastJson(admin)).toMatchObject({ usable: true, canGiveAccess: true });
    const refused = await w.run('admin-no-business-management', ['inspect', '--json']);
    expect(refused.code).toBe(3);
    expect(lastJson(refused)).toMatchObject({ usable: false, canGiveAccess: false });
    const spanish = await w.run('employee', ['inspect', '--lang', 'es']);
    expect(spanish.stdout).toContain('El token puede leer, pero no puede dar acceso');
  } finally {
    await w.dispose();
  }
});

test("whatis on the token's own app names the app from debug_token, in the probes' one batch; its own system user and business too", async () => {
  const w = await world();
  try {
    for (const label of ['employee', 'admin-never']) {
      w.server.clearLog();
      const app = await w.run(label, ['whatis', APP]);
      expect(app.code, app.stdout + app.stderr).toBe(0);
      expect(app.stdout).toContain(`${APP} is the Meta app this token belongs to: Lucky Shrub.`);
      // One request: debug_token travelled with the probes.
      expect(w.server.log.length, label).toBe(1);
      expect(w.server.log[0]?.batchSize).toBe(5);
      const json = await w.run(label, ['whatis', APP, '--json']);
      expect(lastJson(json)).toEqual({ id: APP, kind: 'app', name: 'Lucky Shrub' });
    }
    const own = await w.run('employee', ['whatis', EMPLOYEE]);
    expect(own.code).toBe(0);
    expect(own.stdout).toContain(`${EMPLOYEE} is a system user: BSP Integration.`);
    const business = await w.run('employee', ['whatis', BIZ]);
    expect(business.code).toBe(0);
    expect(business.stdout).toContain(`${BIZ} is a business portfolio: Lucky Shrub.`);
    // Another app's id stays something this token cannot see.
    const other = await w.run('employee', ['whatis', '999999999999999']);
    expect(other.code).toBe(4);
    expect(w.server.writeRequests).toBe(0);
  } finally {
    await w.dispose();
  }
});

const NOT_ADMIN = 'Nothing was sent. The connected token belongs to an employee system user (Employee). Only an admin system user can give access';
const NOT_ADMIN_TAKE = 'Nothing was sent. The connected token belongs to an employee system user (Employee). Only an admin system user can take access away';

/** Nothing reached Meta but reads: no POST or DELETE, alone or inside a batch. */
function nothingSent(server: RunningPracticeServer): void {
  expect(server.writeRequests).toBe(0);
  expect(server.log.filter((entry) => entry.method === 'DELETE')).toEqual([]);
}

test("remove with an employee's token is refused before its DELETE, first and alone, exit 2 like assign", async () => {
  const w = await world();
  try {
    // The employee system user sees the client WABA it is assigned to (default scenario): Meta would answer 200/1349174 after the DELETE.
    for (const args of [['--business', BIZ, '--yes'], ['--yes'], ['--business', BIZ], []]) {
      const run = await w.run('employee', ['remove', '--waba', CLIENT, '--user', EMPLOYEE, ...args]);
      expect(run.code, `${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.split('\n')[0]).toContain(NOT_ADMIN_TAKE);
      expect(run.stderr).toContain("ask an admin of the business to do this step, or connect an admin system user's token.");
    }
    const json = await w.run('employee', ['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--business', BIZ, '--yes', '--json']);
    expect(json.code).toBe(2);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['token'] } });
    nothingSent(w.server);
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP']);
    // No removal receipt either.
    expect(existsSync(join(w.dataDir, 'receipts')) ? readdirSync(join(w.dataDir, 'receipts')) : []).toEqual([]);
  } finally {
    await w.dispose();
  }
});

test('assign, remove and bulk say a whole-command refusal alone: no plan line, no row, no business line before it', async () => {
  const w = await world();
  try {
    const refusedAlone = async (label: string, args: readonly string[], words: string, code: string): Promise<void> => {
      const run = await w.run(label, args);
      expect(run.code, `${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.split('\n')[0], args.join(' ')).toContain(words);
      // The code is for scripts: --json names it, the prose does not.
      expect(run.stderr, args.join(' ')).not.toContain(`(${code})`);
      const json = await w.run(label, [...args, '--json']);
      expect(json.code).toBe(2);
      expect(JSON.stringify(lastJson(json))).toContain(`(${code})`);
    };
    // The employee's token: it would add VIEW_INSIGHTS, or change nothing; neither is shown.
    for (const tasks of ['VIEW_INSIGHTS', 'DEVELOP']) {
      await refusedAlone('employee', ['assign', '--waba', CLIENT, '--business', BIZ, '--user', EMPLOYEE, '--tasks', tasks, '--yes'], NOT_ADMIN, 'token-not-admin');
    }
    // IDs of the wrong kind: no "added: DEVELOP" for a WABA that is a phone number or a business.
    const assign = (waba: string) => ['assign', '--waba', waba, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'];
    await refusedAlone('admin-never', assign(PHONE), `Nothing was sent. ${PHONE} is a phone number ID, not a WhatsApp Business account ID. Its WhatsApp Business account is ${OWNED}`, 'phone-number-not-waba');
    await refusedAlone('admin-never', assign(BIZ), `Nothing was sent. The WhatsApp account ID ${BIZ} is not a WhatsApp Business account`, 'waba-id-wrong-kind');
    // remove: no "Using business ..." line before the refusal; a WABA id as --business is refused, not "nothing to remove".
    await refusedAlone('admin-never', ['remove', '--waba', BIZ, '--user', EMPLOYEE, '--yes'], `The WhatsApp account ID ${BIZ} is not a WhatsApp Business account`, 'waba-id-wrong-kind');
    await refusedAlone('admin-never', ['remove', '--waba', OWNED, '--user', EMPLOYEE, '--business', OWNED, '--yes'], `The business ID ${OWNED} is not a business portfolio`, 'business-id-wrong-kind');

    // bulk: an employee's token refuses the whole run once, before the row table, and writes no receipt.
    const file = join(w.dataDir, 'rows.csv');
    writeFileSync(file, `waba,business,user,tasks\n${CLIENT},${BIZ},${EMPLOYEE},VIEW_INSIGHTS\n${OWNED},${BIZ},${EMPLOYEE},DEVELOP\n`);
    await refusedAlone('employee', ['bulk', '--file', file, '--yes'], NOT_ADMIN, 'token-not-admin');
    const json = await w.run('employee', ['bulk', '--file', file, '--yes', '--json']);
    expect(json.code).toBe(2);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['token'] } });
    expect(existsSync(join(w.dataDir, 'receipts')) ? readdirSync(join(w.dataDir, 'receipts')) : []).toEqual([]);
    nothingSent(w.server);
  } finally {
    await w.dispose();
  }
});
