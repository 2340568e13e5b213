/**
 * The permission rules of architecture.md: admin token for POST/DELETE,
 * business_management for business edges, employees see only assigned WABAs,
 * MANAGE refused on a restricted Multi-Partner WABA while granular tasks work.
 */
import { defaultScenario } from '../../../main/practice/load-scenario';
import { BIZ, call, expect, graphError, MPS_WABA, SU_BAKERY, SU_EMP, test, WABA, withServer } from './helpers';

test('an employee token cannot assign or remove users (code 200), even on a WABA it sees', async ({ server }) => {
  const employee = server.token('employee');
  const post = await call(server, `/v26.0/${MPS_WABA}/assigned_users`, { token: employee, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect(post.status).toBe(403);
  expect(graphError(post)).toMatchObject({ code: 200, error_subcode: 1349174, type: 'OAuthException' });
  const del = await call(server, `/v26.0/${MPS_WABA}/assigned_users?user=${SU_EMP}`, { token: employee, method: 'DELETE' });
  expect(graphError(del).code).toBe(200);
  expect(server.assignedTasks(MPS_WABA, SU_EMP)).toEqual(['DEVELOP']);
  expect(server.appliedPosts).toBe(0);
});

test('an employee sees only the WABAs it is assigned to', async ({ server }) => {
  const employee = server.token('employee');
  const hidden = await call(server, `/v26.0/${WABA}?fields=id,name`, { token: employee });
  expect(graphError(hidden)).toMatchObject({ code: 100, error_subcode: 33 });
  const postHidden = await call(server, `/v26.0/${WABA}/assigned_users`, { token: employee, form: { user: SU_EMP, tasks: '["DEVELOP"]' } });
  expect(graphError(postHidden).message).toMatch(/^Unsupported post request/);
  const client = (await call(server, `/v26.0/${BIZ}/client_whatsapp_business_accounts?fields=id`, { token: employee }).then((a) => a.json())) as {
    data: { id: string }[];
  };
  expect(client.data).toEqual([{ id: MPS_WABA }]);
  const assigned = await call(server, `/v26.0/${WABA}/assigned_users`, {
    token: server.token('admin-never'),
    form: { user: SU_EMP, tasks: '["VIEW_TEMPLATES"]' },
  });
  expect(assigned.text).toBe('{"success":true}');
  expect((await call(server, `/v26.0/${WABA}?fields=name`, { token: employee })).text).toBe('{"name":"Lucky Shrub WhatsApp","id":"102290129340398"}');
});

test('without business_management: business edges (#200), me/businesses (#100), WABA reads still work', async ({ server }) => {
  const token = server.token('admin-no-business-management');
  for (const edge of ['system_users', 'owned_whatsapp_business_accounts', 'client_whatsapp_business_accounts']) {
    const answer = await call(server, `/v26.0/${BIZ}/${edge}`, { token });
    expect(answer.status).toBe(403);
    expect(graphError(answer)).toMatchObject({ code: 200, message: '(#200) Requires business_management permission to manage the object' });
  }
  const businesses = await call(server, '/v26.0/me/businesses', { token });
  expect(businesses.status).toBe(400);
  expect(graphError(businesses)).toMatchObject({ code: 100, message: '(#100) Missing Permission' });
  expect((await call(server, `/v26.0/${WABA}/phone_numbers`, { token })).status).toBe(200);
});

test('with business_management, me/businesses lists the portfolio', async ({ server }) => {
  const answer = await call(server, '/v26.0/me/businesses', { token: server.token('admin-never') });
  expect((answer.json() as { data: unknown[] }).data).toEqual([{ id: BIZ, name: 'Lucky Shrub' }]);
});

test('WABA reads need whatsapp_business_management', async () => {
  const s = defaultScenario();
  const base = s.tokens[0];
  if (!base) throw new Error('default scenario has no token');
  const value = `EAA${'x'.repeat(120)}`;
  const scenario = { ...s, tokens: [...s.tokens, { ...base, label: 'bm-only', value, scopes: ['business_management'] }] };
  await withServer({ scenario }, async (server) => {
    for (const path of [`/v26.0/${WABA}`, `/v26.0/${WABA}/phone_numbers`, `/v26.0/${WABA}/assigned_users?business=${BIZ}`]) {
      const answer = await call(server, path, { token: value });
      expect(graphError(answer)).toMatchObject({ code: 200, message: '(#200) Requires whatsapp_business_management permission to manage the object' });
    }
  });
});

test('MANAGE is refused on the multi-partner WABA without MESSAGING; granular tasks succeed', async ({ server }) => {
  const admin = server.token('admin-never');
  for (const tasks of ['["MANAGE"]', '["DEVELOP","MESSAGING"]']) {
    const refused = await call(server, `/v26.0/${MPS_WABA}/assigned_users`, { token: admin, form: { user: SU_EMP, tasks } });
    expect(refused.status).toBe(403);
    expect(graphError(refused).code).toBe(200);
  }
  expect(server.assignedTasks(MPS_WABA, SU_EMP)).toEqual(['DEVELOP']);
  const granular = await call(server, `/v26.0/${MPS_WABA}/assigned_users`, {
    token: admin,
    form: { user: SU_EMP, tasks: '["DEVELOP","MANAGE_TEMPLATES","MANAGE_USERS","MANAGE_BILLING"]' },
  });
  expect(granular.text).toBe('{"success":true}');
  expect(server.assignedTasks(MPS_WABA, SU_EMP)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES', 'MANAGE_USERS', 'MANAGE_BILLING']);
  // MANAGE on the business's own WABA is fine.
  const own = await call(server, `/v26.0/${WABA}/assigned_users`, { token: admin, form: { user: SU_EMP, tasks: '["MANAGE"]' } });
  expect(own.text).toBe('{"success":true}');
});

test('the user must be a system user of a business with access that the token administers', async ({ server }) => {
  const admin = server.token('admin-never');
  for (const user of [SU_BAKERY, '999999999', 'abc']) {
    const answer = await call(server, `/v26.0/${WABA}/assigned_users`, { token: admin, form: { user, tasks: '["DEVELOP"]' } });
    expect(answer.status).toBe(400);
    expect(graphError(answer)).toMatchObject({ code: 100, message: 'Invalid parameter: user must be a valid user ID' });
  }
  expect(server.appliedPosts).toBe(0);
});

test('a user token of a business admin may assign', async ({ server }) => {
  const answer = await call(server, `/v26.0/${WABA}/assigned_users`, {
    token: server.token('user-24-hour'),
    form: { user: SU_EMP, tasks: '["DEVELOP"]' },
  });
  expect(answer.text).toBe('{"success":true}');
});
