/**
 * A person who pipes the token in (`assign ... --token-stdin < token.txt`)
 * still gets the confirmation question, on the controlling terminal; a
 * script with no terminal still needs --yes. The terminal is a real
 * pseudo-terminal made by util-linux's `script`.
 */
import { expect, test } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { CLI, ensureCliBuilt, ROOT, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const EMPLOYEE = '1972555232742222';
const hasScript = spawnSync('script', ['--version']).status === 0;

test.beforeAll(ensureCliBuilt);

/** Runs the CLI inside a pseudo-terminal with stdin redirected from `tokenFile`, answering `answer` to the question. */
function inTerminal(args: readonly string[], tokenFile: string, answer: string): Promise<{ code: number | null; screen: string }> {
  const quoted = [process.execPath, CLI, ...args].map((part) => `'${part}'`).join(' ');
  const child = spawn('script', ['-qec', `${quoted} < '${tokenFile}'`, '/dev/null'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let answered = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    if (!answered && screen.includes('[y/N]')) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, screen })));
}

test('token piped in at a terminal: the question is asked on the terminal; "y" applies, "n" changes nothing', async () => {
  test.skip(!hasScript, 'util-linux `script` (a pseudo-terminal maker) is not installed here');
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-tty-'));
  const tokenFile = join(dir, 'token.txt');
  writeFileSync(tokenFile, server.token('admin-never'));
  const args = ['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--graph-url', server.url, '--data-dir', dir, '--token-stdin'];
  try {
    const declined = await inTerminal(args, tokenFile, 'n');
    expect(declined.screen).toContain('Apply this change? [y/N]');
    expect(declined.code, declined.screen).toBe(1);
    expect(server.writeRequests).toBe(0);
    const applied = await inTerminal(args, tokenFile, 'y');
    expect(applied.code, applied.screen).toBe(0);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toContain('DEVELOP');
    // No terminal at all (a script): the question cannot be asked, so --yes is required, as before.
    const scripted = await runCli(args.map((arg) => (arg === 'DEVELOP' ? 'MANAGE_TEMPLATES' : arg)), { input: server.token('admin-never') });
    expect(scripted.code).toBe(2);
    expect(scripted.stderr).toContain('--yes');
    expect(server.assignedTasks(OWNED, EMPLOYEE)).not.toContain('MANAGE_TEMPLATES');
  } finally {
    await server.close();
  }
});
