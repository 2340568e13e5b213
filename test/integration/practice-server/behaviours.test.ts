/** Switches for UNCONFIRMED behaviours (api.ts PracticeBehaviours and the server's extras). */
import { BIZ, call, expect, graphError, MPS_WABA, SU_ADMIN, SU_EMP, test, WABA } from './helpers';

const path = `/v26.0/${WABA}/assigned_users`;

test('repost: replace (default) vs the spec-example already-assigned error', async ({ server }) => {
  const token = server.token('admin-never');
  await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect((await call(server, path, { token, form: { user: SU_EMP, tasks: '["VIEW_COST"]' } })).text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['VIEW_COST']);
  expect(server.appliedPosts).toBe(2);
  server.setBehaviours({ repost: 'already-assigned-error' });
  const again = await call(server, path, { token, form: { user: SU_EMP, tasks: '["MANAGE"]' } });
  expect(again.status).toBe(400);
  expect(graphError(again)).toMatchObject({ code: 100, type: 'GraphMethodException', message: 'User is already assigned to this WhatsApp Business Account' });
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['VIEW_COST']);
  expect(server.appliedPosts).toBe(2);
  server.setBehaviours({ statusMap: 'spec' });
  expect((await call(server, path, { token, form: { user: SU_EMP, tasks: '["MANAGE"]' } })).status).toBe(422);
});

test('repost: add-only answers success but keeps the tasks the user had (a write whose taking-away did not apply)', async ({ server }) => {
  const token = server.token('admin-never');
  server.setBehaviours({ repost: 'add-only' });
  await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP","VIEW_COST"]' } });
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['DEVELOP', 'VIEW_COST']);
  expect((await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP","VIEW_INSIGHTS"]' } })).text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['VIEW_COST', 'DEVELOP', 'VIEW_INSIGHTS']);
  const read = await call(server, `${path}?business=${BIZ}&fields=id,tasks`, { token });
  expect(read.text).toContain('"tasks":["VIEW_COST","DEVELOP","VIEW_INSIGHTS"]');
  expect(server.appliedPosts).toBe(2);
});

test('taskEnum strict-10 rejects the OpenAPI-only tasks; invalidTaskMessage picks the wording', async ({ server }) => {
  const token = server.token('admin-never');
  expect((await call(server, path, { token, form: { user: SU_EMP, tasks: '["VIEW_INSIGHTS"]' } })).text).toBe('{"success":true}');
  server.setBehaviours({ taskEnum: 'strict-10' });
  const strict = await call(server, path, { token, form: { user: SU_EMP, tasks: '["DEVELOP","VIEW_INSIGHTS"]' } });
  expect(graphError(strict).message).toBe(
    '(#100) Param tasks[1] must be one of {MANAGE, DEVELOP, MANAGE_TEMPLATES, MANAGE_PHONE, VIEW_COST, MANAGE_EXTENSIONS, VIEW_PHONE_ASSETS, MANAGE_PHONE_ASSETS, VIEW_TEMPLATES, MESSAGING} - got "VIEW_INSIGHTS"',
  );
  server.setBehaviours({ invalidTaskMessage: 'must-be-one-of-values' });
  const other = await call(server, path, { token, form: { user: SU_EMP, tasks: '["NOPE"]' } });
  expect(graphError(other).message).toMatch(/^\(#100\) tasks\[0\] must be one of the following values: MANAGE, DEVELOP, /);
});

test('acceptBareTaskString accepts tasks=MANAGE and comma lists', async ({ server }) => {
  const token = server.token('admin-never');
  expect(graphError(await call(server, path, { token, form: { user: SU_EMP, tasks: 'MANAGE' } })).code).toBe(100);
  server.setBehaviours({ acceptBareTaskString: true });
  expect((await call(server, path, { token, form: { user: SU_EMP, tasks: 'MANAGE,DEVELOP' } })).text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toEqual(['MANAGE', 'DEVELOP']);
});

test('mismatchedBusiness: empty data (default) or error 100', async ({ server }) => {
  const token = server.token('admin-never');
  const url = `${path}?business=${WABA}`;
  expect((await call(server, url, { token })).text).toBe('{"data":[]}');
  server.setBehaviours({ mismatchedBusiness: 'error' });
  expect(graphError(await call(server, url, { token })).code).toBe(100);
});

test('listImplicitAdmins lists the admin (MANAGE on owned, granular on restricted multi-partner)', async ({ server }) => {
  const token = server.token('admin-never');
  server.setBehaviours({ listImplicitAdmins: true });
  const owned = (await call(server, `${path}?business=${BIZ}`, { token })).json() as { data: { id: string; tasks: string[] }[] };
  expect(owned.data).toEqual([{ id: SU_ADMIN, name: 'Admin Bot', tasks: ['MANAGE'] }]);
  const shared = (await call(server, `/v26.0/${MPS_WABA}/assigned_users?business=${BIZ}`, { token })).json() as {
    data: { id: string; tasks: string[] }[];
  };
  expect(shared.data.map((d) => d.id)).toEqual([SU_EMP, SU_ADMIN]);
  expect(shared.data[1]?.tasks).not.toContain('MANAGE');
});

test('meBusinesses=error refuses me/businesses for system users only', async ({ server }) => {
  server.setBehaviours({ meBusinesses: 'error' });
  expect(graphError(await call(server, '/v26.0/me/businesses', { token: server.token('admin-never') })).message).toBe('(#100) Missing Permission');
  expect((await call(server, '/v26.0/me/businesses', { token: server.token('user-24-hour') })).status).toBe(200);
});

test('statusMap spec: 401 for 190, 403 for 200, 404 for 803, 429 for throttles, 400 for 100', async ({ server }) => {
  const token = server.token('admin-never');
  server.setBehaviours({ statusMap: 'spec' });
  expect((await call(server, '/v26.0/me', { token: 'bad' })).status).toBe(401);
  expect((await call(server, `/v26.0/${BIZ}/system_users`, { token: server.token('admin-no-business-management') })).status).toBe(403);
  expect((await call(server, `${path}?user=${SU_EMP}`, { token, method: 'DELETE' })).status).toBe(404);
  expect((await call(server, '/v26.0/123', { token })).status).toBe(400);
  server.addFault({ fault: { kind: 'throttle', regainMinutes: 1 } });
  expect((await call(server, '/v26.0/me', { token })).status).toBe(429);
});

test('bad behaviour values are refused in plain words', async ({ server }) => {
  expect(() => server.setBehaviours({ defaultPageSize: 0 })).toThrow(/defaultPageSize/);
  expect(() => server.setBehaviours({ nextHostOverride: 'not a url' })).toThrow(/nextHostOverride: must be an origin/);
  expect(server.behaviours.defaultPageSize).toBe(25);
});
