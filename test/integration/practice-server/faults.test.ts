/**
 * Fault injection (api.ts Fault): every kind, rule matching and counting, and
 * close() ending stalled sockets so nothing hangs.
 */
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, call, expect, filled, graphError, SU_EMP, test, WABA } from './helpers';

const assignPath = `/v26.0/${WABA}/assigned_users`;

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('latency delays the answer', async ({ server }) => {
  server.addFault({ fault: { kind: 'latency', ms: 300 } });
  const started = Date.now();
  const answer = await call(server, '/v26.0/me', { token: server.token('admin-never') });
  expect(answer.status).toBe(200);
  const slowMs = Date.now() - started;
  expect(slowMs).toBeGreaterThanOrEqual(290);
  // The rule fired once: the next answer is not delayed (compared within this run, not against a fixed time).
  const quick = Date.now();
  await call(server, '/v26.0/me', { token: server.token('admin-never') });
  expect(Date.now() - quick).toBeLessThan(slowMs / 2);
});

test('close() cuts a long latency short', async () => {
  const server = await startPracticeServer();
  server.addFault({ fault: { kind: 'latency', ms: 60_000 } });
  const pending = fetch(`${server.url}/v26.0/me`, { headers: { authorization: `Bearer ${server.token('admin-never')}` } }).then(
    () => 'answered',
    () => 'failed',
  );
  // The entry is logged only when the request ends, so give it a moment to arrive.
  await new Promise((r) => setTimeout(r, 200));
  const closing = Date.now();
  await server.close();
  // Far less than the injected minute: close() did not wait it out.
  expect(Date.now() - closing).toBeLessThan(60_000 / 6);
  expect(await pending).toBe('failed');
});

test('stall-headers never answers until close() ends the socket', async () => {
  const server = await startPracticeServer();
  server.addFault({ fault: { kind: 'stall-headers' } });
  const pending = fetch(`${server.url}/v26.0/me`, { headers: { authorization: `Bearer ${server.token('admin-never')}` } });
  const settled = pending.then(() => 'answered', () => 'failed');
  await until(() => server.log.some((e) => e.outcome === 'stalled'), 'the stall');
  const closing = Date.now();
  await server.close();
  expect(Date.now() - closing).toBeLessThan(2000);
  expect(await settled).toBe('failed');
});

test('stall-body sends headers and part of the body, then stalls until close()', async () => {
  const server = await startPracticeServer();
  server.addFault({ fault: { kind: 'stall-body' } });
  const res = await fetch(`${server.url}/v26.0/me`, { headers: { authorization: `Bearer ${server.token('admin-never')}` } });
  expect(res.status).toBe(200);
  const body = res.text().then(() => 'complete', () => 'cut');
  await until(() => server.log.some((e) => e.outcome === 'stalled'), 'the stall');
  await server.close();
  expect(await body).toBe('cut');
});

test('reset-after-apply applies the assignment exactly once, then drops the connection', async ({ server }) => {
  server.addFault({ method: 'POST', pathIncludes: '/assigned_users', fault: { kind: 'reset-after-apply' } });
  const token = server.token('admin-never');
  await expect(call(server, assignPath, { token, form: { user: SU_EMP, tasks: '["MANAGE"]' } })).rejects.toThrow();
  expect(server.appliedPosts).toBe(1);
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE']);
  expect(server.log.at(-1)?.outcome).toBe('reset');
  const read = await call(server, `${assignPath}?business=${BIZ}&fields=id,tasks`, { token });
  expect((read.json() as { data: unknown[] }).data).toEqual([{ id: SU_EMP, tasks: ['MANAGE'] }]);
  expect(server.appliedPosts).toBe(1);
});

test('reset-before-apply drops the connection and changes nothing', async ({ server }) => {
  server.addFault({ method: 'POST', fault: { kind: 'reset-before-apply' } });
  await expect(call(server, assignPath, { token: server.token('admin-never'), form: { user: SU_EMP, tasks: '["MANAGE"]' } })).rejects.toThrow();
  expect(server.appliedPosts).toBe(0);
  expect(server.assignedTasks(WABA, SU_EMP)).toBeUndefined();
  expect(server.log.at(-1)?.outcome).toBe('reset');
});

