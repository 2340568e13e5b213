/**
 * `verify --exact` means "the list is exactly these" (as `assign --exact` makes it): the real CLI
 * bundle against the practice server. A task Meta lists that was not asked for fails it (exit 5),
 * named "not asked for", and the hint says how to take it away (the same tasks with assign --exact);
 * a missing task's re-check hint keeps --exact. verify only reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);
test.setTimeout(120_000);

test('verify --exact fails on a task not asked for and says how to take it away; passes once the list is exact', async () => {
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-verify-exact-'));
  const run = (args: readonly string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dir, '--token-stdin'], { input: server.token('admin-never') });
  const target = ['--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE];
  try {
    expect((await run(['assign', ...target, '--tasks', 'MANAGE_TEMPLATES,VIEW_COST', '--yes'])).code).toBe(0);
    let writes = server.writeRequests;

    const extra = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES', '--exact']);
    expect(extra.code, extra.stdout + extra.stderr).toBe(5);
    expect(extra.stdout).toContain('Manage message templates (MANAGE_TEMPLATES): granted');
    expect(extra.stdout).toContain('See costs (VIEW_COST): extra (not asked for)');
    const fix = `waba-access assign --business ${BIZ} --waba ${OWNED} --user ${EMPLOYEE} --tasks MANAGE_TEMPLATES --exact`;
    expect(extra.stdout).toContain(`Meta also lists See costs (VIEW_COST) (not asked for). To make the list exactly these and take the rest away: ${fix}`);
    expect(extra.stdout).not.toContain('Check again in a minute');
    expect(extra.stdout).not.toContain('Verified');
    const json = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES', '--exact', '--json']);
    expect(json.code).toBe(5);
    expect(lastJson(json)).toMatchObject({ verified: false, tasks: [{ task: 'MANAGE_TEMPLATES', state: 'granted' }, { task: 'VIEW_COST', state: 'extra' }] });
    // In the user's language.
    const spanish = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES', '--exact', '--lang', 'es']);
    expect(spanish.code).toBe(5);
    expect(spanish.stdout).toContain(`Meta también muestra Ver costos (VIEW_COST) (no se pidió). Para dejar la lista exactamente así y quitar el resto: ${fix}`);
    // Without --exact the extra task is listed, not a failure.
    const additive = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES']);
    expect(additive.code).toBe(0);
    expect(additive.stdout).toContain('Verified: every task asked for is in place.');
    expect(server.writeRequests).toBe(writes);

    // The hint, pasted, makes the list exact: its own read-back and verify --exact pass.
    const made = await run([...fix.split(' ').slice(1), '--yes']);
    expect(made.code, made.stdout + made.stderr).toBe(0);
    expect(made.stdout).toContain('Verified: the list is exactly the tasks asked for.');
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['MANAGE_TEMPLATES']);
    writes = server.writeRequests;
    const exact = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES', '--exact']);
    expect(exact.code, exact.stdout).toBe(0);
    expect(exact.stdout).toContain('Verified: the list is exactly the tasks asked for.');

    // A missing task: the re-check hint keeps --exact.
    const missing = await run(['verify', ...target, '--tasks', 'MANAGE_TEMPLATES,DEVELOP', '--exact']);
    expect(missing.code).toBe(5);
    expect(missing.stdout).toContain('Developer (DEVELOP): MISSING');
    expect(missing.stdout).toContain(`Check again in a minute: waba-access verify --business ${BIZ} --waba ${OWNED} --user ${EMPLOYEE} --tasks MANAGE_TEMPLATES,DEVELOP --exact ;`);
    expect(server.writeRequests).toBe(writes);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
