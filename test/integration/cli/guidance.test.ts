/**
 * The command line's guidance (issue 8, its CLI points): group help, the
 * closest command or option for a typo, a declined confirmation (exit 1,
 * nothing sent), receipts naming package.json's version, inspect naming the
 * business, messages fit for --json, the hand-off's remedies about the
 * PROVIDER's token, and a keychain that cannot be reached.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../../main/cli/main';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { enCli } from '../../../shared/i18n/en-cli';
import { ensureCliBuilt, lastJson, ROOT, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const SHARED = '104996122399160';
const EMPLOYEE = '1972555232742222';
const NO_KEYCHAIN = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };

test.beforeAll(() => ensureCliBuilt());

test('group help, the closest command, and unknown options named with the command and the closest option', async () => {
  for (const group of ['token', 'app-secret']) {
    const help = await runCli([group, '--help']);
    expect(help.code, group).toBe(0);
    expect(help.stdout).toContain(`${group} set`);
    expect(help.stdout).toContain(`${group} forget`);
    const bare = await runCli([group]);
    expect(bare.code, group).toBe(2);
    expect(bare.stderr).toContain(`${group} set, `);
    expect(bare.stderr).toContain(`See waba-access ${group} --help.`);
  }
  const typo = await runCli(['asign']);
  expect(typo.code).toBe(2);
  expect(typo.stderr).toContain('Unknown command "asign". Did you mean assign?');
  const sub = await runCli(['token', 'sett']);
  expect(sub.code).toBe(2);
  expect(sub.stderr).toContain('Did you mean token set?');
  const far = await runCli(['frobnicate']);
  expect(far.stderr).not.toContain('Did you mean');
  const option = await runCli(['assign', '--wab', '1']);
  expect(option.code).toBe(2);
  expect(option.stderr).toContain('Unknown option --wab for assign. Did you mean --waba? See waba-access assign --help.');
  expect(option.stderr).not.toContain("To specify a positional argument");
  const unknown = await runCli(['assign', '--foo']);
  expect(unknown.stderr).toContain('Unknown option --foo for assign. See waba-access assign --help.');
  const value = await runCli(['assign', '--waba']);
  expect(value.code).toBe(2);
  expect(value.stderr).toContain('The option --waba needs a value');
  const help = await runCli(['--help']);
  expect(help.stdout).toContain('answering no at a confirmation prompt');
});

test('a word no command reads is refused (exit 2) before anything is sent, never dropped: a second task after --tasks gets the comma form', async () => {
  // Port 9 (discard) is never a Graph: a run that tried to send would end with a network error (7), not 2.
  const base = ['--graph-url', 'http://127.0.0.1:9', '--token-stdin'];
  const tasks = await runCli(['assign', '--waba', '1', '--business', '2', '--user', '3', '--tasks', 'VIEW_INSIGHTS', 'VIEW_TEMPLATES', '--yes', ...base], { input: 'EAAtoken' });
  expect(tasks.code).toBe(2);
  expect(tasks.stderr).toContain('"VIEW_TEMPLATES" after --tasks is not read: the option takes one value. To give several tasks, separate them with commas: --tasks VIEW_INSIGHTS,VIEW_TEMPLATES');
  const inspect = await runCli(['inspect', 'foo', ...base], { input: 'EAAtoken' });
  expect(inspect.code).toBe(2);
  expect(inspect.stderr).toContain('"foo" is not read by inspect: it takes no words besides its options.');
  const waba = await runCli(['remove', '--waba', '1', '2', '--user', '3', '--yes', '--json', ...base], { input: 'EAAtoken' });
  expect(waba.code).toBe(2);
  expect(lastJson(waba)).toMatchObject({ error: { kind: 'bad-input', message: expect.stringContaining('"2" is not read by remove') } });
  // whatis reads its ID as a word.
  const whatis = await runCli(['whatis', '--help']);
  expect(whatis.code).toBe(0);
});

test('a single-valued option given twice with different values is refused (exit 2), never the last one used silently', async () => {
  const twice = await runCli(['system-users', '--business', '111', '--business', '222']);
  expect(twice.code).toBe(2);
  expect(twice.stderr).toContain('The option --business was given more than once with different values (111, 222): give it once.');
  const json = await runCli(['system-users', '--business', '111', '--business=222', '--json']);
  expect(json.code).toBe(2);
  expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input' } });
  // The same value twice is harmless, and a repeatable option (--ca-file) may repeat.
  const same = await runCli(['system-users', '--business', '111', '--business', '111', '--help']);
  expect(same.code).toBe(0);
});

/** Runs `assign` through the real prompt on a terminal-like stdin and answers it with `answer`. */
async function answerPrompt(answer: string, extra: readonly string[] = []) {
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-answer-'));
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => {
    err += c.toString();
    if (err.includes('[y/N]')) stdin.write(`${answer}\n`);
  });
  stdin.write(`${server.token('admin-never')}\n`);
  try {
    const code = await main(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', ...extra], {
      stdin,
      stdout,
      stderr,
      env: { ...process.env },
      stopSignal: () => new Promise<string>(() => undefined),
    });
    return { code, out, err, writes: server.writeRequests, tasks: server.assignedTasks(OWNED, EMPLOYEE) };
  } finally {
    await server.close();
  }
}

