/**
 * `npm start` without Electron runs the practice server and prints the first
 * commands to try (build/start-hint.mjs): they must work as printed on the
 * machine it runs on. With no keychain they pass the practice token with
 * --token-stdin; with one, `token set` stores it. Both name the practice
 * token (admin-never), which the practice server prints.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, ROOT } from './support';

const NO_KEYCHAIN = { DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined };

test.beforeAll(() => ensureCliBuilt());

/** The hint start.mjs would print for `url`, computed in a child with `env` (the keychain is probed there). */
function hintFor(url: string, env: Record<string, string | undefined>): string {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) childEnv[key] = value;
  const script = `import('./build/start-hint.mjs').then((m) => process.stdout.write(m.practiceHint(${JSON.stringify(url)}, m.keychainProblem())))`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: childEnv });
  return run.stdout;
}

/** Runs each printed command line (from the repository root, practice-token.txt in `dir`), in `env`; asynchronously, as the practice server runs in this process. */
async function runPrinted(hint: string, dir: string, env: Record<string, string | undefined>): Promise<number[]> {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) childEnv[key] = value;
  const lines = hint.split('\n').filter((line) => line.trim().startsWith('node out/cli/waba-access.js'));
  const codes: number[] = [];
  for (const line of lines) {
    const command = `${line.trim().replace(/^node /, `"${process.execPath}" `).replace('practice-token.txt', join(dir, 'practice-token.txt'))} --data-dir "${dir}"`;
    const child = spawn('bash', ['-c', command], { cwd: ROOT, env: childEnv, stdio: 'ignore' });
    codes.push(await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1))));
  }
  return codes;
}

test('with no keychain the hint passes the practice token with --token-stdin and names it; the commands work as printed', async () => {
  const server = await startPracticeServer({});
  try {
    const dir = mkdtempSync(join(tmpdir(), 'waba-start-hint-'));
    writeFileSync(join(dir, 'practice-token.txt'), server.token('admin-never'));
    const hint = hintFor(server.url, NO_KEYCHAIN);
    expect(hint).toContain('no usable system keychain (no D-Bus session is running)');
    expect(hint).toContain('admin-never');
    expect(hint).toContain('--token-stdin inspect < practice-token.txt');
    expect(hint).not.toContain('token set');
    const codes = await runPrinted(hint, dir, NO_KEYCHAIN);
    expect(codes.length).toBe(2);
    expect(codes).toEqual([0, 0]);
  } finally {
    await server.close();
  }
});

test('with a keychain the hint stores the practice token with token set; the commands work as printed', async () => {
  test.skip(!process.env.WABA_TEST_KEYRING, 'needs the test keyring (test/support/with-keyring.sh)');
  const server = await startPracticeServer({});
  try {
    const dir = mkdtempSync(join(tmpdir(), 'waba-start-hint-'));
    writeFileSync(join(dir, 'practice-token.txt'), server.token('admin-never'));
    const hint = hintFor(server.url, {});
    expect(hint).not.toContain('no usable system keychain');
    expect(hint).toContain('admin-never');
    expect(hint).toContain('token set < practice-token.txt');
    const codes = await runPrinted(hint, dir, {});
    expect(codes).toEqual([0, 0]);
  } finally {
    await server.close();
  }
});
