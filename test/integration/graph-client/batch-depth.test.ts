/**
 * Read-only batch chunks travel side by side (issue 11): 450 GETs are nine
 * batch requests of 50, sent eight at a time, so two sequential round trips;
 * a batch that writes keeps its chunks one after another.
 */
import { expect, test } from '@playwright/test';
import { sequentialDepth } from '../../../main/practice/depth';
import { rig, SU_EMP, WABA } from './harness';

const LATENCY = { fault: { kind: 'latency', ms: 60 }, times: Infinity } as const;

test('read-only chunks go eight at a time; chunks that write go one after another', async () => {
  const r = await rig();
  try {
    r.server.addFault(LATENCY);
    const reads = Array.from({ length: 450 }, () => ({ method: 'GET' as const, relativeUrl: 'me?fields=id' }));
    const read = await r.client.batch(reads);
    expect(read.ok && read.value.every((item) => item.status === 200)).toBe(true);
    expect(r.server.log.map((e) => e.batchSize)).toEqual(Array(9).fill(50));
    expect(sequentialDepth(r.server.log)).toBe(2);

    r.server.clearLog();
    const write = { method: 'POST' as const, relativeUrl: `${WABA}/assigned_users`, body: { user: SU_EMP, tasks: '["DEVELOP"]' } };
    const mixed = await r.client.batch([...reads.slice(0, 50), write]);
    expect(mixed.ok).toBe(true);
    expect(sequentialDepth(r.server.log)).toBe(2);
  } finally {
    await r.close();
  }
});
