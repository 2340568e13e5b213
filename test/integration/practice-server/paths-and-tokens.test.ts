/** Versions, headers, token checks and debug_token (graph-api.md §5, §6.3, §9, §10). */
import { BIZ, call, expect, graphError, SU_ADMIN, test, withServer } from './helpers';

test('listens on 127.0.0.1 and echoes the path version, or the default for unversioned paths', async ({ server }) => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const token = server.token('admin-never');
  expect((await call(server, '/v25.0/me', { token })).headers.get('facebook-api-version')).toBe('v25.0');
  expect((await call(server, '/me', { token })).headers.get('facebook-api-version')).toBe('v26.0');
  await withServer({ defaultVersion: 'v24.0' }, async (s) => {
    expect((await call(s, '/me', { token })).headers.get('facebook-api-version')).toBe('v24.0');
  });
});

test('every answer carries Meta\'s headers; errors carry a fresh fbtrace_id', async ({ server }) => {
  const ok = await call(server, '/v26.0/me', { token: server.token('admin-never') });
  const bad1 = await call(server, '/v26.0/me', { token: 'nope' });
  const bad2 = await call(server, '/v26.0/me', { token: 'nope' });
  for (const answer of [ok, bad1, bad2]) {
    expect(answer.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(answer.headers.get('facebook-api-version')).toBe('v26.0');
    expect(answer.headers.get('x-fb-trace-id')).toMatch(/^A[A-Za-z0-9_]{22}$/);
  }
  expect(graphError(bad1).fbtrace_id).not.toBe(graphError(bad2).fbtrace_id);
  expect(bad1.headers.get('x-fb-trace-id')).toBe(graphError(bad1).fbtrace_id);
});

test('a malformed version answers 2500 Unknown path components', async ({ server }) => {
  const token = server.token('admin-never');
  for (const [path, components] of [
    ['/v2.80/me/adaccounts', '/me/adaccounts'],
    ['/25.0/me/feed', '/me/feed'],
    ['/v26.1/me', '/me'],
  ]) {
    const answer = await call(server, path ?? '', { token });
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toMatchObject({ code: 2500, type: 'OAuthException', message: `Unknown path components: ${components}` });
  }
  const deep = await call(server, `/v26.0/${BIZ}/system_users/extra`, { token });
  expect(graphError(deep)).toMatchObject({ code: 2500, message: 'Unknown path components: /extra' });
});

test('the token is read from the Bearer header, the query or the form body', async ({ server }) => {
  const token = server.token('admin-never');
  expect((await call(server, `/v26.0/me?fields=id&access_token=${token}`)).text).toBe(`{"id":"${SU_ADMIN}"}`);
  const form = await call(server, `/v26.0/${BIZ}`, { form: { access_token: token } });
  // POST on a node is not supported, which proves the token was accepted first.
  expect(graphError(form)).toMatchObject({ code: 100, error_subcode: 33 });
  expect(graphError(form).message).toMatch(/^Unsupported post request\. Object with ID '506914307656634'/);
});

test('no token, unknown token, expired token', async ({ server }) => {
  const me = await call(server, '/v26.0/me');
  expect(graphError(me)).toMatchObject({ code: 2500, message: 'An active access token must be used to query information about the current user.' });
  expect(me.headers.get('www-authenticate')).toBe(
    'OAuth "Facebook Platform" "invalid_request" "An active access token must be used to query information about the current user."',
  );
  expect(graphError(await call(server, `/v26.0/${BIZ}`))).toMatchObject({ code: 104 });
  const garbage = await call(server, '/v26.0/me', { token: 'EAAnotreallyatoken' });
  expect(graphError(garbage)).toMatchObject({ code: 190, message: 'Invalid OAuth access token data.' });
  const expired = await call(server, '/v26.0/me', { token: server.token('admin-expired') });
  expect(expired.status).toBe(400);
  const error = graphError(expired);
  expect(error).toMatchObject({ code: 190, error_subcode: 463, type: 'OAuthException' });
  expect(error.message).toMatch(
    /^Error validating access token: Session has expired on Saturday, 30-Mar-24 16:00:00 PDT\. The current time is \w+day, \d\d-\w{3}-\d\d \d\d:\d\d:\d\d P[DS]T\.$/,
  );
  expect(expired.headers.get('www-authenticate')).toBe(`OAuth "Facebook Platform" "invalid_token" "${error.message}"`);
});

test('debug_token describes 60-day, user and expired tokens', async ({ server }) => {
  const admin = server.token('admin-never');
  const now = Math.floor(Date.now() / 1000);
  const sixty = (await call(server, `/v26.0/debug_token?input_token=${server.token('admin-60-day')}`, { token: admin }).then((a) => a.json())) as {
    data: { expires_at: number; issued_at: number; is_valid: boolean };
  };
  expect(sixty.data.is_valid).toBe(true);
  expect(Math.abs(sixty.data.expires_at - (now + 55 * 86400))).toBeLessThan(60);
  expect(Math.abs(sixty.data.issued_at - (now - 5 * 86400))).toBeLessThan(60);
  const user = (await call(server, `/v26.0/debug_token?input_token=${server.token('user-24-hour')}`, { token: admin }).then((a) => a.json())) as {
    data: { type: string; expires_at: number; granular_scopes: { scope: string; target_ids?: string[] }[] };
  };
  expect(user.data.type).toBe('USER');
  expect(user.data.expires_at - now).toBeGreaterThan(20 * 3600);
  expect(user.data.expires_at - now).toBeLessThan(25 * 3600);
  expect(user.data.granular_scopes).toContainEqual({ scope: 'whatsapp_business_management', target_ids: ['102290129340398'] });
  const expired = (await call(server, `/v26.0/debug_token?input_token=${server.token('admin-expired')}`, { token: admin }).then((a) => a.json())) as {
    data: { is_valid: boolean; expires_at: number; error: { code: number; subcode: number } };
  };
  expect(expired.data).toMatchObject({ is_valid: false, expires_at: 1711839600, error: { code: 190, subcode: 463 } });
  const missing = await call(server, '/v26.0/debug_token', { token: admin });
  expect(graphError(missing)).toMatchObject({ code: 100, message: '(#100) The parameter input_token is required' });
});

test('a user token reads /me as the person', async ({ server }) => {
  const answer = await call(server, '/v26.0/me?fields=id,name', { token: server.token('user-24-hour') });
  expect(answer.text).toBe('{"id":"10229876543210987","name":"Jasper Brown"}');
});
