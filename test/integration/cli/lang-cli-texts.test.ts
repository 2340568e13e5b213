/**
 * The command line's own texts in the run's language (issue 12.6): --help and
 * a failing command's "What to do" line come out in each of the eight
 * languages with --lang, with no English sentence left where a translation
 * exists; English without --lang or WABA_LANG; an unknown language is exit 2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGUAGES, translate } from '../../../shared/i18n';
import { fillCliText } from '../../../main/cli/texts';
import { CLI_LOADERS, type CliKey, type CliLanguage } from '../../../shared/i18n/cli';
import { enCli } from '../../../shared/i18n/en-cli';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

test.beforeAll(ensureCliBuilt);

let dataDir: string;
test.beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'waba-cli-texts-'));
});
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}) =>
  runCli(args, { env: { WABA_DATA_DIR: dataDir, WABA_GRAPH_URL: 'http://127.0.0.1:9', WABA_LANG: undefined, ...env } });

/** A text of the language's table, filled in as the CLI fills it. */
async function cliText(language: CliLanguage, key: CliKey, params?: Readonly<Record<string, string>>): Promise<string> {
  return fillCliText((await CLI_LOADERS[language]())[key], params);
}

/**
 * English lines of a text with four lowercase words or more, flags aside: sentences a translation must
 * not leave behind (a command's syntax, "assign --waba ID --business ID ...", is kept by every language).
 */
const englishSentences = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => (line.replace(/--[a-z-]+|waba-access/g, '').match(/\b[a-z]{2,}\b/g) ?? []).length >= 4);

test('--help is in each of the eight languages with --lang, and leaves no English sentence behind', async () => {
  for (const { code } of LANGUAGES) {
    const usage = await cliText(code, 'cli.usage');
    const help = await run(['--help', '--lang', code]);
    expect(help.code, code).toBe(0);
    expect(help.stdout, code).toBe(`${usage}\n`);
    const assign = await run(['assign', '--help', '--lang', code]);
    expect(assign.stdout, code).toContain((await cliText(code, 'cli.help.assign')).split('\n')[1] ?? '');
    if (code === 'en') continue;
    for (const [output, english] of [[help.stdout, enCli['cli.usage']], [assign.stdout, enCli['cli.help.assign']]] as const) {
      expect(englishSentences(english).length, code).toBeGreaterThan(5);
      expect(englishSentences(english).filter((line) => output.includes(line)), code).toEqual([]);
    }
  }
});

test("a failing command's title and 'What to do' line are in each language; English without --lang", async () => {
  for (const { code } of LANGUAGES) {
    const failed = await run(['wabas', '--business', '506914307656634', '--lang', code]);
    expect(failed.code, code).toBe(3);
    const action = await cliText(code, 'cli.action.token-missing');
    expect(failed.stderr, code).toContain(await cliText(code, 'cli.whatToDo', { action }));
    expect(failed.stderr, code).toContain(translate(code, 'error.token-missing.title'));
    if (code !== 'en') {
      expect(failed.stderr, code).not.toContain(enCli['cli.action.token-missing']);
      expect(failed.stderr, code).not.toContain('What to do:');
    }
  }
  const plain = await run(['wabas', '--business', '506914307656634']);
  expect(plain.stderr).toContain(`What to do: ${enCli['cli.action.token-missing']}`);
  const fromEnv = await run(['wabas', '--business', '506914307656634'], { WABA_LANG: 'id' });
  expect(fromEnv.stderr).toContain(await cliText('id', 'cli.action.token-missing'));
});

