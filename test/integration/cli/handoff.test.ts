/**
 * `waba-access handoff` and `--provider-profile` against the practice server:
 * the provider's token only (never the stored admin token, never on disk or in
 * output), fit / person's token / expired / no reach / another user, the kit
 * and the .ics reminder; profiles valid, malformed, oversized, of another app.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { allFiles, ensureCliBuilt, filesContaining, lastJson, runCli, type CliOptions, type CliRun } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const PHONE = '106540352242922';
const EMPLOYEE = '1972555232742222';
const APP = '634974688087057';
const SAMPLE = readFileSync(new URL('../../../build/provider-profile.sample.json', import.meta.url), 'utf8');

test.beforeAll(ensureCliBuilt);

interface World {
  readonly server: RunningPracticeServer;
  readonly dataDir: string;
  readonly dir: string;
  run(args: readonly string[], options?: CliOptions): Promise<CliRun>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-handoff-'));
  const dir = mkdtempSync(join(tmpdir(), 'waba-handoff-files-'));
  const w: World = {
    server,
    dataDir,
    dir,
    run: (args, options = {}) => runCli(args, { ...options, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir, ...options.env } }),
    async dispose() {
      await runCli(['token', 'forget'], { env: { WABA_DATA_DIR: dataDir } });
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const set = await w.run(['token', 'set'], { input: server.token('admin-never') });
  expect(set.code, set.stderr).toBe(0);
  return w;
}

/** The Authorization header of every request the server saw since `from`. */
const bearers = (server: RunningPracticeServer, from: number): string[] =>
  server.rawRequests.slice(from).flatMap((r) => r.headers.filter(([name]) => name.toLowerCase() === 'authorization').map(([, value]) => value));

const codes = (json: unknown): string[] => ((json as { checks: { code: string }[] }).checks ?? []).map((c) => c.code);

test('fit: the provider token reaches the WABA; the kit has every id; the admin token is never used or replaced', async () => {
  const w = await world();
  try {
    const assign = await w.run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING,MANAGE_TEMPLATES', '--yes']);
    expect(assign.code, assign.stderr).toBe(0);
    const provider = w.server.token('employee');
    const from = w.server.rawRequests.length;
    const run = await w.run(['handoff', '--waba', OWNED, '--user', EMPLOYEE, '--token-stdin', '--json'], { input: provider });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const kit = lastJson(run) as Record<string, unknown>;
    expect(kit).toMatchObject({
      kind: 'waba-access-provider-kit',
      businessId: BIZ,
      waba: { id: OWNED },
      phoneNumbers: [{ id: PHONE, displayPhoneNumber: '+1 631-555-5555', verifiedName: 'Lucky Shrub' }],
      appId: APP,
      systemUser: { id: EMPLOYEE, role: 'EMPLOYEE' },
      tokenExpiry: 'never',
    });
    expect(kit.tasksVerified).toEqual(expect.arrayContaining(['MESSAGING', 'MANAGE_TEMPLATES']));
    expect(codes(kit)).toEqual(expect.arrayContaining(['token-system-user', 'token-never-expires', 'user-matches', 'employee-system-user', 'reach-waba', 'reach-phones']));
    // Only the provider's token went out during the hand-off, and it is nowhere on disk or in the output.
    const sent = bearers(w.server, from);
    expect(sent.length).toBeGreaterThan(2);
    expect(new Set(sent)).toEqual(new Set([`Bearer ${provider}`]));
    expect(run.stdout + run.stderr).not.toContain(provider);
    expect(filesContaining(w.dataDir, provider)).toEqual([]);
    // The stored admin token is still the one in use.
    const status = await w.run(['token', 'status', '--json']);
    expect((lastJson(status) as { fingerprint: { last4: string } }).fingerprint.last4).toBe(w.server.token('admin-never').slice(-4));
    // People get the kit as lines and how to pass the token.
    const plain = await w.run(['handoff', '--waba', OWNED, '--token-stdin'], { input: provider });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`Phone number ID:       ${PHONE}`);
    expect(plain.stdout).toContain('Never send it by email or chat.');
  } finally {
    await w.dispose();
  }
});

