/** waba-access --lang / WABA_LANG: the shared texts in eight languages; English without either; a bad value exits 2. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LANGUAGES, translate } from '../../../shared/i18n';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli, type CliOptions } from './support';

test.beforeAll(ensureCliBuilt);

let server: RunningPracticeServer;
let dataDir: string;
test.beforeAll(async () => {
  server = await startPracticeServer();
  dataDir = mkdtempSync(join(tmpdir(), 'waba-cli-lang-'));
});
test.afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const run = (args: readonly string[], options: CliOptions = {}) =>
  runCli(args, { ...options, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir, WABA_LANG: undefined, ...options.env } });
const inspect60Day = (extra: readonly string[], env: CliOptions['env'] = {}) =>
  run(['inspect', '--token-stdin', ...extra], { input: server.token('admin-60-day'), env });

test('inspect speaks each of the eight languages with --lang, and English without it', async () => {
  for (const { code } of LANGUAGES) {
    const result = await inspect60Day(['--lang', code]);
    expect(result.code, code).toBe(0);
    // The fix of the 60-day finding, word for word in that language.
    expect(result.stdout, code).toContain(translate(code, 'finding.token-expires-60-day.fix'));
  }
  const plain = await inspect60Day([]);
  expect(plain.stdout).toContain(translate('en', 'finding.token-expires-60-day.fix'));
});

test('WABA_LANG sets the language; --lang wins over it', async () => {
  const fromEnv = await inspect60Day([], { WABA_LANG: 'tr' });
  expect(fromEnv.stdout).toContain(translate('tr', 'finding.token-expires-60-day.fix'));
  const both = await inspect60Day(['--lang', 'ar'], { WABA_LANG: 'tr' });
  expect(both.stdout).toContain(translate('ar', 'finding.token-expires-60-day.fix'));
  expect(both.stdout).not.toContain(translate('tr', 'finding.token-expires-60-day.fix'));
  // Codes are not case-sensitive.
  expect((await inspect60Day(['--lang', 'PT-br'])).stdout).toContain(translate('pt-BR', 'finding.token-expires-60-day.fix'));
});

test('an unknown language exits 2 and lists the languages, from the flag or the environment; --json keeps its shape', async () => {
  const list = LANGUAGES.map((language) => language.code).join(', ');
  const flag = await inspect60Day(['--lang', 'fr']);
  expect(flag.code).toBe(2);
  expect(flag.stderr).toContain('--lang');
  expect(flag.stderr).toContain(list);
  const env = await inspect60Day([], { WABA_LANG: 'klingon' });
  expect(env.code).toBe(2);
  expect(env.stderr).toContain('WABA_LANG');
  expect(env.stderr).toContain(list);
  const json = await inspect60Day(['--lang', 'xx', '--json']);
  expect(json.code).toBe(2);
  expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['lang'] } });
  // An error's title and action come in the chosen language too.
  const missing = await run(['wabas', '--business', '1', '--lang', 'ru'], { env: { WABA_DATA_DIR: mkdtempSync(join(tmpdir(), 'waba-cli-lang-empty-')) } });
  expect(missing.stderr).toContain(translate('ru', 'error.token-missing.title'));
});
