/**
 * The core's rarer errors under --lang (issue 8, left by issue 12): a data
 * folder, settings file or journal that cannot be used, a damaged settings
 * file, a bad CA file, a malformed practice scenario and a journal that cannot
 * be written are each said in Spanish and Arabic, with the exit code of their
 * kind, and nothing reaches the practice server's write log.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate, type Language } from '../../../shared/i18n';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, runCli, startCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const EMPLOYEE = '1972555232742222';
const LANGS: readonly Language[] = ['es', 'ar'];

test.beforeAll(() => ensureCliBuilt());

/** `stderr` says `key` in `language`, not in English. */
function expectSaid(stderr: string, language: Language, key: string): void {
  expect(stderr, `${language} ${key}`).toContain(opening(language, key));
  expect(stderr, `${language} ${key} in English`).not.toContain(opening('en', key));
}

const temp = (): string => mkdtempSync(join(tmpdir(), 'waba-core-errors-'));

/** The longest stretch of `key`'s text in `language` between its values: enough to know the sentence is that one, in that language. */
const opening = (language: Language, key: string): string =>
  translate(language, key, {})
    .split(/\{\{[^}]+\}\}/)
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');

test('a data folder that is a file, a settings file or journal that cannot be read: exit 2, said in Spanish and Arabic with the path', async () => {
  test.setTimeout(120_000);
  const root = temp();
  try {
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    mkdirSync(join(root, 'settings-dir', 'settings.json'), { recursive: true });
    mkdirSync(join(root, 'journal-dir', 'journal.jsonl'), { recursive: true });
    const cases: readonly (readonly [string, string, string])[] = [
      [file, 'file.not-a-folder', file],
      [join(root, 'settings-dir'), 'coreError.settingsUnreadable', join(root, 'settings-dir', 'settings.json')],
      [join(root, 'journal-dir'), 'coreError.journalUnreadable', join(root, 'journal-dir', 'journal.jsonl')],
    ];
    for (const [dataDir, key, path] of cases) {
      for (const language of LANGS) {
        const run = await runCli(['token', 'status', '--data-dir', dataDir, '--lang', language]);
        expect(run.code, `${key} ${language}: ${run.stderr}`).toBe(2);
        expectSaid(run.stderr, language, key);
        expect(run.stderr).toContain(path);
        expect(run.stderr).not.toMatch(/node:internal|\bat \w+ \(/);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a damaged settings file is set aside and said on stderr in the run\'s language; the command goes on', async () => {
  const dataDir = temp();
  try {
    for (const language of LANGS) {
      writeFileSync(join(dataDir, 'settings.json'), '{not json');
      const english = await runCli(['token', 'status', '--data-dir', dataDir, '--lang', 'en']);
      writeFileSync(join(dataDir, 'settings.json'), '{not json');
      const run = await runCli(['token', 'status', '--data-dir', dataDir, '--lang', language]);
      expect(run.code).toBe(english.code);
      expectSaid(run.stderr, language, 'coreError.settingsReset');
      expect(english.stderr).toContain(opening('en', 'coreError.settingsReset'));
      const copies = readdirSync(dataDir).filter((name) => name.startsWith('settings.json.corrupt-'));
      expect(copies.length).toBeGreaterThan(0);
      expect(run.stderr).toContain(join(dataDir, copies.at(-1) ?? ''));
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a bad CA file and a malformed practice scenario: exit 2 in Spanish and Arabic, nothing sent', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const root = temp();
  try {
    const ca = join(root, 'company-ca.pem');
    writeFileSync(ca, 'not a certificate\n');
    const scenario = join(root, 'scenario.json');
    writeFileSync(scenario, '{"version": 1,');
    for (const language of LANGS) {
      const assign = await runCli(
        ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--graph-url', server.url, '--data-dir', join(root, 'data'), '--ca-file', ca, '--token-stdin', '--lang', language],
        { input: server.token('admin-never') },
      );
      expect(assign.code, assign.stderr).toBe(2);
      expect(assign.stderr).toContain(translate(language, 'coreError.caFile.noCertificate', { path: ca, source: '--ca-file' }));
      expectSaid(assign.stderr, language, 'coreError.caFile.noCertificate');

      const practice = await runCli(['practice', '--port', '0', '--scenario', scenario, '--lang', language]);
      expect(practice.code, practice.stderr).toBe(2);
      expectSaid(practice.stderr, language, 'file.not-json');
      expect(practice.stderr).toContain(scenario);
    }
    expect(server.log.length).toBe(0);
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a journal that cannot be written before the change: exit 1 in Spanish and Arabic, no POST reaches the server', async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  // Slow reads leave time to take the journal away after the CLI opened it and before it records the change.
  server.addFault({ method: 'GET', times: Infinity, fault: { kind: 'latency', ms: 1500 } });
  server.addFault({ method: 'POST', batch: true, times: Infinity, fault: { kind: 'latency', ms: 1500 } });
  const root = temp();
  try {
    for (const language of LANGS) {
      const dataDir = join(root, language);
      const journal = join(dataDir, 'journal.jsonl');
      const seen = server.rawRequests.length;
      const { done } = startCli(
        ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes', '--graph-url', server.url, '--data-dir', dataDir, '--token-stdin', '--lang', language],
        { input: server.token('admin-never') },
      );
      // The raw log records a request as it arrives (the request log, once answered): the journal goes while Meta is still slow to answer.
      await expect.poll(() => server.rawRequests.length, { timeout: 30_000, intervals: [10] }).toBeGreaterThan(seen);
      // Root ignores file modes: a folder where the journal file was makes every append fail.
      unlinkSync(journal);
      mkdirSync(journal);
      const run = await done;
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expectSaid(run.stderr, language, 'coreError.journalNotWritten');
    }
    expect(server.writeRequests).toBe(0);
    expect(server.log.filter((entry) => entry.method === 'DELETE' || (entry.method === 'POST' && entry.batchSize === undefined))).toEqual([]);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