test("a person's token and an expired token are unfit (exit 3); another system user's token too", async () => {
  const w = await world();
  try {
    const person = await w.run(['handoff', '--waba', OWNED, '--token-stdin', '--json'], { input: w.server.token('user-24-hour') });
    expect(person.code).toBe(3);
    expect(lastJson(person)).toMatchObject({ error: { kind: 'token-invalid' }, verdict: 'token-unfit' });
    expect(codes(lastJson(person))).toContain('token-not-system-user');

    const expired = await w.run(['handoff', '--waba', OWNED, '--token-stdin', '--json'], { input: w.server.token('admin-expired') });
    expect(expired.code).toBe(3);
    expect(codes(lastJson(expired))).toEqual(['token-expired']);

    const other = await w.run(['handoff', '--waba', OWNED, '--user', EMPLOYEE, '--token-stdin', '--json'], { input: w.server.token('admin-never') });
    expect(other.code).toBe(3);
    expect(codes(lastJson(other))).toContain('user-other');

    const plain = await w.run(['handoff', '--waba', OWNED, '--token-stdin'], { input: w.server.token('user-24-hour') });
    expect(plain.code).toBe(3);
    expect(plain.stdout).toContain("person's token (type Person)");
    // Meta accepts the token; it is unfit for the hand-off. The kind's title ("Meta does not accept the token") would misstate that.
    expect(plain.stderr).not.toContain('Meta does not accept the token');
    expect(plain.stderr.split('\n')[0]).toBe("The provider's token cannot be used for the hand-off. Fix what is marked X above and check again.");
  } finally {
    await w.dispose();
  }
});

test('no reach: a system user not given access to the WABA cannot read it (exit 4)', async () => {
  const w = await world();
  try {
    const run = await w.run(['handoff', '--waba', OWNED, '--token-stdin', '--json'], { input: w.server.token('employee') });
    expect(run.code, run.stdout).toBe(4);
    expect(lastJson(run)).toMatchObject({ error: { kind: 'permission-denied' }, verdict: 'no-reach', kit: null });
    expect(codes(lastJson(run))).toContain('reach-waba-refused');
  } finally {
    await w.dispose();
  }
});

