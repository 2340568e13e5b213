/**
 * `waba-access practice` prints an overview of the practice server (URL,
 * version, ids, tokens). README tells end users to run it, so it follows
 * --lang like the rest of the command line; without --lang it is the English
 * overview the standalone runner (`npm run practice`) prints too.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { describeServer } from '../../../main/practice/runner';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, startCli } from './support';

test.beforeAll(ensureCliBuilt);

async function overview(args: readonly string[]): Promise<string> {
  const { child, done } = startCli(['practice', '--port', '0', ...args], { env: { WABA_DATA_DIR: mkdtempSync(join(tmpdir(), 'waba-practice-overview-')) } });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await expect.poll(() => out.includes('Ctrl+C'), { timeout: 10_000 }).toBe(true);
  } finally {
    child.kill('SIGINT');
  }
  expect((await done).code).toBe(0);
  return out;
}

test('the English overview keeps its words and layout', async () => {
  const server = await startPracticeServer({});
  try {
    const lines = describeServer(server).split('\n');
    const v = server.defaultVersion;
    expect(lines.slice(0, 6)).toEqual([
      "Graph practice server: a local stand-in for Meta's Graph API. Nothing here reaches Meta.",
      `  URL:      ${server.url}`,
      `  Version:  ${v} (use ${server.url}/${v}/...; unversioned paths answer as ${v})`,
      `  Scenario: ${server.scenario.name}`,
      '',
      'Objects',
    ]);
    expect(lines[6]).toMatch(/^ {2}KIND +ID +NAME \/ DETAILS$/);
    expect(lines).toContain('Tokens (fake, valid only on this practice server; send as "Authorization: Bearer <token>")');
    expect(lines.some((l) => /^ {2}admin-never {2}\[SYSTEM_USER, subject \d+, expiry: never, scopes [a-z_ ]+\]$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}system user +\d+ /.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('Press Ctrl+C to stop.');
  } finally {
    await server.close();
  }
});

test('waba-access practice --lang es prints the overview in Spanish; without --lang in English', async () => {
  const spanish = await overview(['--lang', 'es']);
  expect(spanish).toContain('Servidor de práctica de Graph: un sustituto local de la Graph API de Meta.');
  expect(spanish).toMatch(/^ {2}Versión: {3}v\d+\.0 \(use http/m);
  expect(spanish).toMatch(/^ {2}usuario del sistema +\d+ /m);
  expect(spanish).toContain('vence: nunca');
  expect(spanish).toContain('Pulse Ctrl+C para detenerlo.');
  expect(spanish).not.toMatch(/Press Ctrl\+C|Nothing here reaches Meta|^  system user/m);
  expect(await overview([])).toContain('Press Ctrl+C to stop.');
});
