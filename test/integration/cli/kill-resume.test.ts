/**
 * Kill and resume (security.md P3, N3): the CLI's assign is SIGKILLed (a)
 * after the journal's `in_flight` record is on disk but before the server
 * applied the POST, and (b) after the server applied it but before the
 * journal says `done`. Restarted with the same data dir, the final state is
 * right and the POST was applied exactly once.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, runCli, startCli } from './support';

const ARGS = ['assign', '--waba', '102290129340398', '--business', '506914307656634', '--user', '1972555232742222', '--tasks', 'DEVELOP,VIEW_COST', '--yes', '--token-stdin'];

test.beforeAll(ensureCliBuilt);

const journalOf = (dataDir: string) => {
  const path = join(dataDir, 'journal.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { id: string; state: string }];
      } catch {
        return [];
      }
    });
};
const inFlight = (dataDir: string) => journalOf(dataDir).some((r) => r.state === 'in_flight');
/** The last state of each change, oldest change first. */
const finalStates = (dataDir: string) => {
  const last = new Map<string, string>();
  for (const record of journalOf(dataDir)) {
    last.delete(record.id);
    last.set(record.id, record.state);
  }
  return [...last.values()];
};

async function scene(): Promise<{ server: RunningPracticeServer; dataDir: string; env: Record<string, string>; input: string; dispose(): Promise<void> }> {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-kill-'));
  return {
    server,
    dataDir,
    env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir },
    input: server.token('admin-never'),
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

test('(a) killed between the in_flight record and the POST being applied: the restart applies it once', async () => {
  const s = await scene();
  try {
    // The POST item of the apply batch is cut before it is applied (null), and the read that would settle it stalls.
    s.server.addFault({ fault: { kind: 'reset-before-apply' }, method: 'POST', pathIncludes: '/assigned_users', batch: true });
    s.server.addFault({ fault: { kind: 'stall-headers' }, method: 'GET', pathIncludes: '/assigned_users', batch: false });
    const { child, done } = startCli(ARGS, { input: s.input, env: s.env });
    await expect.poll(() => inFlight(s.dataDir) && s.server.log.some((e) => e.method === 'GET' && e.path.endsWith('/assigned_users')), { timeout: 15_000, intervals: [10] }).toBe(true);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(s.server.appliedPosts).toBe(0);
    expect(finalStates(s.dataDir)).toEqual(['in_flight']);

    const restart = await runCli(ARGS, { input: s.input, env: s.env });
    expect(restart.code, restart.stderr).toBe(0);
    expect(restart.stdout).toContain('0 had been applied, 1 had not');
    expect(restart.stdout).toContain('Verified');
    expect(s.server.appliedPosts).toBe(1);
    expect(s.server.assignedTasks('102290129340398', '1972555232742222')).toEqual(['DEVELOP', 'VIEW_COST']);
    expect(finalStates(s.dataDir)).toEqual(['failed', 'done']);
  } finally {
    await s.dispose();
  }
});

test('(b) killed after the server applied the POST: the restart confirms it by a read and sends nothing', async () => {
  const s = await scene();
  try {
    // The server applies the POST and drops the connection; the read-back that would confirm it stalls.
    s.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', batch: true, pathIncludes: '/assigned_users' });
    s.server.addFault({ fault: { kind: 'stall-headers' }, method: 'GET', pathIncludes: '/assigned_users', batch: false });
    const { child, done } = startCli(ARGS, { input: s.input, env: s.env });
    await expect.poll(() => s.server.appliedPosts, { timeout: 15_000, intervals: [10] }).toBe(1);
    expect(inFlight(s.dataDir)).toBe(true);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(finalStates(s.dataDir)).toEqual(['in_flight']);

    const restart = await runCli(ARGS, { input: s.input, env: s.env });
    expect(restart.code, restart.stderr).toBe(0);
    expect(restart.stdout).toContain('1 had been applied, 0 had not');
    expect(restart.stdout).toContain('Nothing to change');
    expect(s.server.appliedPosts).toBe(1);
    expect(s.server.assignedTasks('102290129340398', '1972555232742222')).toEqual(['DEVELOP', 'VIEW_COST']);
    expect(finalStates(s.dataDir)).toEqual(['done']);
  } finally {
    await s.dispose();
  }
});