test('an admin 60-day token is fit with advice and a warning; the .ics reminder is valid and a week before', async () => {
  const w = await world();
  try {
    const run = await w.run(['handoff', '--waba', OWNED, '--token-stdin', '--json'], { input: w.server.token('admin-60-day') });
    expect(run.code, run.stdout).toBe(0);
    const kit = lastJson(run) as { tokenExpiry: string; reminderPath: string; checks: { code: string; severity: string }[] };
    expect(kit.checks).toEqual(expect.arrayContaining([{ code: 'admin-system-user', severity: 'warning', params: expect.any(Object) }]));
    expect(codes(kit)).toContain('token-expires-60-day');
    expect(kit.tokenExpiry).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ics = readFileSync(kit.reminderPath, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const day = new Date(`${kit.tokenExpiry}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 7);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day.toISOString().slice(0, 10).replace(/-/g, '')}\r\n`);
    expect(ics).not.toContain(w.server.token('admin-60-day'));
  } finally {
    await w.dispose();
  }
});

test('no token, a token on the command line, a bad id: exit 2, nothing sent', async () => {
  const w = await world();
  try {
    const from = w.server.log.length;
    expect((await w.run(['handoff', '--waba', OWNED])).code).toBe(2);
    expect((await w.run(['handoff', '--waba', OWNED, w.server.token('employee')])).code).toBe(2);
    expect((await w.run(['handoff', '--waba', 'x1', '--token-stdin'], { input: w.server.token('employee') })).code).toBe(2);
    expect((await w.run(['handoff', '--token-stdin'], { input: w.server.token('employee') })).code).toBe(2);
    expect(w.server.log.length).toBe(from);
  } finally {
    await w.dispose();
  }
});

test('provider profiles: valid preselects tasks and names the provider; malformed, oversized refused naming the field; another app flagged', async () => {
  const w = await world();
  try {
    const good = join(w.dir, 'profile.json');
    writeFileSync(good, SAMPLE);
    const receiptOut = join(w.dir, 'receipt.json');
    const assign = await w.run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--provider-profile', good, '--yes', '--receipt-out', receiptOut]);
    expect(assign.code, assign.stderr).toBe(0);
    expect(assign.stdout).toMatch(/Provider profile: Lucky Shrub Messaging \(SHA-256 [0-9a-f]{64}\)/);
    expect(assign.stdout).toContain('Tasks from the provider profile: Send and receive messages (MESSAGING), Manage message templates (MANAGE_TEMPLATES), and See costs (VIEW_COST)');
    const receipt = JSON.parse(readFileSync(receiptOut, 'utf8')) as { provider: { name: string; profileSha256: string }; tasksRequested: string[]; digest: string };
    expect(receipt.provider.name).toBe('Lucky Shrub Messaging');
    expect(receipt.tasksRequested).toEqual(['MESSAGING', 'MANAGE_TEMPLATES', 'VIEW_COST']);
    expect(receipt.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(join(w.dataDir, 'receipts')).filter((f) => f.startsWith('waba-access-receipt'))).toEqual([]);

    const withTasks = await w.run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING', '--provider-profile', good, '--yes']);
    expect(withTasks.stdout).toContain('--tasks is used');

    const named = JSON.parse(SAMPLE) as Record<string, unknown>;
    const bad = join(w.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...named, tasks: [{ task: 'FLY', why: 'x' }] }));
    const huge = join(w.dir, 'huge.json');
    writeFileSync(huge, JSON.stringify({ ...named, padding: 'x'.repeat(100_000) }));
    const from = w.server.log.length;
    const before = allFiles(w.dataDir).length;
    for (const [file, field] of [[bad, 'profile.tasks.0.task'], [huge, 'profile']] as const) {
      for (const args of [
        ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--yes'],
        ['handoff', '--waba', OWNED, '--token-stdin'],
        ['bulk', '--file', good, '--yes'],
      ]) {
        const run = await w.run([...args, '--provider-profile', file, '--json'], { input: w.server.token('employee') });
        expect(run.code, `${args[0]} ${file}`).toBe(2);
        expect(lastJson(run)).toMatchObject({ error: { kind: 'bad-input', fields: [field] } });
      }
    }
    expect(w.server.log.length).toBe(from);
    expect(allFiles(w.dataDir).length).toBe(before);

    const otherApp = join(w.dir, 'other-app.json');
    writeFileSync(otherApp, JSON.stringify({ ...named, appIds: ['999999999999'], systemUserName: 'Someone Else' }));
    const handoff = await w.run(['handoff', '--waba', OWNED, '--provider-profile', otherApp, '--token-stdin', '--json'], { input: w.server.token('employee') });
    expect(handoff.code, handoff.stdout).toBe(0);
    const kit = lastJson(handoff) as { provider: { name: string; profileSha256: string }; checks: { code: string; severity: string }[] };
    expect(kit.provider.name).toBe('Lucky Shrub Messaging');
    expect(kit.checks.filter((c) => c.severity === 'warning').map((c) => c.code)).toEqual(expect.arrayContaining(['profile-app-mismatch', 'profile-user-name-mismatch']));
  } finally {
    await w.dispose();
  }
});

test('assign with a 60-day admin token writes the calendar reminder beside the receipt; a never-expiring one does not', async () => {
  const w = await world();
  try {
    const never = await w.run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING', '--yes']);
    expect(never.code, never.stderr).toBe(0);
    expect(never.stdout).not.toContain('Calendar reminder');
    const run = await w.run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING,VIEW_COST', '--yes', '--token-stdin'], {
      input: w.server.token('admin-60-day'),
    });
    expect(run.code, run.stderr).toBe(0);
    const path = /Calendar reminder \(a week before the token expires\): (\S+)/.exec(run.stdout)?.[1];
    expect(path).toBeTruthy();
    const ics = readFileSync(path as string, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT\r\n');
    expect(ics).toContain('SUMMARY:Renew the WhatsApp access token\r\n');
  } finally {
    await w.dispose();
  }
});
