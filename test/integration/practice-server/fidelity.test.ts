/**
 * Practice-server fidelity switches of issue 8.11 (documented in SCENARIOS.md):
 * expired versions, MANAGE read back unpacked, Meta's multi-partner refusal shape.
 */
import { MANAGE_UNPACKED } from '../../../shared/tasks';
import { BIZ, call, expect, graphError, MPS_WABA, SU_EMP, test, WABA, withServer } from './helpers';

test('an expired version is served by the oldest usable one and named in facebook-api-version; a malformed one is 2500', async ({ server }) => {
  const token = server.token('admin-never');
  const expired = await call(server, '/v19.0/me?fields=id,name', { token });
  expect(expired.status).toBe(200);
  expect(expired.headers.get('facebook-api-version')).toBe('v21.0');
  expect((await call(server, '/v25.0/me', { token })).headers.get('facebook-api-version')).toBe('v25.0');
  const malformed = await call(server, '/v2.80/me', { token });
  expect(graphError(malformed)).toMatchObject({ code: 2500, message: 'Unknown path components: /me' });
  await withServer({ behaviours: { expiredVersions: 'as-asked' } }, async (asAsked) => {
    expect((await call(asAsked, '/v19.0/me', { token: asAsked.token('admin-never') })).headers.get('facebook-api-version')).toBe('v19.0');
  });
});

test('manageReadBack unpacked: MANAGE reads back as every task it stands for', async () => {
  await withServer({ behaviours: { manageReadBack: 'unpacked' } }, async (server) => {
    const token = server.token('admin-never');
    expect((await call(server, `/v26.0/${WABA}/assigned_users`, { token, form: { user: SU_EMP, tasks: '["MANAGE"]' } })).status).toBe(200);
    const read = (await call(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}&fields=id,tasks`, { token })).json() as { data: { id: string; tasks: string[] }[] };
    expect(read.data.find((u) => u.id === SU_EMP)?.tasks).toEqual([...MANAGE_UNPACKED]);
  });
});

test("the multi-partner refusal carries Meta's user-facing title and message", async ({ server }) => {
  const answer = await call(server, `/v26.0/${MPS_WABA}/assigned_users`, { token: server.token('admin-never'), form: { user: SU_EMP, tasks: '["MESSAGING"]' } });
  expect(answer.json()).toMatchObject({ error: { code: 200, error_user_title: 'Task not available', error_user_msg: expect.stringContaining('MESSAGING') } });
});
