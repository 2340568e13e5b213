/**
 * Round trips (issue 11), counted from the practice server's request log:
 * every request carries its arrival and answer times, and sequentialDepth
 * gives the longest chain of requests each sent after the one before it was
 * answered. A latency fault on every request (inside the server) makes
 * requests that travel side by side overlap for sure. Nothing here comes
 * from constants in the implementation.
 */
import { expect, test } from '@playwright/test';
import { sequentialDepth } from '../../../main/practice/depth';
import { IDS, startHarness, type Harness } from './support';

const LATENCY = { fault: { kind: 'latency', ms: 40 }, times: Infinity } as const;
const request = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP' as const] };

async function depthOf(h: Harness, run: () => Promise<unknown>): Promise<{ requests: number; depth: number }> {
  h.server.clearLog();
  await run();
  return { requests: h.server.log.length, depth: sequentialDepth(h.server.log) };
}

test('the wizard sequence takes at most 4 sequential round trips, apply and verify one of them', async () => {
  const h = await startHarness();
  try {
    h.server.addFault(LATENCY);
    const steps = {
      inspect: await depthOf(h, () => h.call('token.connect', { token: h.server.token('admin-never') })),
      discover: await depthOf(h, () => h.call('account.wabas', { businessId: IDS.business })),
      list: await depthOf(h, () => h.call('account.systemUsers', { businessId: IDS.business, wabaId: IDS.ownedWaba })),
      plan: await depthOf(h, () => h.call('access.plan', request)),
      applyAndVerify: await depthOf(h, async () => {
        await h.call('access.apply', request);
        expect((await h.call('access.verify', request)).verified).toBe(true);
      }),
    };
    expect(steps).toEqual({
      inspect: { requests: 1, depth: 1 },
      discover: { requests: 1, depth: 1 },
      list: { requests: 1, depth: 1 },
      plan: { requests: 0, depth: 0 },
      applyAndVerify: { requests: 1, depth: 1 },
    });
    const total = Object.values(steps).reduce((sum, s) => sum + s.depth, 0);
    expect(total).toBeLessThanOrEqual(4);
    expect(h.server.appliedPosts).toBe(1);
  } finally {
    await h.dispose();
  }
});

test('a lost read-back in the apply batch is settled by a fresh read; the POST is not sent twice', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    await h.call('access.plan', request);
    h.server.addFault({ batch: true, method: 'GET', pathIncludes: '/assigned_users', fault: { kind: 'stall-headers' } });
    h.server.clearLog();
    await h.call('access.apply', request);
    const report = await h.call('access.verify', request);
    expect(report.verified).toBe(true);
    expect(h.server.appliedPosts).toBe(1);
    // The apply batch, then verify's own read (the read-back came back null).
    expect(h.server.log).toHaveLength(2);
  } finally {
    await h.dispose();
  }
});

test('a null POST item is settled by a read before anything is sent again', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    h.server.addFault({ batch: true, method: 'POST', pathIncludes: '/assigned_users', fault: { kind: 'reset-after-apply' } });
    await h.call('access.apply', request);
    expect(h.server.appliedPosts).toBe(1);
    expect((await h.call('access.verify', request)).verified).toBe(true);
  } finally {
    await h.dispose();
  }
});
