/**
 * `waba-access bulk` end to end: the real CLI bundle against the practice
 * server (a world with more client WABAs and system users). Bad files are
 * refused before anything is sent; a run applies and verifies each row once;
 * a re-run sends nothing; plan refusals and rate limits affect only their
 * rows; a SIGKILLed run resumes without applying anything twice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { assignBatches, assignPosts, batchItemsOf } from '../../support/batch-items';
import { BIZ, BSP_USER, bulkScenario, clientWaba, extraUser, OWN_WABA, RESTRICTED_WABA } from './bulk-scenario';
import { ensureCliBuilt, filesContaining, lastJson, runCli, startCli, type CliRun } from './support';

test.beforeAll(ensureCliBuilt);

interface Scene {
  readonly server: RunningPracticeServer;
  readonly dir: string;
  readonly token: string;
  file(name: string, text: string): string;
  run(args: readonly string[]): Promise<CliRun>;
  start(args: readonly string[]): ReturnType<typeof startCli>;
  dispose(): Promise<void>;
}

async function scene(clientWabas = 6): Promise<Scene> {
  const server = await startPracticeServer({ scenario: bulkScenario(clientWabas, 3) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-bulk-'));
  const token = server.token('admin-never');
  const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') };
  const argv = (args: readonly string[]) => ['bulk', ...args, '--token-stdin'];
  return {
    server,
    dir,
    token,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    run: (args) => runCli(argv(args), { input: token, env }),
    start: (args) => startCli(argv(args), { input: token, env }),
    async dispose() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const csv = (rows: readonly string[]): string => ['waba,business,user,tasks', ...rows].join('\n') + '\n';
/** Requests that change access: the batches carrying a POST to assigned_users (path: that POST's). */
const writes = (server: RunningPracticeServer) => assignBatches(server);
const lineOf = (run: CliRun, needle: string): number => run.stdout.split('\n').findIndex((l) => l.includes(needle));

/** Four rows that each change something: three client WABAs and the business's own WABA. */
const CHANGES = [
  `${clientWaba(0)},${BIZ},${BSP_USER},DEVELOP|MANAGE_TEMPLATES`,
  `${clientWaba(1)},${BIZ},${BSP_USER},DEVELOP`,
  `${clientWaba(2)},${BIZ},${extraUser(0)},MANAGE`,
  `${OWN_WABA},${BIZ},${extraUser(1)},"DEVELOP;VIEW_COST"`,
];

