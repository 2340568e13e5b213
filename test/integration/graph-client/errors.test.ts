import { expect, test } from '@playwright/test';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { assertCredentialsOnly, BIZ, CLIENT_WABA, rig, SU_EMP, WABA } from './harness';

/** Each request as "METHOD outcome"; the apply batch (POST item plus its read-back) as "BATCH outcome". */
const trail = (log: readonly { method: string; batchSize?: number; outcome: unknown }[]) =>
  log.map((e) => `${e.batchSize === undefined ? e.method : 'BATCH'} ${String(e.outcome)}`);

const assignEmp = (tasks: ('MANAGE' | 'DEVELOP' | 'MANAGE_TEMPLATES')[], waba = WABA) => ({
  wabaId: asWabaId(waba),
  businessId: asBusinessId(BIZ),
  userId: asSystemUserId(SU_EMP),
  tasks,
});

test('190/463 expired token: token-invalid, no retry, exactly one request', async () => {
  const r = await rig({ label: 'admin-expired' });
  try {
    const me = await r.client.me();
    expect(!me.ok && me.error).toMatchObject({ kind: 'token-invalid', graph: { code: 190, subcode: 463, type: 'OAuthException' }, request: 'GET /v26.0/me' });
    expect(r.server.log).toHaveLength(1);
    r.use('garbage');
    const garbage = await r.client.systemUsers(asBusinessId(BIZ));
    expect(!garbage.ok && garbage.error.graph?.code).toBe(190);
    expect(r.server.log).toHaveLength(2);
  } finally {
    await r.close();
  }
});

test('a token that expires mid-flow stops at the first 190', async () => {
  const r = await rig();
  try {
    expect((await r.client.me()).ok).toBe(true);
    r.server.addFault({ fault: { kind: 'expire-token' } });
    const second = await r.client.phoneNumbers(asWabaId(WABA));
    expect(!second.ok && second.error.graph).toMatchObject({ code: 190, subcode: 463 });
    const third = await r.client.me();
    expect(!third.ok && third.error.kind).toBe('token-invalid');
    expect(r.server.log).toHaveLength(3);
  } finally {
    await r.close();
  }
});

test('no token connected: token-missing without any request', async () => {
  const r = await rig({ label: null });
  try {
    const me = await r.client.me();
    expect(!me.ok && me.error.kind).toBe('token-missing');
    expect(r.server.log).toHaveLength(0);
  } finally {
    await r.close();
  }
});

test('permission errors (200) and invalid requests (100) are final: one request each', async () => {
  const r = await rig({ label: 'admin-no-business-management' });
  try {
    const users = await r.client.systemUsers(asBusinessId(BIZ));
    expect(!users.ok && users.error).toMatchObject({ kind: 'permission-denied', graph: { code: 200 } });
    const businesses = await r.client.myBusinesses();
    expect(!businesses.ok && businesses.error).toMatchObject({ kind: 'invalid-request', graph: { code: 100 } });
    expect(r.server.log).toHaveLength(2);
    r.use('admin-never');
    // system_users on a WABA id: "(#100) Tried accessing nonexisting field (system_users) ...".
    const onWaba = await r.client.systemUsers(asBusinessId(WABA));
    expect(!onWaba.ok && onWaba.error).toMatchObject({ kind: 'invalid-request', graph: { code: 100 } });
    expect(r.server.log).toHaveLength(3);
  } finally {
    await r.close();
  }
});

test('writes refused by Meta: employee token, MANAGE on a restricted Multi-Partner WABA, invisible WABA', async () => {
  const r = await rig();
  try {
    const mps = await r.client.assignUser(assignEmp(['MANAGE'], CLIENT_WABA));
    expect(!mps.ok && mps.error).toMatchObject({ kind: 'permission-denied', graph: { code: 200 } });
    expect(r.server.assignedTasks(CLIENT_WABA, SU_EMP)).toEqual(['DEVELOP']);
    const granular = await r.client.assignUser(assignEmp(['DEVELOP', 'MANAGE_TEMPLATES'], CLIENT_WABA));
    expect(granular.ok).toBe(true);
    r.use('employee');
    const employee = await r.client.assignUser(assignEmp(['DEVELOP'], CLIENT_WABA));
    expect(!employee.ok && employee.error.kind).toBe('permission-denied');
    const invisible = await r.client.waba(asWabaId(WABA));
    expect(!invisible.ok && invisible.error).toMatchObject({ kind: 'not-found', graph: { code: 100, subcode: 33, type: 'GraphMethodException' } });
    expect(r.server.log.filter((e) => e.method === 'POST')).toHaveLength(3);
  } finally {
    await r.close();
  }
});