test('transient answers 500 code 2 with is_transient, verbatim', async ({ server }) => {
  server.addFault({ fault: { kind: 'transient' } });
  const answer = await call(server, '/v26.0/me', { token: server.token('admin-never') });
  expect(answer.status).toBe(500);
  expect(answer.text).toBe(
    filled('{"error":{"message":"An unexpected error has occurred. Please retry your request later.","type":"OAuthException","is_transient":true,"code":2,"fbtrace_id":"…"}}', answer.text),
  );
});

test('http-5xx answers the given status', async ({ server }) => {
  server.addFault({ fault: { kind: 'http-5xx', status: 503 } });
  const answer = await call(server, '/v26.0/me', { token: server.token('admin-never') });
  expect(answer.status).toBe(503);
  expect(graphError(answer)).toMatchObject({ code: 1, message: 'An unknown error has occurred.' });
});

test('throttle code 4 carries x-app-usage; code 17 is transient', async ({ server }) => {
  const token = server.token('admin-never');
  server.addFault({ fault: { kind: 'throttle', code: 4, regainMinutes: 5 } });
  const app = await call(server, '/v26.0/me', { token });
  expect(graphError(app)).toMatchObject({ code: 4, message: '(#4) Application request limit reached' });
  expect(app.headers.get('x-app-usage')).toBe('{"call_count":100,"total_cputime":12,"total_time":15}');
  server.addFault({ fault: { kind: 'throttle', code: 17, regainMinutes: 3 } });
  const user = await call(server, `/v26.0/${WABA}/phone_numbers`, { token });
  expect(user.text).toBe(
    filled('{"error":{"message":"(#17) User request limit reached","type":"OAuthException","is_transient":true,"code":17,"error_subcode":2446079,"fbtrace_id":"…"}}', user.text),
  );
  expect(JSON.parse(user.headers.get('x-business-use-case-usage') ?? '{}')[WABA][0].estimated_time_to_regain_access).toBe(3);
});

test('expire-token makes that token answer 190/463 from then on; others still work', async ({ server }) => {
  const token = server.token('admin-60-day');
  server.addFault({ pathIncludes: '/assigned_users', fault: { kind: 'expire-token' } });
  expect((await call(server, '/v26.0/me', { token })).status).toBe(200);
  for (const path of [`${assignPath}?business=${BIZ}`, '/v26.0/me']) {
    const answer = await call(server, path, { token });
    expect(graphError(answer)).toMatchObject({ code: 190, error_subcode: 463 });
    expect(answer.headers.get('www-authenticate')).toMatch(/^OAuth "Facebook Platform" "invalid_token" "Error validating access token: Session has expired on /);
  }
  expect((await call(server, '/v26.0/me', { token: server.token('admin-never') })).status).toBe(200);
});

test('graph-error returns the given envelope and status verbatim', async ({ server }) => {
  const body = { error: { message: '(#10) Application does not have permission for this action', type: 'OAuthException', code: 10 } };
  server.addFault({ method: 'GET', fault: { kind: 'graph-error', status: 403, body } });
  const answer = await call(server, '/v26.0/me', { token: server.token('admin-never') });
  expect(answer.status).toBe(403);
  expect(answer.text).toBe(JSON.stringify(body));
});

test('rules match method and path, fire `times` times, and can be cleared', async ({ server }) => {
  const token = server.token('admin-never');
  server.addFault({ method: 'POST', pathIncludes: '/assigned_users', times: 2, fault: { kind: 'transient' } });
  expect((await call(server, `${assignPath}?business=${BIZ}`, { token })).status).toBe(200);
  expect((await call(server, '/v26.0/me', { token })).status).toBe(200);
  const post = () => call(server, assignPath, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect((await post()).status).toBe(500);
  expect((await post()).status).toBe(500);
  expect((await post()).status).toBe(200);
  server.addFault({ times: Infinity, fault: { kind: 'transient' } });
  expect((await call(server, '/v26.0/me', { token })).status).toBe(500);
  expect((await call(server, '/v26.0/me', { token })).status).toBe(500);
  server.clearFaults();
  expect((await call(server, '/v26.0/me', { token })).status).toBe(200);
  expect(() => server.addFault({ times: 0, fault: { kind: 'transient' } })).toThrow(/at least once/);
});
