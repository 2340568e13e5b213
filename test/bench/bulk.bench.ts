/**
 * Bulk planning against the practice server with injected round-trip
 * latency: 30 rows (30 client WABAs), planning reads batched up front vs one
 * read per row. Prints requests and time for each, and the ratio; compare
 * ratios, not absolute times. Run: node test/bench/run.mjs bulk
 */
import { performance } from 'node:perf_hooks';
import { asBusinessId, asSystemUserId, asWabaId } from '../../shared/ids';
import { createGraphClient } from '../../main/core/graph/client';
import { resolveGraphConfig } from '../../main/core/graph/config';
import { silentLogger } from '../../main/core/log/logger';
import { planBulk, type BulkRow } from '../../main/core/onboarding/bulk-plan';
import { createFactCache } from '../../main/core/onboarding/facts';
import { startPracticeServer } from '../../main/practice/start-practice-server';
import { BIZ, BSP_USER, bulkScenario, clientWaba } from '../integration/cli/bulk-scenario';

const LATENCY_MS = 15;
const ROWS = 30;

const server = await startPracticeServer({ scenario: bulkScenario(ROWS, 0) });
server.addFault({ fault: { kind: 'latency', ms: LATENCY_MS }, times: Infinity });
const resolved = resolveGraphConfig({ baseUrl: server.url, proxy: { mode: 'none' } });
if (!resolved.ok) throw new Error(resolved.error.message);
const token = server.token('admin-never');
const client = createGraphClient(resolved.value, { getToken: async () => token, log: silentLogger });
const rows: BulkRow[] = Array.from({ length: ROWS }, (_, i) => ({
  line: i + 2,
  wabaId: asWabaId(clientWaba(i)),
  businessId: asBusinessId(BIZ),
  userId: asSystemUserId(BSP_USER),
  tasks: ['DEVELOP'],
}));

async function measure(batched: boolean): Promise<{ ms: number; requests: number; statuses: string }> {
  // A fresh session each time: nothing cached from the other measurement.
  const deps = { graph: () => client, log: silentLogger, now: () => new Date(), facts: createFactCache() };
  server.clearLog();
  const start = performance.now();
  const planned = await planBulk(deps, rows, { batched });
  const ms = performance.now() - start;
  const statuses = [...new Set(planned.map((p) => p.status))].join(',');
  return { ms, requests: server.log.length, statuses };
}

const row = (name: string, r: { ms: number; requests: number; statuses: string }) =>
  console.log(`${name.padEnd(40)} ${r.requests.toString().padStart(4)} requests ${r.ms.toFixed(0).padStart(7)} ms  (plans: ${r.statuses})`);

console.log(`practice server with ${LATENCY_MS} ms injected latency per request; ${ROWS} rows on ${ROWS} client WABAs`);
try {
  await measure(true); // warm-up: sockets, JIT
  const perRow = await measure(false);
  const batched = await measure(true);
  row('planning reads, one read per row', perRow);
  row('planning reads, batched (<= 50 per batch)', batched);
  console.log(`ratio per-row / batched: ${(perRow.ms / batched.ms).toFixed(2)}x time, ${(perRow.requests / batched.requests).toFixed(2)}x requests`);
} finally {
  await client.close();
  await server.close();
}
