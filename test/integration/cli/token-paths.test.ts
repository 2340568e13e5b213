/**
 * The token's kind and role refuse a write before it is sent, however the
 * token came (issue 8.1): stored with `token set` (the keychain, a data dir of
 * this test's own) or piped with --token-stdin. An employee system user's
 * token: assign, remove and bulk exit 2, remove saying access cannot be
 * TAKEN away; a person's token: exit 3 in inspect's own words. Each case: zero
 * POST/DELETE in the practice server's log and the assignment unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli, type CliRun } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const CLIENT = '104996122399160';
const EMPLOYEE = '1972555232742222';
const ADMIN = '1972555232742220';

const GIVE = 'Nothing was sent. The connected token belongs to an employee system user (Employee). Only an admin system user can give access';
const TAKE = 'Nothing was sent. The connected token belongs to an employee system user (Employee). Only an admin system user can take access away';
const PERSON = 'Nothing was sent. This token belongs to a person, a page or an app, not to a system user. Make the token from a system user: Business Settings > Users > System users > Generate new token.';

test.beforeAll(ensureCliBuilt);

interface World {
  readonly server: RunningPracticeServer;
  readonly dataDir: string;
  /** With `stdin`, the token is piped for this run only; without, the stored token is used. */
  run(args: readonly string[], stdin?: string): Promise<CliRun>;
  /** `token set` with a practice token, into this world's own data dir (and keychain entry). */
  store(label: string): Promise<CliRun>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-tokpaths-'));
  const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir };
  const run = (args: readonly string[], stdin?: string): Promise<CliRun> =>
    runCli(stdin === undefined ? args : [...args, '--token-stdin'], { ...(stdin === undefined ? {} : { input: server.token(stdin) }), env });
  return {
    server,
    dataDir,
    run,
    store: (label) => runCli(['token', 'set'], { input: server.token(label), env }),
    async dispose() {
      await run(['token', 'forget']);
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function nothingSent(server: RunningPracticeServer): void {
  expect(server.writeRequests).toBe(0);
  expect(server.log.filter((entry) => entry.method === 'DELETE')).toEqual([]);
}

test("a stored employee's token: assign, remove and bulk are refused before sending (exit 2), remove in its own words", async () => {
  const w = await world();
  try {
    const stored = await w.store('employee');
    expect(stored.code, stored.stdout + stored.stderr).toBe(0);
    const csv = join(w.dataDir, 'rows.csv');
    writeFileSync(csv, `waba,business,user,tasks\n${CLIENT},${BIZ},${EMPLOYEE},VIEW_INSIGHTS\n`);
    w.server.clearLog();
    const cases: [readonly string[], string][] = [
      // The client WABA the employee is assigned to (Meta would answer 200/1349174 after the POST), and the owned one it cannot even read.
      [['assign', '--waba', CLIENT, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'VIEW_INSIGHTS', '--yes'], GIVE],
      [['assign', '--waba', OWNED, '--business', BIZ, '--user', ADMIN, '--tasks', 'VIEW_INSIGHTS', '--yes'], GIVE],
      [['bulk', '--file', csv, '--yes'], GIVE],
      [['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--yes'], TAKE],
      [['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--business', BIZ, '--yes'], TAKE],
    ];
    for (const [args, words] of cases) {
      const run = await w.run(args);
      expect(run.code, `${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toContain(words);
      expect(run.stderr, args.join(' ')).not.toContain('200/1349174');
    }
    const json = await w.run(['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--yes', '--json']);
    expect(json.code).toBe(2);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['token'] } });
    expect(JSON.stringify(lastJson(json))).toContain('(token-not-admin-remove)');
    nothingSent(w.server);
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP']);
  } finally {
    await w.dispose();
  }
});

test("an employee's token through --token-stdin: remove says access cannot be taken away, not given", async () => {
  const w = await world();
  try {
    const run = await w.run(['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--yes'], 'employee');
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain(TAKE);
    expect(run.stderr).not.toContain('can give access');
    const spanish = await w.run(['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--yes', '--lang', 'es'], 'employee');
    expect(spanish.stderr).toContain('Solo un usuario del sistema administrador puede quitar acceso');
    nothingSent(w.server);
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP']);
  } finally {
    await w.dispose();
  }
});

test("a person's token (user-24-hour) is refused by assign, remove and bulk before sending, exit 3, in inspect's words", async () => {
  const w = await world();
  try {
    const inspect = await w.run(['inspect'], 'user-24-hour');
    expect(inspect.code).toBe(3);
    expect(inspect.stdout).toContain('This token belongs to a person, a page or an app, not to a system user.');
    const csv = join(w.dataDir, 'rows.csv');
    writeFileSync(csv, `waba,business,user,tasks\n${OWNED},${BIZ},${EMPLOYEE},VIEW_INSIGHTS\n`);
    const before = w.server.assignedTasks(OWNED, EMPLOYEE);
    w.server.clearLog();
    for (const args of [
      ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'VIEW_INSIGHTS', '--yes'],
      ['remove', '--waba', OWNED, '--user', EMPLOYEE, '--business', BIZ, '--yes'],
      ['remove', '--waba', OWNED, '--user', EMPLOYEE, '--yes'],
      ['bulk', '--file', csv, '--yes'],
    ]) {
      const run = await w.run(args, 'user-24-hour');
      expect(run.code, `${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(3);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr.split('\n')[0], args.join(' ')).toBe(PERSON);
      const json = await w.run([...args, '--json'], 'user-24-hour');
      expect(json.code).toBe(3);
      expect(lastJson(json)).toMatchObject({ error: { kind: 'token-invalid', fields: ['token'] } });
    }
    nothingSent(w.server);
    expect(w.server.assignedTasks(OWNED, EMPLOYEE)).toEqual(before);
  } finally {
    await w.dispose();
  }
});
