/**
 * Round trips of the CLI (issue 11), measured from the practice server's
 * request timestamps with a latency fault on every request (so requests sent
 * side by side overlap): `assign --yes` plans in one batch with debug_token
 * (the token's role, and the receipt's fingerprint) inside it, then applies and verifies in one batch (the
 * read-back depends on the POST): 2 round trips. Bulk planning reads in
 * batches side by side; its writes go 25 POST + read-back pairs to a batch,
 * --concurrency batches at a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { sequentialDepth } from '../../../main/practice/depth';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, BSP_USER, bulkScenario, clientWaba, OWN_WABA } from './bulk-scenario';
import { ensureCliBuilt, runCli } from './support';
import { assignBatches, batchItemsOf } from '../../support/batch-items';

test.beforeAll(ensureCliBuilt);

const LATENCY = { fault: { kind: 'latency', ms: 60 }, times: Infinity } as const;

test('assign --yes: 2 requests in 2 sequential round trips (plan with debug_token in its batch; apply and verify in one batch)', async () => {
  const server = await startPracticeServer();
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    server.addFault(LATENCY);
    const args = ['assign', '--waba', '102290129340398', '--business', BIZ, '--user', BSP_USER, '--tasks', 'DEVELOP', '--yes', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dir } });
    expect(run.code, run.stderr).toBe(0);
    expect(server.log).toHaveLength(2);
    expect(sequentialDepth(server.log)).toBe(2);
    expect(server.appliedPosts).toBe(1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('assign on an owned WABA of a business with 1,000 client WABAs: the client list is not paged; 2 round trips in all', async () => {
  const server = await startPracticeServer({ scenario: bulkScenario(1000, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    server.addFault(LATENCY);
    const args = ['assign', '--waba', OWN_WABA, '--business', BIZ, '--user', BSP_USER, '--tasks', 'DEVELOP', '--yes', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dir } });
    expect(run.code, run.stderr).toBe(0);
    expect(server.appliedPosts).toBe(1);
    // The plan read the WABA's own fields (it is owned): no page of client_whatsapp_business_accounts was read.
    const items = server.rawRequests.flatMap((r) => (r.body.includes('batch=') || r.body.startsWith('{') ? batchItemsOf(r.body) : []));
    expect(items.some((i) => i.relative_url.includes('client_whatsapp_business_accounts'))).toBe(false);
    expect(sequentialDepth(server.log)).toBeLessThanOrEqual(2);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('assign on a client WABA reads the client list once (its permitted_tasks decide what may be given)', async () => {
  const server = await startPracticeServer({ scenario: bulkScenario(150, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    const args = ['assign', '--waba', clientWaba(149), '--business', BIZ, '--user', BSP_USER, '--tasks', 'DEVELOP', '--yes', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dir } });
    expect(run.code, run.stderr).toBe(0);
    expect(server.assignedTasks(clientWaba(149), BSP_USER)).toEqual(['DEVELOP']);
    const items = server.rawRequests.flatMap((r) => (r.body.includes('batch=') || r.body.startsWith('{') ? batchItemsOf(r.body) : []));
    // Two pages of 100: the first with the owned list, the second on its own; never read twice.
    expect(items.filter((i) => i.relative_url.includes('client_whatsapp_business_accounts') && !i.relative_url.includes('after='))).toHaveLength(1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bulk 200 rows on 200 WABAs at --concurrency 4: writes 25 rows to a batch, batches side by side; at most 30 requests', async () => {
  const rows = 200;
  const server = await startPracticeServer({ scenario: bulkScenario(rows, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-rt-'));
  try {
    // A longer round trip than the other tests': on a busy machine, requests sent side by side must still overlap.
    server.addFault({ fault: { kind: 'latency', ms: 150 }, times: Infinity });
    const file = join(dir, 'rows.csv');
    writeFileSync(file, ['waba,business,user,tasks', ...Array.from({ length: rows }, (_, i) => `${clientWaba(i)},${BIZ},${BSP_USER},DEVELOP`)].join('\n') + '\n');
    const args = ['bulk', '--file', file, '--yes', '--concurrency', '4', '--token-stdin'];
    const run = await runCli(args, { input: server.token('admin-never'), env: { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') } });
    expect(run.code, run.stderr).toBe(0);
    expect(server.appliedPosts).toBe(rows);
    const writes = assignBatches(server);
    const firstWrite = writes[0]?.at ?? Infinity;
    const planning = server.log.filter((e) => e.at < firstWrite);
    // Every POST went in a batch of POST + read-back pairs, never two changes to one WABA in one batch.
    const posted = writes.map((w) => batchItemsOf(server.rawRequests.find((r) => r.seq === w.seq)!.body).filter((i) => i.method === 'POST'));
    expect(posted.flat()).toHaveLength(rows);
    for (const items of posted) expect(new Set(items.map((i) => i.relative_url.split('/')[0])).size).toBe(items.length);
    expect(Math.max(...writes.map((w) => w.batchSize ?? 0))).toBeLessThanOrEqual(50);
    // One row per batch would be 200 write requests; 25 pairs to a batch is 8.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(rows / 25));
    expect(server.log.length).toBeLessThanOrEqual(30);
    // Planning: reads side by side (and the client list's second page); writes: 8 batches four at a time.
    expect(sequentialDepth(planning)).toBeLessThanOrEqual(3);
    expect(sequentialDepth(writes)).toBeLessThanOrEqual(Math.ceil(rows / 25 / 4));
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
