/**
 * Graph client benchmarks against the practice server with injected
 * round-trip latency: what paging size and batching save. Prints figures and
 * ratios from one run; compare ratios, not absolute times.
 */
import { performance } from 'node:perf_hooks';
import { createGraphClient } from '../../main/core/graph/client';
import { resolveGraphConfig, type GraphClientConfigInput } from '../../main/core/graph/config';
import { silentLogger } from '../../main/core/log/logger';
import { startPracticeServer, type RunningPracticeServer } from '../../main/practice/start-practice-server';
import defaultScenario from '../../main/practice/scenarios/default.json';
import { asBusinessId } from '../../shared/ids';

const LATENCY_MS = 15;
const USERS = 300;
const BIZ = '506914307656634';

/** The default scenario plus many employee system users, to make paging matter. */
function bigScenario(): object {
  const extra = Array.from({ length: USERS }, (_, i) => ({
    id: String(1972555232800000 + i),
    name: `Bench User ${i}`,
    role: 'EMPLOYEE',
    businessId: BIZ,
    createdTime: '2024-04-02T23:09:47+0000',
  }));
  return { ...defaultScenario, systemUsers: [...defaultScenario.systemUsers, ...extra] };
}

function clientFor(server: RunningPracticeServer, config: GraphClientConfigInput = {}) {
  const resolved = resolveGraphConfig({ baseUrl: server.url, proxy: { mode: 'none' }, ...config });
  if (!resolved.ok) throw new Error(resolved.error.message);
  const token = server.token('admin-never');
  return createGraphClient(resolved.value, { getToken: async () => token, log: silentLogger });
}

async function timed<T>(server: RunningPracticeServer, body: () => Promise<T>): Promise<{ ms: number; requests: number }> {
  server.clearLog();
  const start = performance.now();
  await body();
  return { ms: performance.now() - start, requests: server.log.length };
}

const row = (name: string, r: { ms: number; requests: number }) =>
  console.log(`${name.padEnd(44)} ${r.requests.toString().padStart(4)} requests ${r.ms.toFixed(0).padStart(7)} ms`);

const server = await startPracticeServer({ scenario: bigScenario() });
server.addFault({ fault: { kind: 'latency', ms: LATENCY_MS }, times: Infinity });
console.log(`practice server with ${LATENCY_MS} ms injected latency per request; ${USERS + 2} system users`);
try {
  const small = clientFor(server, { pageSize: 25 });
  const large = clientFor(server, { pageSize: 100 });
  const biz = asBusinessId(BIZ);
  const paged25 = await timed(server, () => small.systemUsers(biz));
  const paged100 = await timed(server, () => large.systemUsers(biz));
  row('system_users, limit=25 (Meta default)', paged25);
  row('system_users, limit=100 (our default)', paged100);
  console.log(`ratio limit=25 / limit=100: ${(paged25.ms / paged100.ms).toFixed(2)}x time, ${(paged25.requests / paged100.requests).toFixed(2)}x requests`);

  const N = 40;
  const sequential = await timed(server, async () => {
    for (let i = 0; i < N; i += 1) await large.me();
  });
  const batched = await timed(server, () => large.batch(Array.from({ length: N }, () => ({ method: 'GET' as const, relativeUrl: 'me?fields=id,name' }))));
  row(`${N} reads, one request each`, sequential);
  row(`${N} reads in one batch`, batched);
  console.log(`ratio sequential / batch: ${(sequential.ms / batched.ms).toFixed(2)}x time`);
  await small.close();
  await large.close();
} finally {
  await server.close();
}