test('a usage mistake is explained in the chosen language; --json keeps English keys and kinds', async () => {
  const unknown = await run(['frobnicate', '--lang', 'tr']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain(await cliText('tr', 'cli.unknownCommand', { name: 'frobnicate' }));
  const missing = await run(['whatis', '--lang', 'ru', '--json']);
  expect(missing.code).toBe(2);
  expect(lastJson(missing)).toEqual({ error: { kind: 'bad-input', message: await cliText('ru', 'cli.oneId'), fields: ['id'], graph: null } });
});

test('without --lang or WABA_LANG everything is English; an unknown language is exit 2, even with --help', async () => {
  expect((await run(['--help'])).stdout).toBe(`${enCli['cli.usage']}\n`);
  for (const args of [['--help', '--lang', 'fr'], ['inspect', '--lang=xx'], ['frobnicate', '--lang', 'zz']]) {
    const refused = await run(args);
    expect(refused.code, args.join(' ')).toBe(2);
    expect(refused.stderr, args.join(' ')).toContain('--lang must be one of these languages: en, es, pt-BR, hi, id, tr, ru, ar.');
  }
  const env = await run(['--help'], { WABA_LANG: 'klingon' });
  expect(env.code).toBe(2);
  expect(env.stderr).toContain('WABA_LANG must be one of these languages');
});

test("the core's own messages (a wrong kind of ID, a phone number for an ID) come in the chosen language, in --json too", async () => {
  const server = await startPracticeServer();
  try {
    const env = { WABA_GRAPH_URL: server.url };
    const token = server.token('admin-never');
    // A WABA's ID given as the business (wrongKindError): the plan's sentence, said in Russian.
    const wrong = await runCli(['wabas', '--business', '102290129340398', '--token-stdin', '--lang', 'ru'], { input: token, env: { ...env, WABA_DATA_DIR: dataDir } });
    expect(wrong.code).toBe(2);
    // The kind in Russian words (the one node type -> phrase mapping), never Meta's type name.
    expect(wrong.stderr).toContain(translate('ru', 'plan.business-id-wrong-kind', { id: '102290129340398', kind: translate('ru', 'idKind.waba') }));
    expect(wrong.stderr).not.toContain('WhatsAppBusinessAccount');
    expect(wrong.stderr).not.toContain('is not a business portfolio');
    // A phone number typed where an ID goes: Spanish on stderr, and as the --json message (kind and fields stay English).
    const phone = await runCli(['whatis', '+1 631 555 5555', '--token-stdin', '--lang', 'es'], { input: token, env: { ...env, WABA_DATA_DIR: dataDir } });
    expect(phone.code).toBe(2);
    expect(phone.stderr).toContain(translate('es', 'coreError.idLooksLikePhone'));
    const json = await runCli(['whatis', '+1 631 555 5555', '--token-stdin', '--lang', 'es', '--json'], { input: token, env: { ...env, WABA_DATA_DIR: dataDir } });
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', message: translate('es', 'coreError.idLooksLikePhone'), fields: ['id'] } });
    const english = await runCli(['whatis', '+1 631 555 5555', '--token-stdin', '--json'], { input: token, env: { ...env, WABA_DATA_DIR: dataDir } });
    expect(lastJson(english)).toMatchObject({ error: { message: translate('en', 'coreError.idLooksLikePhone') } });
  } finally {
    await server.close();
  }
});

test('Arabic output carries no invisible isolates: a suggested command or an ID copied from it works as printed', async () => {
  const server = await startPracticeServer();
  try {
    const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir };
    const input = server.token('admin-never');
    const listed = await runCli(['wabas', '--business', '506914307656634', '--token-stdin', '--lang', 'ar'], { input, env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('system-users --business 506914307656634');
    // A core sentence with values (an ID of the wrong kind) and a usage mistake naming a flag.
    const wrong = await runCli(['wabas', '--business', '102290129340398', '--token-stdin', '--lang', 'ar'], { input, env });
    const usage = await runCli(['wabas', '--business', '12x', '--lang', 'ar'], { env });
    expect(usage.code).toBe(2);
    for (const out of [listed.stdout, listed.stderr, wrong.stderr, usage.stderr]) expect(out).not.toMatch(/[\u2066-\u2069]/);
    expect(wrong.stderr).toContain('102290129340398');
    expect(usage.stderr).toContain('--business');
  } finally {
    await server.close();
  }
});

test('no token connected: said once, in the chosen language, on stderr and in --json', async () => {
  const env = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };
  const said = translate('es', 'coreError.tokenNotConnected');
  const plain = await run(['whatis', '506914307656634', '--lang', 'es'], env);
  expect(plain.code).toBe(3);
  expect(plain.stderr.split('\n')[0]).toBe(said);
  const json = await run(['wabas', '--business', '506914307656634', '--lang', 'es', '--json'], env);
  expect(lastJson(json)).toMatchObject({ error: { kind: 'token-missing', message: said } });
});
