/**
 * Every option that takes a path says in plain words what is wrong with it
 * (there is no such file, it is a folder, it is empty, it is not JSON; a data
 * folder that is a file or cannot be made; a receipt target in no folder),
 * naming the option and the path, exit 2, in the --lang language, never an
 * errno code (ENOENT, EISDIR, EACCES). Nothing is sent for any of them.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../../shared/i18n';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

const OWNED = '102290129340398';
const BIZ = '506914307656634';
const EMPLOYEE = '1972555232742222';
const ERRNO = /\bE[A-Z]{3,}\b/;

test.beforeAll(() => ensureCliBuilt());

test('a missing file, a folder, an empty or non-JSON file for every path option: exit 2 naming the option and the path, nothing sent', async () => {
  test.setTimeout(240_000);
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-file-errors-'));
  const dataDir = join(dir, 'data');
  const missing = join(dir, 'missing.json');
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  const empty = join(dir, 'empty.json');
  writeFileSync(empty, '');
  const notJson = join(dir, 'not-json.json');
  writeFileSync(notJson, '{ "kind": ');
  const run = (args: string[], lang = 'en') =>
    runCli([...args, '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--lang', lang], { input: server.token('admin-never') });
  const assign = ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'];
  // [what runs, the option named, the problems it is given]
  const cases: readonly (readonly [(path: string) => string[], string, readonly (readonly [string, string])[]])[] = [
    [(p) => ['check', '--receipt', p], '--receipt', [[missing, 'not-found'], [folder, 'is-folder'], [empty, 'empty'], [notJson, 'not-json']]],
    [(p) => ['bulk', '--file', p, '--yes'], '--file', [[missing, 'not-found'], [folder, 'is-folder']]],
    [(p) => ['inspect', '--app-secret-file', p], '--app-secret-file', [[missing, 'not-found'], [folder, 'is-folder']]],
    [(p) => ['inspect', '--ca-file', p], '--ca-file', [[missing, 'not-found'], [folder, 'is-folder']]],
    [(p) => [...assign, '--provider-profile', p], '--provider-profile', [[missing, 'not-found'], [folder, 'is-folder'], [notJson, 'not-json']]],
    [(p) => [...assign, '--receipt-out', p], '--receipt-out', [[folder, 'is-folder'], [join(dir, 'no-folder', 'r.json'), 'no-folder']]],
  ];
  try {
    for (const [args, option, problems] of cases) {
      for (const [path, problem] of problems) {
        const refused = await run(args(path));
        const said = `${refused.stdout}${refused.stderr}`;
        expect(refused.code, `${option} ${problem}: ${said}`).toBe(2);
        expect(refused.stderr).toContain(translate('en', `file.${problem}`, { option, path }));
        expect(said).not.toMatch(ERRNO);
      }
    }
    // A bulk file that is read but is not rows (here, broken JSON): its lines are listed and the file is named.
    const bulkBroken = await run(['bulk', '--file', notJson, '--yes']);
    expect(bulkBroken.code).toBe(2);
    expect(bulkBroken.stderr).toContain(`${notJson} (--file)`);
    // --json names the field; the message is the same words.
    const json = await run(['check', '--receipt', missing, '--json']);
    expect(lastJson(json)).toMatchObject({ error: { kind: 'bad-input', fields: ['receipt'], message: translate('en', 'file.not-found', { option: '--receipt', path: missing }) } });
    // In the user's language.
    for (const lang of ['ru', 'ar', 'pt-BR'] as const) {
      const said = await run(['bulk', '--file', folder, '--yes'], lang);
      expect(said.code).toBe(2);
      expect(said.stderr).toContain(translate(lang, 'file.is-folder', { option: '--file', path: folder }));
    }
    expect(server.writeRequests).toBe(0);
    expect(server.appliedPosts).toBe(0);
  } finally {
    await server.close();
  }
});

test('--data-dir that is a file, or under a file, and practice --scenario: said in words, exit 2, nothing sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-file-errors-dir-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');
  try {
    for (const [dataDir, problem] of [[file, 'not-a-folder'], [join(file, 'below'), 'folder-unusable']] as const) {
      const refused = await runCli(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin'], {
        input: server.token('admin-never'),
      });
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr).toContain(translate('en', `file.${problem}`, { option: '--data-dir', path: dataDir }));
      expect(refused.stderr).not.toMatch(ERRNO);
      expect(refused.stderr).not.toContain('internal error');
    }
    const fromEnv = await runCli(['inspect', '--graph-url', server.url, '--token-stdin', '--lang', 'es'], { input: server.token('admin-never'), env: { WABA_DATA_DIR: file } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain(translate('es', 'file.not-a-folder', { option: 'WABA_DATA_DIR', path: file }));
    expect(server.writeRequests).toBe(0);

    for (const [scenario, problem] of [[join(dir, 'absent.json'), 'not-found'], [dir, 'is-folder'], [file, 'not-json']] as const) {
      const practice = await runCli(['practice', '--port', '0', '--scenario', scenario, '--lang', 'tr', '--data-dir', join(dir, 'data')]);
      expect(practice.code, practice.stderr).toBe(2);
      expect(practice.stderr).toContain(translate('tr', `file.${problem}`, { option: '--scenario', path: scenario }));
      expect(practice.stderr).not.toMatch(ERRNO);
    }
  } finally {
    await server.close();
  }
});