test('declining the confirmation: exit 1, "Nothing was changed", nothing sent', async () => {
  const declined = await answerPrompt('n');
  expect(declined.err).toContain('Apply this change?');
  expect(declined.code).toBe(1);
  expect(declined.out).toContain(enCli['cli.declined']);
  expect(declined.writes).toBe(0);
  expect(declined.tasks).toBeUndefined();
});

test("yes in the run's language is yes ('s' in Spanish, 'да' in Russian); an English-only 's' stays no", async () => {
  for (const [answer, lang] of [['s', 'es'], ['Sí', 'es'], ['да', 'ru'], ['evet', 'tr']] as const) {
    const applied = await answerPrompt(answer, ['--lang', lang]);
    expect(applied.code, `${lang} ${answer}: ${applied.err}`).toBe(0);
    expect(applied.tasks).toContain('DEVELOP');
  }
  const english = await answerPrompt('s');
  expect(english.code).toBe(1);
  expect(english.writes).toBe(0);
});

test('receipts name package.json\'s version; inspect names the business; --json messages point at no lines above', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-guidance-'));
  const run = (args: string[], label = 'admin-never') => runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label) });
  try {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const assigned = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--json']);
    expect(assigned.code, assigned.stderr).toBe(0);
    const receipt = JSON.parse(readFileSync((lastJson(assigned) as { receiptPath: string }).receiptPath, 'utf8')) as { app: { version: string } };
    expect(receipt.app.version).toBe(version);
    expect(version).not.toBe('0.0.0');

    const inspect = await run(['inspect']);
    expect(inspect.stdout).toContain(`Business: Lucky Shrub (${BIZ})`);
    expect(lastJson(await run(['inspect', '--json']))).toMatchObject({ business: { id: BIZ, name: 'Lucky Shrub' } });
    const none = await runCli(['inspect', '--data-dir', mkdtempSync(join(tmpdir(), 'waba-none-')), '--graph-url', server.url], { env: NO_KEYCHAIN });
    expect(none.code).toBe(3);
    expect(none.stderr.match(/No token is connected/g)).toHaveLength(1);

    const blocked = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE', '--yes', '--json']);
    expect(blocked.code).toBe(2);
    const message = (lastJson(blocked) as { error: { message: string } }).error.message;
    expect(message).not.toMatch(/above/);
    expect(message).toContain('manage-needs-full-access');
    expect(message).toContain('Fix the field named in "fields"');
    expect(server.writeRequests).toBe(1);
  } finally {
    await server.close();
  }
});

test("handoff's remedies are about the provider's token and its system user's access, never inspect or token set", async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-handoff-remedy-'));
  const run = (args: string[], label: string) => runCli(['handoff', ...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], { input: server.token(label) });
  try {
    const person = await run(['--waba', OWNED], 'user-24-hour');
    expect(person.code).toBe(3);
    expect(person.stderr).toContain(`What to do: ${enCli['cli.handoff.action.token']}`);
    const noReach = await run(['--waba', OWNED], 'employee');
    expect(noReach.code).toBe(4);
    expect(noReach.stderr).toContain(`What to do: ${enCli['cli.handoff.action.reach']}`);
    for (const r of [person, noReach]) {
      expect(r.stderr).not.toContain('inspect');
      expect(r.stderr).not.toContain('token set');
    }
    const json = await run(['--waba', OWNED, '--json'], 'user-24-hour');
    expect((lastJson(json) as { error: { message: string } }).error.message).toBe(enCli['cli.handoff.unfitTokenJson']);
    const argv = await runCli(['handoff', '--waba', OWNED, 'EAAsometoken']);
    expect(argv.code).toBe(2);
    expect(argv.stderr).not.toContain('token set');
  } finally {
    await server.close();
  }
});

test('no keychain: app-secret set advises --app-secret-file; token and app-secret forget say the keychain could not be reached (exit 3)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-no-keychain-'));
  const set = await runCli(['app-secret', 'set', '--app', '634974688087057', '--data-dir', dataDir], { input: '0123456789abcdef0123456789abcdef', env: NO_KEYCHAIN });
  expect(set.code).toBe(3);
  expect(set.stderr).toContain('--app-secret-file PATH');
  expect(set.stderr).not.toContain('--token-stdin');
  for (const args of [['token', 'forget'], ['app-secret', 'forget'], ['app-secret', 'forget', '--app', '634974688087057']]) {
    const forget = await runCli([...args, '--data-dir', dataDir], { env: NO_KEYCHAIN });
    expect(forget.code, args.join(' ')).toBe(3);
    expect(forget.stderr, args.join(' ')).toContain(`cannot be reached here (${enCli['cli.keychainWhy.no-dbus']})`);
    expect(forget.stdout + forget.stderr, args.join(' ')).not.toMatch(/nothing to remove|Token removed/);
  }
});
