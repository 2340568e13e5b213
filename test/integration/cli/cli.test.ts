/**
 * The real `waba-access` bundle, spawned against a practice server on
 * loopback with a temp data dir and the test keyring: exit codes, --json
 * shapes, the token read from stdin only, --help everywhere.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { COMMANDS } from '../../../main/cli/args';
import { GRANULAR_TASKS } from '../../../shared/tasks';
import { translate } from '../../../shared/i18n';
import { enCli } from '../../../shared/i18n/en-cli';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { allFiles, ensureCliBuilt, filesContaining, lastJson, runCli, startCli, type CliOptions } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const CLIENT = '104996122399160';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);

interface World {
  readonly server: RunningPracticeServer;
  readonly dataDir: string;
  run(args: readonly string[], options?: CliOptions): ReturnType<typeof runCli>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-cli-'));
  return {
    server,
    dataDir,
    run: (args, options = {}) => runCli(args, { ...options, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir, ...options.env } }),
    async dispose() {
      await runCli(['token', 'forget'], { env: { WABA_DATA_DIR: dataDir } });
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test('--help works for the tool and for every command', async () => {
  const top = await runCli(['--help']);
  expect(top.code).toBe(0);
  expect(top.stdout).toContain('Usage: waba-access <command>');
  expect((await runCli([])).code).toBe(0);
  for (const command of COMMANDS) {
    const run = await runCli([...command.split(' '), '--help']);
    expect(run.code, command).toBe(0);
    expect(run.stdout, command).toContain(`Usage: waba-access ${command}`);
  }
});

test('bad usage exits 2 with a plain message', async () => {
  for (const args of [['fly'], ['token'], ['wabas', '--bogus'], ['inspect', '--business', '1'], ['wabas'], ['wabas', '--business', '12x'], ['assign', '--waba', '1', '--business', '2', '--user', '3', '--tasks', 'FLY']]) {
    const run = await runCli(args, { env: { WABA_DATA_DIR: mkdtempSync(join(tmpdir(), 'waba-cli-usage-')) } });
    expect(run.code, args.join(' ')).toBe(2);
    expect(run.stderr.length, args.join(' ')).toBeGreaterThan(10);
    expect(run.stderr).not.toContain('    at ');
  }
  const json = await runCli(['wabas', '--business', '12x', '--json']);
  expect(json.code).toBe(2);
  expect(lastJson(json)).toEqual({ error: { kind: 'bad-input', message: expect.any(String), fields: ['business'], graph: null } });
});

test('token set reads stdin (never argv), stores in the keychain; status and forget', async () => {
  const w = await world();
  try {
    const token = w.server.token('admin-never');
    const fromArgv = await w.run(['token', 'set', token]);
    expect(fromArgv.code).toBe(2);
    expect(fromArgv.stderr).toContain('standard input');
    expect(w.server.log).toHaveLength(0);

    const set = await w.run(['token', 'set'], { input: `Bearer "${token}"\n` });
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Token stored (the system keychain).');
    expect(set.stdout + set.stderr).not.toContain(token);

    const status = await w.run(['token', 'status', '--json']);
    expect(status.code).toBe(0);
    expect(lastJson(status)).toMatchObject({
      connected: true,
      persisted: true,
      backend: 'keychain',
      fingerprint: { type: 'SYSTEM_USER', appId: '634974688087057', expiresAt: 0, last4: token.slice(-4) },
    });
    expect((await w.run(['inspect'])).code).toBe(0);

    expect((await w.run(['token', 'forget'])).code).toBe(0);
    const after = await w.run(['token', 'status']);
    expect(after.code).toBe(3);
    expect(after.stdout).toContain('No token is stored');
    const missing = await w.run(['inspect', '--json']);
    expect(missing.code).toBe(3);
    expect(lastJson(missing)).toMatchObject({ error: { kind: 'token-missing' } });
  } finally {
    await w.dispose();
  }
});

test('inspect exit codes follow the diagnosis: 0 usable, 3 token problem', async () => {
  const w = await world();
  try {
    const inspect = (label: string) => w.run(['inspect', '--token-stdin', '--json'], { input: w.server.token(label) });
    const admin = await inspect('admin-never');
    expect(admin.code).toBe(0);
    expect(lastJson(admin)).toMatchObject({ usable: true, identity: { role: 'ADMIN' } });
    // An employee's token reads but cannot give access: the job's verdict is exit 4 (token-roles.test.ts).
    expect((await inspect('employee')).code).toBe(4);
    for (const label of ['admin-expired', 'garbage', 'user-24-hour', 'admin-no-business-management']) {
      const run = await inspect(label);
      expect(run.code, label).toBe(3);
      expect(lastJson(run), label).toMatchObject({ usable: false });
    }
    // --token-stdin never stores anything.
    expect((await w.run(['token', 'status'])).code).toBe(3);
  } finally {
    await w.dispose();
  }
});

test('wabas, system-users and whatis print plain lines or JSON', async () => {
  const w = await world();
  try {
    const input = w.server.token('admin-never');
    const wabas = await w.run(['wabas', '--business', BIZ, '--token-stdin', '--json'], { input });
    expect(wabas.code).toBe(0);
    expect((lastJson(wabas) as { id: string; sharing: unknown }[]).map((x) => [x.id, x.sharing])).toEqual([
      [OWNED, { multiPartner: false, messagingGranted: true }],
      [CLIENT, { multiPartner: true, messagingGranted: false, permittedTasks: GRANULAR_TASKS }],
    ]);
    const human = await w.run(['wabas', '--business', BIZ, '--token-stdin'], { input });
    expect(human.stdout).toContain('multi-partner, no MESSAGING');
    expect(human.stdout).toContain(`Next: waba-access system-users --business ${BIZ} --waba ${OWNED}`);
    const people = await w.run(['system-users', '--business', BIZ, '--waba', CLIENT, '--token-stdin'], { input });
    // An admin is never "no access": it reaches every account; the hint names an employee with the IDs just used.
    expect(people.stdout).toMatch(/Admin Bot\s+ADMIN\s+\(admin: reaches every account/);
    expect(people.stdout).toContain(`Next: waba-access assign --waba ${CLIENT} --business ${BIZ} --user ${EMPLOYEE} --tasks DEVELOP`);
    // Without --waba the hint points at finding the WABA, not back at this same command.
    const noWaba = await w.run(['system-users', '--business', BIZ, '--token-stdin'], { input });
    expect(noWaba.stdout).toContain(`Next: find the WhatsApp account first: waba-access wabas --business ${BIZ}`);

    const users = await w.run(['system-users', '--business', BIZ, '--waba', CLIENT, '--token-stdin', '--json'], { input });
    expect(lastJson(users)).toEqual([
      { id: '1972555232742220', name: 'Admin Bot', role: 'ADMIN', currentTasks: null },
      { id: EMPLOYEE, name: 'BSP Integration', role: 'EMPLOYEE', currentTasks: ['DEVELOP'] },
    ]);

    const phone = await w.run(['whatis', '106540352242922', '--token-stdin'], { input });
    expect(phone.code).toBe(0);
    expect(phone.stdout).toContain('phone number ID (not a WhatsApp account ID)');
    const nothing = await w.run(['whatis', '999999999999', '--token-stdin', '--json'], { input });
    expect(nothing.code).toBe(4);
    expect(lastJson(nothing)).toEqual({ id: '999999999999', kind: 'unknown' });
  } finally {
    await w.dispose();
  }
});

test('assign: plan, refusal without a terminal, --yes applies and verifies; verify and remove', async () => {
  const w = await world();
  try {
    const input = w.server.token('admin-never');
    const args = ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'develop,VIEW_COST', '--token-stdin'];
    const refused = await w.run(args, { input });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('added:     Developer (DEVELOP) and See costs (VIEW_COST)');
    expect(refused.stderr).toContain('--yes');
    expect(w.server.appliedPosts).toBe(0);

    const applied = await w.run([...args, '--yes', '--json'], { input });
    expect(applied.code).toBe(0);
    const result = lastJson(applied) as { plan: unknown; apply: unknown; verification: { verified: boolean }; receiptPath: string };
    expect(result.verification.verified).toBe(true);
    expect(result.apply).toMatchObject({ reconciled: false });
    expect(result.receiptPath).toContain(join(w.dataDir, 'receipts'));
    // Made against the practice server with --token-stdin: it says practice, with the whole fingerprint.
    expect(JSON.parse(readFileSync(result.receiptPath, 'utf8'))).toMatchObject({
      mode: 'practice',
      token: { type: 'SYSTEM_USER', appId: '634974688087057', application: 'Lucky Shrub', expiresAt: 0, last4: input.slice(-4) },
    });
    expect(w.server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['DEVELOP', 'VIEW_COST']);

    const again = await w.run([...args, '--yes'], { input });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to change');
    expect(w.server.appliedPosts).toBe(1);

    const verify = await w.run(['verify', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP,MANAGE', '--token-stdin', '--json'], { input });
    expect(verify.code).toBe(5);
    expect(lastJson(verify)).toMatchObject({ verified: false, tasks: [{ task: 'DEVELOP', state: 'granted' }, { task: 'MANAGE', state: 'missing' }, { task: 'VIEW_COST', state: 'extra' }] });
    // The hint is the command to paste, with the IDs and the asked tasks (not "verify ..."), issue 8.14.
    const verifyHuman = await w.run(['verify', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP,MANAGE', '--token-stdin'], { input });
    expect(verifyHuman.stdout).toContain(`Check again in a minute: waba-access verify --business ${BIZ} --waba ${OWNED} --user ${EMPLOYEE} --tasks DEVELOP,MANAGE ;`);

    const manage = await w.run(['assign', '--waba', CLIENT, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes', '--token-stdin', '--json'], { input });
    expect(manage.code).toBe(2);
    expect(lastJson(manage)).toMatchObject({ error: { kind: 'bad-input' } });

    const removed = await w.run(['remove', '--waba', OWNED, '--user', EMPLOYEE, '--yes', '--token-stdin'], { input });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Taken away: Developer (DEVELOP) and See costs (VIEW_COST).');
    expect(removed.stdout).toContain('Receipt:');
    expect(w.server.assignedTasks(OWNED, EMPLOYEE)).toBeUndefined();
    // A second run reads, finds nothing, sends nothing, and exits 0.
    const writes = w.server.writeRequests;
    const second = await w.run(['remove', '--waba', OWNED, '--user', EMPLOYEE, '--yes', '--token-stdin', '--json'], { input });
    expect(second.code).toBe(0);
    expect(lastJson(second)).toMatchObject({ nothingToRemove: true, changeId: null });
    expect(w.server.writeRequests).toBe(writes);
    // Without --yes (no terminal): a client WABA read with the user's own business shows what would go.
    const preview = await w.run(['remove', '--waba', CLIENT, '--user', EMPLOYEE, '--token-stdin'], { input });
    expect(preview.code).toBe(2);
    expect(preview.stdout).toContain('Developer (DEVELOP). All of it would be taken away.');
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP']);
  } finally {
    await w.dispose();
  }
});

test('permission, rate-limit and network failures map to exit 4, 6 and 7 with Meta details in --json', async () => {
  const w = await world();
  try {
    const denied = await w.run(['system-users', '--business', BIZ, '--token-stdin', '--json'], { input: w.server.token('admin-no-business-management') });
    expect(denied.code).toBe(4);
    expect(lastJson(denied)).toEqual({
      error: { kind: 'permission-denied', message: expect.any(String), graph: { code: 200, subcode: null, fbtraceId: expect.any(String) } },
    });

    w.server.addFault({ fault: { kind: 'throttle', regainMinutes: 60 }, times: Infinity });
    const throttled = await w.run(['system-users', '--business', BIZ, '--token-stdin', '--json'], { input: w.server.token('admin-never') });
    expect(throttled.code).toBe(6);
    expect(lastJson(throttled)).toMatchObject({ error: { kind: 'rate-limited', graph: { code: 80008 } } });
    w.server.clearFaults();

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const offline = await w.run(['inspect', '--token-stdin', '--graph-url', `http://127.0.0.1:${port}`, '--json'], { input: w.server.token('admin-never') });
    expect(offline.code).toBe(7);
    expect(lastJson(offline)).toMatchObject({ error: { kind: 'network' } });
  } finally {
    await w.dispose();
  }
});

test('no keychain (no D-Bus): fail closed, the token is not stored anywhere', async () => {
  const w = await world();
  try {
    const token = w.server.token('admin-never');
    const env = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };
    const set = await w.run(['token', 'set'], { input: token, env });
    expect(set.code).toBe(3);
    expect(set.stdout).toContain('NOT stored');
    const status = await w.run(['token', 'status', '--json'], { env });
    expect(status.code).toBe(3);
    expect(lastJson(status)).toMatchObject({ connected: false, backend: 'memory', keychainProblem: 'no-dbus' });
    expect((await w.run(['token', 'status'], { env })).stdout).toContain('keychain cannot be used here (no D-Bus session is running)');
    expect(allFiles(w.dataDir).length).toBeGreaterThan(0);
    expect(filesContaining(w.dataDir, token)).toEqual([]);
    expect(set.stdout + set.stderr + status.stdout + status.stderr).not.toContain(token);
  } finally {
    await w.dispose();
  }
});

test('practice runs the practice server until SIGINT and prints its URL, ids and tokens', async () => {
  const { child, done } = startCli(['practice', '--port', '0', '--json'], { env: { WABA_DATA_DIR: mkdtempSync(join(tmpdir(), 'waba-cli-practice-')) } });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await expect.poll(() => out.includes('\n'), { timeout: 10_000 }).toBe(true);
  const info = JSON.parse(out.split('\n')[0] ?? '') as { url: string; tokens: { label: string; value: string }[] };
  expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const admin = info.tokens.find((t) => t.label === 'admin-never')?.value ?? '';
  const me = await fetch(`${info.url}/v26.0/me?fields=id,name`, { headers: { authorization: `Bearer ${admin}` } });
  expect(await me.json()).toEqual({ id: '1972555232742220', name: 'Admin Bot' });
  child.kill('SIGINT');
  const run = await done;
  expect(run.code).toBe(0);

  const human = await runCli(['practice', '--port', 'x']);
  expect(human.code).toBe(2);
});

test('token set never stores a token that fails a check: exit 3 naming the check, the stored token stays', async () => {
  const w = await world();
  try {
    expect((await w.run(['token', 'set'], { input: w.server.token('admin-never') })).code).toBe(0);
    const before = lastJson(await w.run(['token', 'status', '--json']));
    for (const [label, check, layer] of [
      ['user-24-hour', 'token-not-system-user', 'token'],
      ['admin-expired', 'token-expired', 'token'],
      ['garbage', 'token-invalid', 'token'],
      ['admin-no-business-management', 'reach-business-management-missing', 'reach'],
    ] as const) {
      const set = await w.run(['token', 'set'], { input: w.server.token(label) });
      expect(set.code, label).toBe(3);
      expect(set.stdout, label).toContain('NOT stored');
      // The failed check is named by its layer in words; its code is for --json (failedChecks), not for people.
      expect(set.stdout.split('it failed these checks: ')[1]?.split('. Fix')[0], label).toContain(enCli[`cli.layer.${layer}`]);
      expect(set.stdout, label).not.toContain(check);
      expect(lastJson(await w.run(['token', 'status', '--json'])), label).toEqual(before);
    }
    const json = lastJson(await w.run(['token', 'set', '--json'], { input: w.server.token('user-24-hour') }));
    expect(json).toMatchObject({ stored: false, failedChecks: [{ layer: 'token', code: 'token-not-system-user' }] });
    expect(w.server.writeRequests).toBe(0);
  } finally {
    await w.dispose();
  }
});

test('assign is additive by default; --exact takes away; verify passes with extras; FULL_CONTROL, typos and sharing refusals', async () => {
  const w = await world();
  try {
    const input = w.server.token('admin-never');
    const assign = (tasks: string, ...more: string[]) =>
      w.run(['assign', '--waba', CLIENT, '--business', BIZ, '--user', EMPLOYEE, '--tasks', tasks, '--yes', '--token-stdin', ...more], { input });
    // The employee has DEVELOP on the client WABA: VIEW_INSIGHTS is added, DEVELOP stays, even with --yes.
    const added = await assign('VIEW_INSIGHTS');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('added:     See insights (VIEW_INSIGHTS)');
    expect(added.stdout).not.toContain('taken away');
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP', 'VIEW_INSIGHTS']);
    // verify asks DEVELOP only: exit 0, VIEW_INSIGHTS listed as extra.
    const verify = await w.run(['verify', '--waba', CLIENT, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--token-stdin', '--json'], { input });
    expect(verify.code).toBe(0);
    expect(lastJson(verify)).toMatchObject({ verified: true, tasks: [{ task: 'DEVELOP', state: 'granted' }, { task: 'VIEW_INSIGHTS', state: 'extra' }] });
    // Asking again for DEVELOP alone changes nothing, and is not called "exactly these": VIEW_INSIGHTS is kept.
    const same = await assign('DEVELOP');
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('already has every permission asked for (anything else it has is kept)');
    // --exact takes VIEW_INSIGHTS away and says so.
    const exact = await assign('DEVELOP', '--exact');
    expect(exact.code, exact.stderr).toBe(0);
    expect(exact.stdout).toContain('taken away: See insights (VIEW_INSIGHTS)');
    expect(w.server.assignedTasks(CLIENT, EMPLOYEE)).toEqual(['DEVELOP']);

    const before = w.server.writeRequests;
    // MESSAGING on the multi-partner WABA without MESSAGING: refused before sending, with the allowed set and the alternative.
    const messaging = await assign('MESSAGING');
    expect(messaging.code).toBe(2);
    expect(messaging.stdout).toContain('Messaging is not part of how this account is shared');
    // Tasks in prose are named in words ("Developer"), not by Meta's codes alone.
    expect(messaging.stdout).toContain(`Allowed here: ${translate('en', 'task.DEVELOP.name')}`);
    expect(messaging.stdout).toContain(`The least access that works: ${translate('en', 'task.DEVELOP.name')}`);
    // FULL_CONTROL is Business Suite's name for MANAGE: said, and refused here like MANAGE.
    const full = await assign('FULL_CONTROL');
    expect(full.code).toBe(2);
    expect(full.stdout + full.stderr).toContain('MANAGE, the task Meta documents for it, is sent instead');
    expect(full.stdout).toContain('Full control works only when the account is fully shared');
    // A typo gets the closest task.
    const typo = await assign('DEVLOP');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean DEVELOP?');
    expect(w.server.writeRequests).toBe(before);
  } finally {
    await w.dispose();
  }
});

test("Graph's locale parameter follows the user's language on every request", async () => {
  const w = await world();
  try {
    const input = w.server.token('admin-never');
    expect((await w.run(['wabas', '--business', BIZ, '--token-stdin', '--lang', 'pt-BR'], { input })).code).toBe(0);
    expect(w.server.log.length).toBeGreaterThan(0);
    expect(w.server.log.map((e) => e.query.locale)).toEqual(w.server.log.map(() => 'pt_BR'));
    w.server.clearLog();
    expect((await w.run(['wabas', '--business', BIZ, '--token-stdin'], { input })).code).toBe(0);
    expect(new Set(w.server.log.map((e) => e.query.locale))).toEqual(new Set(['en_US']));
  } finally {
    await w.dispose();
  }
});

test('IDs of the wrong kind are named from the planning reads: exit 2, what the ID is, and a phone number\'s WABA', async () => {
  const w = await world();
  try {
    const input = w.server.token('admin-never');
    const PHONE = '106540352242922';
    const wabas = await w.run(['wabas', '--business', OWNED, '--token-stdin'], { input });
    expect(wabas.code).toBe(2);
    expect(wabas.stderr).toContain('Meta says it is a WhatsApp Business Account');
    const phone = await w.run(['assign', '--waba', PHONE, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--token-stdin'], { input });
    // A refusal about the whole command is said alone, with no plan before it (token-roles.test.ts).
    expect(phone.code).toBe(2);
    expect(phone.stderr).toContain(`${PHONE} is a phone number ID, not a WhatsApp Business account ID. Its WhatsApp Business account is ${OWNED}`);
    const business = await w.run(['assign', '--waba', OWNED, '--business', OWNED, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--token-stdin'], { input });
    expect(business.code).toBe(2);
    expect(business.stderr).toContain(`The business ID ${OWNED} is not a business portfolio`);
    expect(w.server.writeRequests).toBe(0);
  } finally {
    await w.dispose();
  }
});
