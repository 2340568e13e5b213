/**
 * `check --receipt` and what a receipt took away (an exact change), against
 * the practice server: still gone holds and is said so; there again (or held
 * again through MANAGE) is drift (exit 5); an edited `tasksTakenAway` breaks
 * the digest (exit 2, nothing read). A receipt that took nothing away counts a
 * task Meta lists only inside MANAGE as included. Single and bulk receipts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { digestOf } from '../../../main/core/receipts/digest';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { ensureCliBuilt, lastJson, runCli, type CliOptions } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const PARTNER = '104996122399160';
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);
test.setTimeout(240_000);

test('what a receipt took away is checked: still gone holds, back again drifts, an edited list breaks the digest', async () => {
  const server = await startPracticeServer();
  const dir = mkdtempSync(join(tmpdir(), 'waba-taken-away-'));
  const run = (args: readonly string[], options: CliOptions = {}) =>
    runCli([...args, '--token-stdin'], { input: server.token('admin-never'), ...options, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data'), ...options.env } });
  const target = ['--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE];
  try {
    // A plain grant (nothing taken away), then an exact change that takes VIEW_COST away.
    const plain = join(dir, 'plain.json');
    expect((await run(['assign', ...target, '--tasks', 'DEVELOP,VIEW_COST', '--yes', '--receipt-out', plain])).code).toBe(0);
    const exact = join(dir, 'exact.json');
    const made = await run(['assign', ...target, '--tasks', 'DEVELOP', '--exact', '--yes', '--receipt-out', exact]);
    expect(made.code, made.stderr).toBe(0);
    const receipt = JSON.parse(readFileSync(exact, 'utf8')) as Record<string, unknown>;
    expect(receipt.tasksTakenAway).toEqual(['VIEW_COST']);

    const holds = await run(['check', '--receipt', exact, '--json']);
    expect(holds.code, holds.stdout).toBe(0);
    expect(lastJson(holds)).toMatchObject({ verdict: 'holds', grants: [{ state: 'holds', tasks: ['DEVELOP'], takenAway: ['VIEW_COST'], back: [], missing: [] }] });
    expect((await run(['check', '--receipt', exact])).stdout).toContain('taken away, still gone: See costs (VIEW_COST)');

    // An edited or dropped tasksTakenAway (digest kept) is refused as altered, before any request.
    const from = server.log.length;
    for (const [name, edited] of [
      ['edited', { ...receipt, tasksTakenAway: ['MANAGE_TEMPLATES'] }],
      ['dropped', Object.fromEntries(Object.entries(receipt).filter(([key]) => key !== 'tasksTakenAway'))],
    ] as const) {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(edited));
      expect(digestOf(edited)).not.toBe(receipt.digest);
      const refused = await run(['check', '--receipt', file, '--json']);
      expect(refused.code, name).toBe(2);
      expect((lastJson(refused) as { error: { message: string } }).error.message).toContain('altered');
    }
    expect(server.log.length).toBe(from);

    // VIEW_COST given again: the exact receipt drifts (5) and says which; the plain one still holds.
    expect((await run(['assign', ...target, '--tasks', 'VIEW_COST', '--yes'])).code).toBe(0);
    const back = await run(['check', '--receipt', exact, '--json']);
    expect(back.code).toBe(5);
    expect(lastJson(back)).toMatchObject({ verdict: 'drifted', grants: [{ state: 'taken-away-back', back: ['VIEW_COST'] }] });
    const said = await run(['check', '--receipt', exact]);
    expect(said.stdout).toContain('DRIFT: back again');
    expect(said.stdout).toContain('taken away, but there again: See costs (VIEW_COST)');
    expect((await run(['check', '--receipt', plain])).code).toBe(0);

    // Full control (MANAGE), made exact: DEVELOP and VIEW_COST are listed only inside it. The plain receipt holds
    // (included); the exact one drifts: what it took away is held again through MANAGE.
    expect((await run(['assign', ...target, '--tasks', 'MANAGE', '--exact', '--yes'])).code).toBe(0);
    expect(server.assignedTasks(OWNED, EMPLOYEE)).toEqual(['MANAGE']);
    const included = await run(['check', '--receipt', plain, '--json']);
    expect(included.code, included.stdout).toBe(0);
    expect(lastJson(included)).toMatchObject({ verdict: 'holds', grants: [{ state: 'holds', included: ['DEVELOP', 'VIEW_COST'], missing: [], extra: ['MANAGE'] }] });
    expect((await run(['check', '--receipt', plain])).stdout).toContain('included in MANAGE (full control): Developer (DEVELOP) and See costs (VIEW_COST)');
    // The exact receipt is checked literally: DEVELOP is missing on its own, and VIEW_COST is back through MANAGE.
    expect(lastJson(await run(['check', '--receipt', exact, '--json']))).toMatchObject({
      verdict: 'drifted',
      grants: [{ state: 'missing-tasks', missing: ['DEVELOP'], included: [], back: ['VIEW_COST'] }],
    });
    // In the user's language.
    expect((await run(['check', '--receipt', plain, '--lang', 'es'])).stdout).toContain('incluidas en MANAGE (control total): Desarrollador (DEVELOP) y Ver costos (VIEW_COST)');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a bulk receipt's row that took tasks away (--exact) is checked for them too", async () => {
  const server = await startPracticeServer();
  const dir = mkdtempSync(join(tmpdir(), 'waba-taken-away-bulk-'));
  const run = (args: readonly string[]) =>
    runCli([...args, '--token-stdin'], { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') } });
  try {
    // The employee has DEVELOP on the partner account (default scenario); the exact row gives VIEW_INSIGHTS only.
    const rows = join(dir, 'rows.csv');
    writeFileSync(rows, `waba,business,user,tasks\n${PARTNER},${BIZ},${EMPLOYEE},VIEW_INSIGHTS\n`);
    const receiptFile = join(dir, 'bulk.json');
    const bulk = await run(['bulk', '--file', rows, '--exact', '--yes', '--receipt-out', receiptFile]);
    expect(bulk.code, bulk.stdout + bulk.stderr).toBe(0);
    const receipt = JSON.parse(readFileSync(receiptFile, 'utf8')) as { rows: { takenAway?: string[] }[] };
    expect(receipt.rows[0]?.takenAway).toEqual(['DEVELOP']);

    const holds = await run(['check', '--receipt', receiptFile, '--json']);
    expect(holds.code, holds.stdout).toBe(0);
    expect(lastJson(holds)).toMatchObject({ verdict: 'holds', grants: [{ wabaId: PARTNER, takenAway: ['DEVELOP'], back: [] }] });

    expect((await run(['assign', '--waba', PARTNER, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'])).code).toBe(0);
    const drift = await run(['check', '--receipt', receiptFile, '--json']);
    expect(drift.code).toBe(5);
    expect(lastJson(drift)).toMatchObject({ verdict: 'drifted', grants: [{ state: 'taken-away-back', back: ['DEVELOP'] }] });
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