test('transient code 2 on a GET is retried, then succeeds', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'transient' }, method: 'GET', pathIncludes: '/phone_numbers' });
    const phones = await r.client.phoneNumbers(asWabaId(WABA));
    expect(phones.ok).toBe(true);
    expect(r.server.log.map((e) => e.outcome)).toEqual([500, 200]);
    expect(r.lines.some((l) => l.includes('retrying') && l.includes('transient'))).toBe(true);
  } finally {
    await r.close();
  }
});

test('persistent 5xx: bounded attempts, then transient', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'http-5xx', status: 503 }, times: Infinity });
    const me = await r.client.me();
    expect(!me.ok && me.error).toMatchObject({ kind: 'transient', graph: { httpStatus: 503 } });
    expect(r.server.log).toHaveLength(3);
  } finally {
    await r.close();
  }
});

test('80008 with a wait hint: rate-limited with retryAfterSec, not retried past the cap', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'throttle', code: 80008, regainMinutes: 19 }, pathIncludes: '/assigned_users' });
    const users = await r.client.assignedUsers(asWabaId(WABA), asBusinessId(BIZ));
    expect(!users.ok && users.error).toMatchObject({ kind: 'rate-limited', retryAfterSec: 19 * 60, graph: { code: 80008 } });
    expect(r.server.log).toHaveLength(1);
    // Meta said to stay away for 19 minutes: the pacer answers the next call to that WABA without sending it.
    const next = await r.client.phoneNumbers(asWabaId(WABA));
    expect(!next.ok && next.error.kind).toBe('rate-limited');
    expect(r.server.log).toHaveLength(1);
    expect((await r.client.me()).ok).toBe(true);
  } finally {
    await r.close();
  }
});

test('a throttle whose hint fits the budget is waited out and retried', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'throttle', code: 4, regainMinutes: 0 } });
    const me = await r.client.me();
    expect(me.ok).toBe(true);
    expect(r.server.log.map((e) => e.outcome)).toEqual([400, 200]);
  } finally {
    await r.close();
  }
});

test('POST item applied, then cut (null): read back, exactly one assignment, no second POST', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'reset-after-apply' }, batch: true, method: 'POST', pathIncludes: '/assigned_users' });
    const outcome = await r.client.assignUser(assignEmp(['MANAGE']));
    expect(outcome.ok && outcome.value.reconciled).toBe(true);
    expect(r.server.appliedPosts).toBe(1);
    expect(r.server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE']);
    expect(trail(r.server.log)).toEqual(['BATCH 200', 'GET 200']);
    expect(r.server.log[1]!.query).toMatchObject({ business: BIZ, fields: 'id,name,tasks,user_type' });
  } finally {
    await r.close();
  }
});

test('the apply batch is applied, then the connection resets: read back, exactly one assignment, no second POST', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'reset-after-apply' }, batch: true, method: 'POST' });
    const outcome = await r.client.assignUser(assignEmp(['MANAGE']));
    expect(outcome.ok && outcome.value.reconciled).toBe(true);
    expect(r.server.appliedPosts).toBe(1);
    expect(r.server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE']);
    expect(trail(r.server.log)).toEqual(['BATCH reset', 'GET 200']);
  } finally {
    await r.close();
  }
});

test('connection reset before the POST was applied: read back, then POST once more', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'reset-before-apply' }, batch: true, method: 'POST', pathIncludes: '/assigned_users' });
    const outcome = await r.client.assignUser(assignEmp(['MANAGE']));
    expect(outcome.ok && outcome.value.reconciled).toBe(false);
    expect(r.server.appliedPosts).toBe(1);
    expect(trail(r.server.log)).toEqual(['BATCH 200', 'GET 200', 'BATCH 200']);
  } finally {
    await r.close();
  }
});

test('a POST that stalls after being applied times out and is reconciled, never re-sent', async () => {
  const r = await rig({ config: { timeouts: { bodyMs: 300 } } });
  try {
    // The whole apply batch stalls mid-body (an item has no socket: a stalled item is null, covered above).
    r.server.addFault({ fault: { kind: 'stall-body' }, batch: true, method: 'POST' });
    const outcome = await r.client.assignUser(assignEmp(['DEVELOP']));
    expect(outcome.ok && outcome.value.reconciled).toBe(true);
    expect(r.server.appliedPosts).toBe(1);
    expect(r.server.log.filter((e) => e.method === 'POST')).toHaveLength(1);
    expect(trail(r.server.log)).toEqual(['BATCH stalled', 'GET 200']);
  } finally {
    await r.close();
  }
});