test('bad rows are all reported with their line numbers, and nothing is sent', async () => {
  const s = await scene();
  try {
    const path = s.file(
      'bad.csv',
      csv([
        `${clientWaba(0)},${BIZ},${BSP_USER},DEVELOP`,
        `12ab,${BIZ},${BSP_USER},DEVELOP`,
        `${clientWaba(1)},${BIZ},${BSP_USER},DEVELOP|FLY_TO_MOON`,
        `${clientWaba(0)},${BIZ},${BSP_USER},VIEW_COST`,
        `${clientWaba(2)},${BIZ}`,
        `${clientWaba(3)},${BIZ},${BSP_USER},`,
      ]),
    );
    const run = await s.run(['--file', path, '--yes']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('line 3: waba "12ab" is not an ID');
    expect(run.stderr).toContain('line 4: "FLY_TO_MOON" is not a task');
    expect(run.stderr).toContain('line 5: the same WABA and user as line 2');
    expect(run.stderr).toContain('line 6: 2 cells, the header has 4');
    expect(run.stderr).toContain('line 7: no tasks');
    expect(run.stderr).not.toMatch(/^line 2:/m);

    const json = s.file('bad.json', `[\n  {"waba": "${clientWaba(0)}", "business": "${BIZ}", "user": "${BSP_USER}", "tasks": ["DEVELOP"]},\n  {"waba": ${clientWaba(1)}, "business": "${BIZ}", "user": "${BSP_USER}", "tasks": "DEVELOP"}\n]\n`);
    const jsonRun = await s.run(['--file', json, '--yes', '--json']);
    expect(jsonRun.code).toBe(2);
    expect(lastJson(jsonRun)).toMatchObject({ error: { kind: 'bad-input', rows: [{ line: 3, message: expect.stringContaining('string in quotes') }] } });

    // Without a terminal to ask on, --yes is required; the plan's reads are all that reach Meta.
    const good = s.file('good.csv', csv(CHANGES));
    const noYes = await s.run(['--file', good]);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('--yes');
    expect(s.server.log.every((e) => e.method === 'GET' || e.path === '/v26.0')).toBe(true);
    expect(s.server.appliedPosts).toBe(0);
  } finally {
    await s.dispose();
  }
});

test('a run applies and verifies each row once, reading with one batch; a re-run sends no POST', async () => {
  const s = await scene();
  try {
    const path = s.file('rows.csv', csv(CHANGES));
    const run = await s.run(['--file', path, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('4 row(s): 4 to change, 0 already in place, 0 refused');
    expect(run.stdout.match(/: done$/gm)).toHaveLength(4);
    expect(s.server.appliedPosts).toBe(4);
    expect(s.server.assignedTasks(clientWaba(0), BSP_USER)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES']);
    expect(s.server.assignedTasks(OWN_WABA, extraUser(1))).toEqual(['DEVELOP', 'VIEW_COST']);
    // Planning: one batch before the first write; then ONE batch for the four rows: each POST named, its verifying read after it.
    const applyBatches = writes(s.server);
    const firstWrite = s.server.log.findIndex((e) => e.seq === applyBatches[0]?.seq);
    expect(s.server.log.slice(0, firstWrite).map((e) => `${e.method} ${e.path} ${e.batchSize}`)).toEqual(['POST /v26.0 8']);
    expect(applyBatches).toHaveLength(1);
    const items = batchItemsOf(s.server.rawRequests.find((r) => r.seq === applyBatches[0]!.seq)!.body);
    const wabas = CHANGES.map((row) => `${row.split(',')[0]!}/assigned_users`);
    expect(items.map((i) => [i.method, i.relative_url.split('?')[0]])).toEqual(wabas.flatMap((path) => [['POST', path], ['GET', path]]));
    for (let i = 0; i < items.length; i += 2) {
      expect(items[i]!.name).toBeTruthy();
      expect(items[i + 1]!.depends_on).toBe(items[i]!.name);
    }
    expect(new Set(items.map((i) => i.name).filter(Boolean)).size).toBe(CHANGES.length);

    const receipts = readdirSync(join(s.dir, 'data', 'receipts'));
    expect(receipts).toHaveLength(1);
    const receipt = JSON.parse(readFileSync(join(s.dir, 'data', 'receipts', receipts[0] as string), 'utf8')) as { rows: { outcome: string; verified: boolean }[] };
    expect(receipt.rows.map((r) => [r.outcome, r.verified])).toEqual(Array(4).fill(['done', true]));
    expect(filesContaining(s.dir, s.token)).toEqual([]);

    s.server.clearLog();
    const again = await s.run(['--file', path, '--yes', '--json']);
    expect(again.code, again.stderr).toBe(0);
    const report = lastJson(again) as { rows: { line: number; outcome: string }[]; summary: Record<string, number> };
    expect(report.rows.map((r) => [r.line, r.outcome])).toEqual([2, 3, 4, 5].map((line) => [line, 'already-in-place']));
    expect(report.summary).toMatchObject({ total: 4, 'already-in-place': 4, done: 0 });
    expect(writes(s.server)).toEqual([]);
    // One request: the planning batch, with debug_token (the receipt's token type, app and expiry) as its first item.
    expect(s.server.log.map((e) => e.batchSize)).toEqual([8]);
    const planning = batchItemsOf(s.server.rawRequests.find((r) => r.seq === s.server.log[0]!.seq)!.body);
    expect(planning[0]!.relative_url.split('?')[0]).toBe('debug_token');
    const receipt2 = readdirSync(join(s.dir, 'data', 'receipts')).sort().at(-1) as string;
    expect((JSON.parse(readFileSync(join(s.dir, 'data', 'receipts', receipt2), 'utf8')) as { token: { type: string | null } }).token.type).toBe('SYSTEM_USER');
    expect(s.server.appliedPosts).toBe(4);
  } finally {
    await s.dispose();
  }
});

test('MANAGE on the restricted multi-partner WABA is refused while the other rows succeed', async () => {
  const s = await scene();
  try {
    const path = s.file('rows.csv', csv([CHANGES[0] as string, `${RESTRICTED_WABA},${BIZ},${BSP_USER},MANAGE`, CHANGES[1] as string]));
    const run = await s.run(['--file', path, '--yes']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain('2 to change, 0 already in place, 1 refused');
    const refusal = new RegExp(`line 3: WABA ${RESTRICTED_WABA}, user ${BSP_USER}: refused: Full control works only when the account is fully shared.*The least access that works: Developer, Manage message templates, See phone number details, and See insights\\.$`, 'gm');
    // Said once, before asking (where the decision is made), with the tasks in words rather than Meta's codes.
    expect(run.stdout.match(refusal)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/refused: .*MANAGE_TEMPLATES/);
    expect(run.stdout.match(/: done$/gm)).toHaveLength(2);
    expect(s.server.appliedPosts).toBe(2);
    expect(s.server.assignedTasks(RESTRICTED_WABA, BSP_USER)).toEqual(['DEVELOP']);
    expect(assignPosts(s.server).some((e) => e.path.includes(RESTRICTED_WABA))).toBe(false);
  } finally {
    await s.dispose();
  }
});

test('with --lang es a refused row says why in Spanish, with the tasks in words, once', async () => {
  const s = await scene();
  try {
    const path = s.file('rows.csv', csv([CHANGES[0] as string, `${RESTRICTED_WABA},${BIZ},${BSP_USER},MANAGE`]));
    const run = await s.run(['--file', path, '--yes', '--lang', 'es']);
    expect(run.code, run.stderr).toBe(1);
    const refusal = new RegExp(`línea 3: WABA ${RESTRICTED_WABA}, usuario ${BSP_USER}: rechazada: El control total solo funciona si la cuenta está compartida por completo.*El acceso mínimo que funciona: Desarrollador, Administrar plantillas de mensajes, Ver datos de los números y Ver estadísticas\\.$`, 'gm');
    expect(run.stdout.match(refusal), run.stdout).toHaveLength(1);
    expect(run.stdout).not.toMatch(/Full control|least access|rechazada: .*MANAGE_TEMPLATES/);
  } finally {
    await s.dispose();
  }
});

test('swapped columns (a WABA id as the business) are refused at planning with the line and what the id is; the confirmation lists it first', async () => {
  const s = await scene();
  try {
    const path = s.file('rows.csv', csv([CHANGES[0] as string, `${BIZ},${OWN_WABA},${BSP_USER},DEVELOP`]));
    const run = await s.run(['--file', path, '--yes']);
    expect(run.code, run.stderr).toBe(1);
    const refusal = `line 3: WABA ${BIZ}, user ${BSP_USER}: refused: The business ID ${OWN_WABA} is not a business portfolio: Meta says it is a WhatsApp Business Account.`;
    const lines = run.stdout.split('\n');
    // Listed before anything is applied, and only there (not again as the row's outcome).
    expect(lines.findIndex((l) => l.startsWith(refusal))).toBeLessThan(lines.findIndex((l) => l.endsWith(': done')));
    expect(lines.filter((l) => l.startsWith(refusal))).toHaveLength(1);
    expect(s.server.appliedPosts).toBe(1);
    expect(assignPosts(s.server).some((e) => e.path.includes(BIZ))).toBe(false);
  } finally {
    await s.dispose();
  }
});

test('rows of different WABAs share a write batch; a second row of one WABA waits for the next batch', async () => {
  const s = await scene();
  try {
    const path = s.file('rows.csv', csv([CHANGES[0] as string, `${clientWaba(0)},${BIZ},${extraUser(2)},VIEW_COST`, ...CHANGES.slice(1)]));
    const run = await s.run(['--file', path, '--yes', '--concurrency', '3']);
    expect(run.code, run.stderr).toBe(0);
    expect(s.server.appliedPosts).toBe(5);
    const posts = writes(s.server);
    expect(posts).toHaveLength(2);
    const postsOf = (seq: number) =>
      batchItemsOf(s.server.rawRequests.find((r) => r.seq === seq)!.body).filter((i) => i.method === 'POST').map((i) => i.relative_url.split('/')[0]);
    const [first, second] = posts.map((p) => postsOf(p.seq));
    // Never two changes to one WABA in one batch: the second row of clientWaba(0) goes in the next batch, after the first is answered.
    expect(first).toEqual([clientWaba(0), clientWaba(1), clientWaba(2), OWN_WABA]);
    expect(second).toEqual([clientWaba(0)]);
    expect(posts[1]!.at).toBeGreaterThanOrEqual(posts[0]!.endAt);
    expect(s.server.assignedTasks(clientWaba(0), extraUser(2))).toEqual(['VIEW_COST']);
    // Every row was journaled before its batch left and finished after: five in_flight lines, five done.
    const journal = readFileSync(join(s.dir, 'data', 'journal.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { state: string }).state);
    expect(journal.sort()).toEqual([...Array(5).fill('done'), ...Array(5).fill('in_flight')]);
  } finally {
    await s.dispose();
  }
});

test('items lost in a write batch are settled by a read: applied means done, not applied goes once more', async () => {
  const s = await scene();
  try {
    // Meta applies the first row's POST but its item comes back null; the second row's item is cut before it is applied.
    s.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: `${clientWaba(0)}/assigned_users`, batch: true });
    s.server.addFault({ fault: { kind: 'reset-before-apply' }, method: 'POST', pathIncludes: `${clientWaba(1)}/assigned_users`, batch: true });
    const path = s.file('rows.csv', csv(CHANGES));
    const run = await s.run(['--file', path, '--yes', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((lastJson(run) as { summary: Record<string, number> }).summary).toMatchObject({ total: 4, done: 4 });
    expect(s.server.appliedPosts).toBe(4);
    const sentFor = (waba: string) => assignPosts(s.server).filter((e) => e.path.includes(`${waba}/assigned_users`));
    expect(sentFor(clientWaba(0))).toHaveLength(1);
    expect(sentFor(clientWaba(1))).toHaveLength(2);
    // Between the two POSTs of the cut row: a read of both lost rows' assigned users, and no write.
    const [first, second] = sentFor(clientWaba(1));
    const between = s.server.log.filter((e) => e.seq > first!.seq && e.seq < second!.seq);
    expect(between).toHaveLength(1);
    const read = batchItemsOf(s.server.rawRequests.find((r) => r.seq === between[0]!.seq)!.body);
    expect(read.map((i) => [i.method, i.relative_url.split('?')[0]])).toEqual([
      ['GET', `${clientWaba(0)}/assigned_users`],
      ['GET', `${clientWaba(1)}/assigned_users`],
    ]);
    expect(s.server.assignedTasks(clientWaba(1), BSP_USER)).toEqual(['DEVELOP']);
  } finally {
    await s.dispose();
  }
});

test('a rate-limited WABA waits while the other rows complete, then succeeds', async () => {
  const s = await scene();
  try {
    s.server.addFault({ fault: { kind: 'throttle', regainMinutes: 0.05 }, method: 'POST', pathIncludes: `${clientWaba(0)}/assigned_users`, batch: true });
    const path = s.file('rows.csv', csv(CHANGES.slice(0, 3)));
    const run = await s.run(['--file', path, '--yes']);
    expect(run.code, run.stderr).toBe(0);
    const waiting = lineOf(run, `line 2: WABA ${clientWaba(0)}, user ${BSP_USER}: waiting: rate-limited`);
    // Before asking, each row's plan is listed ("will add ..."); the outcomes come after.
    const others = [3, 4].map((n) => run.stdout.split('\n').findIndex((l) => l.startsWith(`line ${n}: `) && !l.includes(': will add')));
    const throttledDone = lineOf(run, `line 2: WABA ${clientWaba(0)}, user ${BSP_USER}: done`);
    expect(waiting).toBeGreaterThanOrEqual(0);
    for (const other of others) expect(other).toBeGreaterThan(waiting);
    expect(throttledDone).toBeGreaterThan(Math.max(...others));
    expect(s.server.appliedPosts).toBe(3);
    // Its POST went twice: the first was refused (the item's 400, "waiting: rate-limited" above), the second applied.
    expect(assignPosts(s.server).filter((e) => e.path.includes(clientWaba(0)))).toHaveLength(2);
    expect(s.server.assignedTasks(clientWaba(0), BSP_USER)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES']);
  } finally {
    await s.dispose();
  }
});

test('with --max-wait 1 the rate-limited row is deferred and the exit code is 6', async () => {
  const s = await scene();
  try {
    s.server.addFault({ fault: { kind: 'throttle', regainMinutes: 0.05 }, method: 'POST', pathIncludes: `${clientWaba(1)}/assigned_users`, batch: true });
    const path = s.file('rows.csv', csv(CHANGES.slice(0, 3)));
    const run = await s.run(['--file', path, '--yes', '--max-wait', '1']);
    expect(run.code, run.stderr).toBe(6);
    expect(run.stdout).toMatch(new RegExp(`line 3: WABA ${clientWaba(1)}, user ${BSP_USER}: deferred: rate-limited, retry after \\d\\d:\\d\\d`));
    expect(run.stdout.match(/: done$/gm)).toHaveLength(2);
    expect(run.stdout).toContain('deferred 1');
    expect(s.server.appliedPosts).toBe(2);
    expect(s.server.assignedTasks(clientWaba(1), BSP_USER)).toBeUndefined();

    // The deferred row is what a later run finishes.
    const later = await s.run(['--file', path, '--yes', '--json']);
    expect(later.code, later.stderr).toBe(0);
    expect((lastJson(later) as { summary: Record<string, number> }).summary).toMatchObject({ done: 1, 'already-in-place': 2 });
    expect(s.server.appliedPosts).toBe(3);
  } finally {
    await s.dispose();
  }
});

test('a run killed in the middle of a write batch resumes: every change applied exactly once, none sent twice', async () => {
  const s = await scene(30);
  try {
    const rows = Array.from({ length: 30 }, (_, i) => `${clientWaba(i)},${BIZ},${BSP_USER},DEVELOP`);
    const path = s.file('rows.csv', csv(rows));
    // In the first batch (25 rows): the 4th POST is cut (null: not applied), the 6th is slow, so the kill lands mid-batch.
    s.server.addFault({ fault: { kind: 'reset-before-apply' }, method: 'POST', pathIncludes: `${clientWaba(3)}/assigned_users`, batch: true });
    s.server.addFault({ fault: { kind: 'latency', ms: 1_500 }, method: 'POST', pathIncludes: `${clientWaba(5)}/assigned_users`, batch: true });
    const { child, done } = s.start(['--file', path, '--yes']);
    await expect.poll(() => s.server.appliedPosts, { timeout: 20_000, intervals: [5] }).toBeGreaterThanOrEqual(4);
    expect(s.server.appliedPosts).toBeLessThan(25);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    // Every row of the batch was journaled before it left; the server finishes the batch it had (all but the cut one).
    await expect.poll(() => s.server.appliedPosts, { timeout: 5_000 }).toBe(24);
    expect(writes(s.server)).toHaveLength(1);
    const states = readFileSync(join(s.dir, 'data', 'journal.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { state: string }).state);
    expect(states).toEqual(Array(25).fill('in_flight'));

    s.server.clearLog();
    const resumed = await s.run(['--file', path, '--yes', '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const report = lastJson(resumed) as { summary: Record<string, number> };
    // The 24 applied rows are settled by reads and found in place; the cut one and the 5 never sent are applied now, once.
    expect(report.summary).toMatchObject({ total: 30, 'already-in-place': 24, done: 6 });
    expect(s.server.appliedPosts).toBe(30);
    const resent = writes(s.server).flatMap((w) =>
      batchItemsOf(s.server.rawRequests.find((r) => r.seq === w.seq)!.body).filter((i) => i.method === 'POST').map((i) => i.relative_url.split('/')[0]),
    );
    expect(resent.sort()).toEqual([3, 25, 26, 27, 28, 29].map(clientWaba).sort());
    for (let i = 0; i < 30; i += 1) expect(s.server.assignedTasks(clientWaba(i), BSP_USER)).toEqual(['DEVELOP']);
  } finally {
    await s.dispose();
  }
});
