/** The request log (api.ts RequestLogEntry): token-free, tokenInUrl only for URL tokens. */
import { BIZ, call, expect, SU_EMP, test, WABA } from './helpers';
import { sequentialDepth } from '../../../main/practice/depth';

test('tokenInUrl is true only when access_token is in the URL; the token is never stored', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, `/v26.0/me?fields=id&access_token=${token}&appsecret_proof=abc123`);
  await call(server, '/v26.0/me', { token });
  const posted = await call(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}`, { form: { access_token: token, user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect(posted.text).toBe('{"success":true}');
  await call(server, `/v26.0/debug_token?input_token=${token}`, { token });
  const [inUrl, bearer, inBody, debug] = server.log;
  expect(inUrl).toMatchObject({ seq: 1, method: 'GET', path: '/v26.0/me', tokenInUrl: true, bearer: false, outcome: 200 });
  expect(inUrl?.query).toEqual({ fields: 'id', access_token: '[present]', appsecret_proof: '[present]' });
  expect(bearer).toMatchObject({ tokenInUrl: false, bearer: true, query: {} });
  expect(inBody).toMatchObject({ method: 'POST', tokenInUrl: false, bearer: false, query: { business: BIZ } });
  expect(debug?.query).toEqual({ input_token: '[present]' });
  expect(JSON.stringify(server.log)).not.toContain(token.slice(3, 40));
});

test('entries are numbered in arrival order with times; clearLog empties the log', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, '/v26.0/me', { token });
  await call(server, '/v26.0/nope', { token });
  const log = server.log;
  expect(log.map((e) => e.seq)).toEqual([1, 2]);
  expect(log[1]?.outcome).toBe(400);
  expect(log[1]?.at).toBeGreaterThanOrEqual(log[0]?.at ?? Infinity);
  server.clearLog();
  expect(server.log).toEqual([]);
  await call(server, '/v26.0/me', { token });
  expect(server.log[0]?.seq).toBe(3);
});

test('a token-shaped string anywhere in the path or query is redacted', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, `/v26.0/${token}?note=${token}`, { token });
  const entry = server.log[0];
  expect(entry?.path).toBe('/v26.0/[redacted]');
  expect(entry?.query).toEqual({ note: '[redacted]' });
});

test('each entry has its arrival and answer times; sequentialDepth counts overlapping requests once', async ({ server }) => {
  const token = server.token('admin-never');
  server.addFault({ fault: { kind: 'latency', ms: 60 }, times: Infinity });
  await Promise.all([call(server, '/v26.0/me', { token }), call(server, '/v26.0/me', { token })]);
  await call(server, '/v26.0/me', { token });
  const log = server.log;
  for (const entry of log) expect(entry.endAt - entry.at).toBeGreaterThanOrEqual(55);
  expect(sequentialDepth(log)).toBe(2);
  const next = { at: (log[2]?.endAt ?? 0) + 1, endAt: (log[2]?.endAt ?? 0) + 2 };
  expect(sequentialDepth([...log, next])).toBe(3);
  // With a gap (latency added outside the server), requests closer than the gap travel side by side.
  const proxied = [{ at: 0, endAt: 1 }, { at: 2, endAt: 3 }, { at: 160, endAt: 161 }, { at: 320, endAt: 321 }];
  expect(sequentialDepth(proxied)).toBe(4);
  expect(sequentialDepth(proxied, 75)).toBe(3);
});
