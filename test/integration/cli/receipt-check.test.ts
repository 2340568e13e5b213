/**
 * `waba-access check --receipt FILE` against the practice server: a receipt
 * that holds (extras listed), drift after a removal, a removal receipt whose
 * user is assigned again, an altered file, not a receipt, a token that cannot
 * read the assignments ("cannot check"), a practice receipt against real Graph.
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
const EMPLOYEE = '1972555232742222';

test.beforeAll(ensureCliBuilt);
// Some twenty CLI runs in a row: minutes on a loaded machine.
test.setTimeout(240_000);

test('holds, drifts after a removal, a removal receipt drifts when the user is back; altered and foreign files are refused', async () => {
  const server = await startPracticeServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-check-'));
  const dir = mkdtempSync(join(tmpdir(), 'waba-check-files-'));
  const run = (args: readonly string[], options: CliOptions = {}) =>
    runCli(args, { ...options, env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir, ...options.env } });
  try {
    expect((await run(['token', 'set'], { input: server.token('admin-never') })).code).toBe(0);
    const grant = join(dir, 'grant.json');
    const assigned = await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING,VIEW_COST', '--yes', '--receipt-out', grant]);
    expect(assigned.code, assigned.stderr).toBe(0);
    const receipt = JSON.parse(readFileSync(grant, 'utf8')) as Record<string, unknown>;
    expect(receipt.digest).toBe(digestOf(receipt));

    const holds = await run(['check', '--receipt', grant, '--json']);
    expect(holds.code, holds.stdout).toBe(0);
    expect(lastJson(holds)).toMatchObject({ verdict: 'holds', grants: [{ wabaId: OWNED, userId: EMPLOYEE, state: 'holds', missing: [], extra: [] }] });

    // A task added later is listed as extra, not drift.
    expect((await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING,VIEW_COST,VIEW_TEMPLATES', '--exact', '--yes'])).code).toBe(0);
    const extra = await run(['check', '--receipt', grant, '--json']);
    expect(extra.code).toBe(0);
    expect(lastJson(extra)).toMatchObject({ verdict: 'holds', grants: [{ state: 'holds', extra: ['VIEW_TEMPLATES'] }] });

    // Altered (one task edited, digest kept), not JSON, not ours: exit 2, nothing read.
    const altered = join(dir, 'altered.json');
    writeFileSync(altered, JSON.stringify({ ...receipt, tasksRequested: ['MESSAGING'] }));
    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ kind: 'something-else', digest: 'x' }));
    const text = join(dir, 'text.json');
    writeFileSync(text, 'hello');
    const from = server.log.length;
    for (const file of [altered, foreign, text]) {
      const refused = await run(['check', '--receipt', file, '--json']);
      expect(refused.code, file).toBe(2);
      expect(lastJson(refused)).toMatchObject({ error: { kind: 'bad-input', fields: ['receipt'] } });
    }
    expect((lastJson(await run(['check', '--receipt', altered, '--json'])) as { error: { message: string } }).error.message).toContain('altered');
    expect(server.log.length).toBe(from);
    // The same receipt rewritten (other key order and spacing) is still intact.
    const rewritten = join(dir, 'rewritten.json');
    writeFileSync(rewritten, JSON.stringify(Object.fromEntries(Object.entries(receipt).reverse()), null, 1));
    expect((await run(['check', '--receipt', rewritten])).code).toBe(0);

    // A practice receipt against the real Graph API: refused before any call.
    expect(receipt.mode).toBe('practice');
    const live = await run(['check', '--receipt', grant, '--json'], { env: { WABA_GRAPH_URL: 'https://graph.facebook.com' } });
    expect(live.code).toBe(2);
    expect((lastJson(live) as { error: { message: string } }).error.message).toContain('practice');

    // Removal: the grant receipt drifts (5), the removal receipt holds, then drifts when the user is back.
    const removal = join(dir, 'removal.json');
    const removed = await run(['remove', '--waba', OWNED, '--user', EMPLOYEE, '--business', BIZ, '--yes', '--receipt-out', removal]);
    expect(removed.code, removed.stderr).toBe(0);
    const drift = await run(['check', '--receipt', grant, '--json']);
    expect(drift.code).toBe(5);
    expect(lastJson(drift)).toMatchObject({ verdict: 'drifted', grants: [{ state: 'not-assigned', missing: ['MESSAGING', 'VIEW_COST'] }] });
    const plain = await run(['check', '--receipt', grant]);
    expect(plain.stdout).toContain('DRIFT');
    expect((await run(['check', '--receipt', removal])).code).toBe(0);
    // A token that cannot read the WABA's assignments (the employee, no longer assigned): cannot check (4), never "removed".
    const cannot = await run(['check', '--receipt', removal, '--token-stdin', '--json'], { input: server.token('employee') });
    expect(cannot.code, cannot.stdout).toBe(4);
    expect(lastJson(cannot)).toMatchObject({ verdict: 'cannot-check', grants: [{ expected: 'removed', state: 'cannot-check', current: null }] });
    expect((await run(['assign', '--waba', OWNED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING', '--yes'])).code).toBe(0);
    const back = await run(['check', '--receipt', removal, '--json']);
    expect(back.code).toBe(5);
    expect(lastJson(back)).toMatchObject({ verdict: 'drifted', grants: [{ expected: 'removed', state: 'assigned-again' }] });
    // The grant receipt now misses VIEW_COST only.
    expect(lastJson(await run(['check', '--receipt', grant, '--json']))).toMatchObject({ grants: [{ state: 'missing-tasks', missing: ['VIEW_COST'] }] });
  } finally {
    await runCli(['token', 'forget'], { env: { WABA_DATA_DIR: dataDir } });
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
