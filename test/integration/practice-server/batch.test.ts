/** Batch requests (graph-api.md §8): items, headers, null items via faults, the 50-item limit. */
import { BIZ, call, expect, graphError, MPS_WABA, SU_EMP, test, WABA } from './helpers';

type Item = { code: number; headers?: { name: string; value: string }[]; body: string } | null;

const assignItem = { method: 'POST', relative_url: `${WABA}/assigned_users`, body: `user=${SU_EMP}&tasks=%5B%22DEVELOP%22%5D` };
const verifyItem = { method: 'GET', relative_url: `v25.0/${WABA}/assigned_users?business=${BIZ}&fields=id,tasks` };

test('two items answer in order with headers and JSON-string bodies', async ({ server }) => {
  const answer = await call(server, '/v26.0/', { token: server.token('admin-never'), form: { batch: JSON.stringify([assignItem, verifyItem]) } });
  expect(answer.status).toBe(200);
  const items = answer.json() as Item[];
  expect(items.map((i) => i?.code)).toEqual([200, 200]);
  expect(items[0]?.body).toBe('{"success":true}');
  expect(JSON.parse(items[1]?.body ?? '').data).toEqual([{ id: SU_EMP, tasks: ['DEVELOP'] }]);
  expect(items[1]?.headers).toContainEqual({ name: 'Content-Type', value: 'text/javascript; charset=UTF-8' });
  expect(items[1]?.headers).toContainEqual({ name: 'facebook-api-version', value: 'v25.0' });
  expect(items[0]?.headers).toContainEqual({ name: 'facebook-api-version', value: 'v26.0' });
  expect(server.log.at(-1)).toMatchObject({ method: 'POST', batchSize: 2, outcome: 200 });
});

test('errors are per item; an item may carry its own token', async ({ server }) => {
  const batch = JSON.stringify([
    { method: 'GET', relative_url: `${WABA}/assigned_users` },
    { method: 'POST', relative_url: `${MPS_WABA}/assigned_users?access_token=${server.token('employee')}`, body: `user=${SU_EMP}&tasks=["DEVELOP"]` },
    { method: 'GET', relative_url: 'me?fields=id' },
  ]);
  const items = (await call(server, '/v26.0', { form: { access_token: server.token('admin-never'), batch } })).json() as Item[];
  expect(items.map((i) => i?.code)).toEqual([400, 403, 200]);
  expect(JSON.parse(items[0]?.body ?? '').error.message).toBe('(#100) The parameter business is required');
  expect(JSON.parse(items[1]?.body ?? '').error.code).toBe(200);
  expect(items[2]?.body).toBe('{"id":"1972555232742220"}');
});

test('a batch fault rule can make an item null; reset-after-apply still applies it', async ({ server }) => {
  server.addFault({ batch: true, method: 'POST', pathIncludes: '/assigned_users', fault: { kind: 'reset-after-apply' } });
  const form = { batch: JSON.stringify([assignItem, verifyItem]), include_headers: 'false' };
  const items = (await call(server, '/v26.0', { token: server.token('admin-never'), form })).json() as Item[];
  expect(items[0]).toBeNull();
  expect(items[1]).toEqual({ code: 200, body: expect.stringContaining('"tasks":["DEVELOP"]') });
  expect(server.appliedPosts).toBe(1);
  server.addFault({ batch: true, pathIncludes: '/me', fault: { kind: 'stall-headers' } });
  const again = (await call(server, '/v26.0', { token: server.token('admin-never'), form: { batch: '[{"method":"GET","relative_url":"me"}]' } })).json();
  expect(again).toEqual([null]);
});

