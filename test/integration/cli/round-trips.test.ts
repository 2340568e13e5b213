/**
 * Round trips of the CLI (issue 11), measured from the practice server's
 * request timestamps with a latency fault on every request (so requests sent
 * side by side overlap): `assign --yes` plans in one batch with debug_token
 * (for the receipt) alongside, then applies and verifies in one batch (the
 * read-back depends on the POST): 2 round trips. Bulk planning reads
 * everything in one round trip; its writes still go row by row, each row's
 * POST and read-back in one batch (25 to a batch is not done yet), at most
 * --concurrency at a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sequentialDepth } from '../../../main/practice/depth';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, BSP_USER, bulkScenario, clientWaba } from './bulk-scenario';
import { ensureCliBuilt, runCli } from './support';
import { assignBatches } from '../../support/batch-items';

test.beforeAll(ensureCliBuilt);

const LATENCY = { fault: { kind: 'latency', ms: 60 }, times: Infinity } as const;

test('assign --yes: 3 requests in 2 sequential round trips (plan with debug_token alongside; apply and verify in one batch)', async () => {
  const server = await startPracticeServer();
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    server.addFault(LATENCY);
    const args = ['assign', '--waba', '102290129340398', '--business', BIZ, '--user', BSP_USER, '--tasks', 'DEVELOP', '--yes', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dir } });
    expect(run.code, run.stderr).toBe(0);
    expect(server.log).toHaveLength(3);
    expect(sequentialDepth(server.log)).toBe(2);
    expect(server.appliedPosts).toBe(1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bulk: planning reads in one round trip; then each row writes and reads back, --concurrency at a time', async () => {
  const rows = 8;
  const server = await startPracticeServer({ scenario: bulkScenario(rows, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    server.addFault(LATENCY);
    const file = join(dir, 'rows.csv');
    writeFileSync(file, ['waba,business,user,tasks', ...Array.from({ length: rows }, (_, i) => `${clientWaba(i)},${BIZ},${BSP_USER},DEVELOP`)].join('\n') + '\n');
    const args = ['bulk', '--file', file, '--yes', '--concurrency', '4', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') } });
    expect(run.code, run.stderr).toBe(0);
    const firstWrite = assignBatches(server)[0]?.at ?? Infinity;
    const planning = server.log.filter((e) => e.batchSize !== undefined && e.at < firstWrite);
    expect(sequentialDepth(planning)).toBe(1);
    expect(server.appliedPosts).toBe(rows);
    // Planning, then per row one batch (POST and its read-back), four rows at a time, then the receipt's debug_token.
    // Rows are taken as workers free up, so a worker may take one row more than its share; one after another would be 10.
    expect(sequentialDepth(server.log)).toBeLessThanOrEqual(1 + (Math.ceil(rows / 4) + 1) + 1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
