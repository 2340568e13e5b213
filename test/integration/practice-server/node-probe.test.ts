/**
 * Generic node reads and the "what is this ID?" probe: a field the node lacks
 * names the node type; an id the token cannot see answers 100/33.
 */
import { BIZ, call, CLIENT_BIZ, expect, graphError, PHONE, SU_EMP, test, WABA } from './helpers';

test('a foreign field names the node type of every kind of id', async ({ server }) => {
  const token = server.token('admin-never');
  const cases: [string, string, string][] = [
    [BIZ, 'message_template_namespace', 'Business'],
    [WABA, 'verified_name', 'WhatsAppBusinessAccount'],
    [PHONE, 'message_template_namespace', 'WhatsAppBusinessPhoneNumber'],
    [SU_EMP, 'message_template_namespace', 'SystemUser'],
  ];
  for (const [id, field, type] of cases) {
    const answer = await call(server, `/v26.0/${id}?fields=id,${field}`, { token });
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toMatchObject({ code: 100, type: 'OAuthException', message: `(#100) Tried accessing nonexisting field (${field}) on node type (${type})` });
  }
});

test('known fields of each node come back in request order with id last', async ({ server }) => {
  const token = server.token('admin-never');
  expect((await call(server, `/v26.0/${BIZ}?fields=name,verification_status`, { token })).text).toBe(
    '{"name":"Lucky Shrub","verification_status":"verified","id":"506914307656634"}',
  );
  expect((await call(server, `/v26.0/${PHONE}?fields=display_phone_number`, { token })).text).toBe(
    '{"display_phone_number":"+1 631-555-5555","id":"106540352242922"}',
  );
  expect((await call(server, `/v26.0/${WABA}?fields=is_shared_with_partners`, { token })).text).toBe(
    '{"is_shared_with_partners":false,"id":"102290129340398"}',
  );
  expect((await call(server, `/v26.0/${SU_EMP}`, { token })).text).toBe('{"name":"BSP Integration","id":"1972555232742222"}');
});

test('unknown ids and ids the token cannot see answer 100/33 (get, post and delete wording)', async ({ server }) => {
  const token = server.token('admin-never');
  for (const id of ['123456789', CLIENT_BIZ]) {
    const answer = await call(server, `/v26.0/${id}?fields=id`, { token });
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toEqual({
      message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      type: 'GraphMethodException',
      code: 100,
      error_subcode: 33,
      fbtrace_id: graphError(answer).fbtrace_id,
    });
  }
  const del = await call(server, '/v26.0/123456789/assigned_users?user=1', { token, method: 'DELETE' });
  expect(graphError(del).message).toMatch(/^Unsupported delete request\. Object with ID '123456789'/);
});

test('an unknown edge on a node is a nonexisting field', async ({ server }) => {
  const answer = await call(server, '/v26.0/me/phone_numbers', { token: server.token('admin-never') });
  expect(graphError(answer).message).toBe('(#100) Tried accessing nonexisting field (phone_numbers) on node type (SystemUser)');
});