test('a rule without `batch` does not reach items; one with `batch: false` skips batches', async ({ server }) => {
  const token = server.token('admin-never');
  server.addFault({ pathIncludes: '/assigned_users', fault: { kind: 'transient' } });
  const items = (await call(server, '/v26.0', { token, form: { batch: JSON.stringify([assignItem]) } })).json() as Item[];
  expect(items[0]?.code).toBe(200);
  expect((await call(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}`, { token })).status).toBe(500);
  server.addFault({ batch: false, fault: { kind: 'transient' } });
  expect((await call(server, '/v26.0', { token, form: { batch: '[{"method":"GET","relative_url":"me"}]' } })).status).toBe(200);
  expect((await call(server, '/v26.0/me', { token })).status).toBe(500);
});

test('more than 50 items, a non-array batch and a missing token are rejected', async ({ server }) => {
  const token = server.token('admin-never');
  const many = JSON.stringify(Array.from({ length: 51 }, () => ({ method: 'GET', relative_url: 'me' })));
  const tooMany = await call(server, '/v26.0', { token, form: { batch: many } });
  expect(tooMany.status).toBe(400);
  expect(graphError(tooMany)).toMatchObject({ code: 100, message: '(#100) Too many requests in batch message. Maximum batch size is 50' });
  const fifty = JSON.stringify(Array.from({ length: 50 }, () => ({ method: 'GET', relative_url: 'me' })));
  expect(((await call(server, '/v26.0', { token, form: { batch: fifty } })).json() as Item[]).length).toBe(50);
  expect(graphError(await call(server, '/v26.0', { token, form: { batch: '{"method":"GET"}' } })).code).toBe(100);
  expect(graphError(await call(server, '/v26.0', { form: { batch: '[]' } })).code).toBe(104);
});

const namedAssign = { ...assignItem, name: 'assign', omit_response_on_success: false };
const dependentVerify = { ...verifyItem, depends_on: 'assign' };
const post = async (server: Parameters<typeof call>[0], batch: unknown[]): Promise<Item[]> =>
  (await call(server, '/v26.0', { token: server.token('admin-never'), form: { batch: JSON.stringify(batch), include_headers: 'false' } })).json() as Item[];

test('depends_on runs an item after its named parent; a named success is omitted unless asked for', async ({ server }) => {
  const items = await post(server, [namedAssign, dependentVerify]);
  expect(items).toEqual([{ code: 200, body: '{"success":true}' }, { code: 200, body: expect.stringContaining('"tasks":["DEVELOP"]') }]);
  const { omit_response_on_success: _kept, ...omitted } = namedAssign;
  const again = await post(server, [omitted, dependentVerify]);
  expect(again[0]).toBeNull();
  expect(again[1]?.code).toBe(200);
  expect(server.appliedPosts).toBe(2);
});

test('a failed or cut parent skips its dependants: an error item, or null when so switched', async ({ server }) => {
  const refused = { ...namedAssign, body: `user=${SU_EMP}&tasks=%5B%22NOT_A_TASK%22%5D` };
  const items = await post(server, [refused, dependentVerify]);
  expect(items[0]?.code).toBe(400);
  expect(items[1]?.code).toBe(400);
  expect(JSON.parse(items[1]?.body ?? '').error.message).toBe('(#100) This request depends on an earlier request in the batch that failed');
  server.addFault({ batch: true, method: 'POST', pathIncludes: '/assigned_users', fault: { kind: 'reset-after-apply' } });
  const cut = await post(server, [namedAssign, dependentVerify]);
  expect(cut[0]).toBeNull();
  expect(cut[1]?.code).toBe(400);
  expect(server.appliedPosts).toBe(1);
  server.setBehaviours({ batchDependencyFailed: 'null' });
  expect(await post(server, [refused, dependentVerify])).toEqual([expect.objectContaining({ code: 400 }), null]);
});

test('{result=<name>:$.data.*.id} puts the named answer into a later relative_url or body', async ({ server }) => {
  const items = await post(server, [
    { method: 'GET', relative_url: 'me/businesses', name: 'biz' },
    { method: 'GET', relative_url: '{result=biz:$.data.*.id}/system_users?fields=id,role' },
    { method: 'POST', relative_url: `${WABA}/assigned_users`, body: `user=${SU_EMP}&tasks=%5B%22DEVELOP%22%5D&note={result=biz:$.data[0].name}` },
  ]);
  expect(items[0]).toBeNull();
  expect(items[1]?.code).toBe(200);
  expect(JSON.parse(items[1]?.body ?? '').data).toContainEqual({ id: SU_EMP, role: 'EMPLOYEE' });
  expect(items[2]).toEqual({ code: 200, body: '{"success":true}' });
});

test('an unknown parent, a later parent and a filter JSONPath are refused item by item', async ({ server }) => {
  const items = await post(server, [
    { method: 'GET', relative_url: 'me', depends_on: 'later' },
    { method: 'GET', relative_url: 'me', name: 'later', omit_response_on_success: false },
    { method: 'GET', relative_url: '{result=later:$.data[?(@.id)].id}/system_users' },
    { method: 'GET', relative_url: '{result=nobody:$.id}' },
  ]);
  expect(items.map((i) => i?.code)).toEqual([400, 200, 400, 400]);
  expect(JSON.parse(items[0]?.body ?? '').error.message).toBe('(#100) The batch request has no earlier request named later');
  expect(JSON.parse(items[2]?.body ?? '').error.message).toContain('is not supported in a batch request');
});
