/**
 * What a newcomer hit on a first try of the CLI (issue 8): a reader that goes
 * away (`| head`) ends any command quietly, never with an EPIPE stack; an
 * option given empty is said as empty with what belongs there; a second
 * `token forget` says there was no token; a --receipt-out that cannot be
 * written is refused before anything is sent, for every command that takes it.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../../main/cli/main';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../../shared/i18n';
import { WABA_TASKS } from '../../../shared/tasks';
import { fillCliText } from '../../../main/cli/texts';
import { CLI_LOADERS, type CliKey, type CliLanguage } from '../../../shared/i18n/cli';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { CLI, ROOT, ensureCliBuilt, runCli } from './support';

const OWNED = '102290129340398';
const BIZ = '506914307656634';
const EMPLOYEE = '1972555232742222';

test.beforeAll(() => ensureCliBuilt());

/** A command-line text as the CLI says it in `language`. */
const said = async (language: CliLanguage, key: CliKey, params?: Record<string, string>): Promise<string> => fillCliText((await CLI_LOADERS[language]())[key], params);

/** Runs the CLI with its stdout already closed by the reader (as `| head` does once it has its lines). */
function withReaderGone(args: readonly string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stderr, ms: Date.now() - started });
    }),
  );
}

test('a closed stdout ends every command quietly: practice stops, no EPIPE, no stack trace', async () => {
  test.setTimeout(180_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-epipe-'));
  try {
    const runs = [
      ['--lang', 'hi', 'practice', '--port', '0'],
      ['practice', '--port', '0'],
      ['--help'],
      ['--graph-url', server.url, '--data-dir', dataDir, 'whatis', OWNED],
    ];
    for (const args of runs) {
      const run = await withReaderGone(args);
      // practice would otherwise serve forever; SIGKILL after a minute would fail this.
      expect(run.signal, `${args.join(' ')}: ${run.stderr}`).toBeNull();
      expect(run.stderr, args.join(' ')).not.toMatch(/EPIPE|Error:|at .*\.js:\d+/);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).not.toBe(1);
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an option given empty is said as empty, with what belongs there; exit 2, nothing sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-empty-'));
  const run = (args: string[], lang = 'en') =>
    runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--lang', lang], { input: server.token('admin-never') });
  const assign = (over: Record<string, string>) => {
    const options = { waba: OWNED, business: BIZ, user: EMPLOYEE, tasks: 'DEVELOP', ...over };
    return ['assign', ...Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]), '--yes'];
  };
  try {
    const tasks = await run(assign({ tasks: '' }));
    expect(tasks.code, tasks.stderr).toBe(2);
    const fix = await said('en', 'cli.emptyOption.tasks', { name: 'tasks', tasks: WABA_TASKS.join(', ') });
    expect(tasks.stderr).toContain(await said('en', 'cli.emptyOption', { name: 'tasks', fix }));
    expect(tasks.stderr).not.toContain('is required');
    const waba = await run(assign({ waba: ' ' }), 'es');
    expect(waba.code).toBe(2);
    expect(waba.stderr).toContain(await said('es', 'cli.emptyOption', { name: 'waba', fix: await said('es', 'cli.emptyOption.id', { name: 'waba' }) }));
    const out = await run([...assign({}), '--receipt-out', '']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(await said('en', 'cli.emptyOption', { name: 'receipt-out', fix: await said('en', 'cli.emptyOption.path', { name: 'receipt-out' }) }));
    // Left out altogether, it is still "required".
    const missing = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--yes']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(await said('en', 'cli.missingOption', { name: 'tasks' }));
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('token forget twice: the second says no token was stored, exit 0 both times', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-forget-'));
  const cli = (args: string[], input?: string) => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir], input === undefined ? {} : { input });
  try {
    const set = await cli(['token', 'set'], server.token('admin-never'));
    expect(set.code, set.stderr).toBe(0);
    const first = await cli(['token', 'forget']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(await said('en', 'cli.forgotten'));
    const second = await cli(['token', 'forget']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(await said('en', 'cli.noTokenToForget'));
    expect(second.stdout).not.toContain(await said('en', 'cli.forgotten'));
  } finally {
    await cli(['token', 'forget']);
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('--receipt-out that cannot be written: assign, remove and bulk refuse before sending anything, exit 2 naming it', async () => {
  test.setTimeout(240_000);
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-receipt-out-'));
  const dataDir = join(dir, 'data');
  const rows = join(dir, 'rows.csv');
  writeFileSync(rows, `waba,business,user,tasks\n${OWNED},${BIZ},${EMPLOYEE},DEVELOP\n`);
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o500);
  const run = (args: string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token('admin-never') });
  const commands = [
    ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'],
    ['remove', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--yes'],
    ['bulk', '--file', rows, '--yes'],
  ];
  // A folder this user cannot write to (root writes anywhere but a read-only file system such as /proc).
  const unwritable = process.getuid?.() === 0 ? '/proc' : locked;
  const cases = [
    [join(dir, 'no-such-folder', 'r.json'), 'no-folder', join(dir, 'no-such-folder', 'r.json')],
    [dir, 'is-folder', dir],
    [join(unwritable, 'r.json'), 'folder-unusable', unwritable],
  ] as const;
  try {
    for (const command of commands) {
      for (const [path, problem, named] of cases) {
        const refused = await run([...command, '--receipt-out', path]);
        expect(refused.code, `${command[0]} ${problem}: ${refused.stderr}`).toBe(2);
        expect(refused.stderr).toContain(translate('en', `file.${problem}`, { option: '--receipt-out', path: named }));
        expect(refused.stderr).not.toContain('internal error');
      }
    }
    expect(server.writeRequests).toBe(0);
    expect(server.appliedPosts).toBe(0);
  } finally {
    chmodSync(locked, 0o700);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an internal error prints the reference its "What to do" line names, and the log has it', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-crash-'));
  // A stdout that breaks on the first result: the command itself throws, as a bug would.
  const stdout = new Writable({ write: () => { throw new Error('broken output (planted bug)'); } });
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const stdin = new PassThrough();
  stdin.end(server.token('admin-never'));
  try {
    const code = await main(['whatis', OWNED, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], {
      stdin,
      stdout,
      stderr,
      env: { ...process.env },
      stopSignal: () => new Promise<string>(() => undefined),
    });
    expect(code, err).toBe(1);
    const reference = /reference: ([0-9a-f]{8})\b/.exec(err)?.[1];
    expect(reference, err).toBeDefined();
    expect(err).toContain(await said('en', 'cli.crashedAction', { reference: reference ?? '' }));
    expect(readFileSync(join(dataDir, 'logs', 'waba-access.log'), 'utf8')).toContain(`reference ${reference}`);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