test('the deadline runs out during the POST: read-back and second POST get fresh deadlines', async () => {
  const r = await rig({ config: { deadlineMs: 600, timeouts: { headersMs: 5_000 } } });
  try {
    r.server.addFault({ fault: { kind: 'stall-headers' }, batch: true, method: 'POST' });
    const outcome = await r.client.assignUser(assignEmp(['DEVELOP']));
    expect(outcome.ok && outcome.value.reconciled).toBe(false);
    expect(outcome.ok && outcome.value.fbtraceIds.length).toBe(2);
    expect(r.server.appliedPosts).toBe(1);
    expect(trail(r.server.log)).toEqual(['BATCH stalled', 'GET 200', 'BATCH 200']);
  } finally {
    await r.close();
  }
});

test('transient 500 on the POST: read back shows nothing applied, POST once more', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'transient' }, batch: true, method: 'POST', pathIncludes: '/assigned_users' });
    const outcome = await r.client.assignUser(assignEmp(['MANAGE']));
    expect(outcome.ok && outcome.value.reconciled).toBe(false);
    expect(r.server.appliedPosts).toBe(1);
    // The POST item answered 500 (the batch itself 200): read back, then one more batch.
    expect(trail(r.server.log)).toEqual(['BATCH 200', 'GET 200', 'BATCH 200']);
  } finally {
    await r.close();
  }
});

test('headers that never come: timeout within the deadline', async () => {
  const r = await rig({ config: { timeouts: { headersMs: 300 }, deadlineMs: 1_500, retry: { maxAttempts: 10, baseDelayMs: 50 } } });
  try {
    r.server.addFault({ fault: { kind: 'stall-headers' }, times: Infinity });
    const started = Date.now();
    const me = await r.client.me();
    const elapsed = Date.now() - started;
    expect(!me.ok && me.error.kind).toBe('timeout');
    expect(elapsed).toBeLessThan(1_500 + 1_000);
    expect(r.server.log.length).toBeGreaterThanOrEqual(2);
  } finally {
    await r.close();
  }
});

test('a body that stalls: timeout', async () => {
  const r = await rig({ config: { timeouts: { bodyMs: 300 }, retry: { maxAttempts: 1 } } });
  try {
    r.server.addFault({ fault: { kind: 'stall-body' } });
    const me = await r.client.me();
    expect(!me.ok && me.error.kind).toBe('timeout');
  } finally {
    await r.close();
  }
});

test('Cancel aborts an in-flight call at once', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'stall-headers' } });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 150);
    const me = await r.client.me({ signal: controller.signal });
    expect(!me.ok && me.error.kind).toBe('cancelled');
    // The stall never ends on its own, so any answer at all means Cancel ended the call; the bound only keeps a hang short.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.server.log).toHaveLength(1);
    const already = await r.client.me({ signal: AbortSignal.abort() });
    expect(!already.ok && already.error.kind).toBe('cancelled');
    expect(r.server.log).toHaveLength(1);
  } finally {
    await r.close();
  }
});

test('batch: a null item is retried alone; a null POST item is reported, not re-sent', async () => {
  const r = await rig();
  try {
    r.server.addFault({ fault: { kind: 'stall-headers' }, batch: true, method: 'GET', pathIncludes: '/phone_numbers' });
    const result = await r.client.batch([
      { method: 'GET', relativeUrl: 'me?fields=id,name' },
      { method: 'GET', relativeUrl: `${WABA}/phone_numbers?fields=id` },
    ]);
    expect(result.ok && result.value.every((item) => item.result.ok)).toBe(true);
    expect(r.server.log.map((e) => e.batchSize)).toEqual([2, 1]);

    r.server.addFault({ fault: { kind: 'reset-after-apply' }, batch: true, method: 'POST', pathIncludes: '/assigned_users' });
    const write = await r.client.batch([{ method: 'POST', relativeUrl: `${WABA}/assigned_users`, body: { user: SU_EMP, tasks: '["DEVELOP"]' } }]);
    expect(write.ok && !write.value[0]!.result.ok && write.value[0]!.result.error.kind).toBe('timeout');
    expect(r.server.appliedPosts).toBe(1);
    expect(r.server.log).toHaveLength(3);
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
  }
});

test('the server is down: network error, no secret in it', async () => {
  const r = await rig();
  const url = r.server.url;
  await r.server.close();
  try {
    const me = await r.client.me();
    expect(!me.ok && me.error.kind).toBe('network');
    expect(JSON.stringify(me)).not.toContain(r.token!);
    expect(JSON.stringify(me)).not.toContain(url);
  } finally {
    await r.close();
  }
});
