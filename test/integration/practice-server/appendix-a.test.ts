/**
 * graph-api.md Appendix A, pair by pair, byte for byte. The server runs the
 * default scenario renamed to Appendix A's names ("My WhatsApp Business
 * Account", "My System User") with no initial assignments; only fbtrace_id
 * and the opaque paging cursors (written "…") are filled from the answer.
 */
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { appendixScenario, BIZ, call, expect, filled, SU_EMP, test, WABA } from './helpers';

let server: RunningPracticeServer;
let T_ADMIN: string;

test.beforeEach(async () => {
  server = await startPracticeServer({ scenario: appendixScenario() });
  T_ADMIN = server.token('admin-never');
});
test.afterEach(async () => {
  await server.close();
});

const assign = (tasks = '%5B%22MANAGE%22%5D') =>
  call(server, `/v25.0/${WABA}/assigned_users`, { token: T_ADMIN, form: `user=${SU_EMP}&tasks=${tasks}` });

test('A1 whoami: fields in request order, default order name,id', async () => {
  const a = await call(server, '/v25.0/me?fields=id,name', { token: T_ADMIN });
  expect(a.status).toBe(200);
  expect(a.text).toBe('{"id":"1972555232742220","name":"Admin Bot"}');
  expect((await call(server, '/v25.0/me', { token: T_ADMIN })).text).toBe('{"name":"Admin Bot","id":"1972555232742220"}');
});

test('A2 token check (self-inspection) and a garbage input_token', async () => {
  const a = await call(server, `/v25.0/debug_token?input_token=${T_ADMIN}`, { token: T_ADMIN });
  expect(a.status).toBe(200);
  expect(a.text).toBe(
    '{"data":{"app_id":"634974688087057","type":"SYSTEM_USER","application":"Lucky Shrub","data_access_expires_at":0,"expires_at":0,"is_valid":true,"issued_at":1712099387,"scopes":["business_management","whatsapp_business_management","whatsapp_business_messaging"],"granular_scopes":[{"scope":"business_management"},{"scope":"whatsapp_business_management"},{"scope":"whatsapp_business_messaging"}],"user_id":"1972555232742220"}}',
  );
  const garbage = await call(server, `/v25.0/debug_token?input_token=${server.token('garbage')}`, { token: T_ADMIN });
  expect(garbage.status).toBe(200);
  expect(garbage.text).toBe('{"data":{"error":{"code":190,"message":"The access token could not be decrypted"},"is_valid":false,"scopes":[]}}');
});

test('A3 system users; without business_management; on the WABA id', async () => {
  const a = await call(server, `/v25.0/${BIZ}/system_users`, { token: T_ADMIN });
  expect(a.text).toBe(
    filled(
      '{"data":[{"id":"1972555232742220","name":"Admin Bot","role":"ADMIN"},{"id":"1972555232742222","name":"My System User","role":"EMPLOYEE"}],"paging":{"cursors":{"before":"…","after":"…"}}}',
      a.text,
    ),
  );
  const noBm = await call(server, `/v25.0/${BIZ}/system_users`, { token: server.token('admin-no-business-management') });
  expect(noBm.status).toBe(403);
  expect(noBm.text).toBe(
    filled('{"error":{"message":"(#200) Requires business_management permission to manage the object","type":"OAuthException","code":200,"fbtrace_id":"…"}}', noBm.text),
  );
  const onWaba = await call(server, `/v25.0/${WABA}/system_users`, { token: T_ADMIN });
  expect(onWaba.status).toBe(400);
  expect(onWaba.text).toBe(
    filled('{"error":{"message":"(#100) Tried accessing nonexisting field (system_users) on node type (WhatsAppBusinessAccount)","type":"OAuthException","code":100,"fbtrace_id":"…"}}', onWaba.text),
  );
});

test('A4 owned WABAs; an empty edge is {"data":[]}', async () => {
  const a = await call(server, `/v25.0/${BIZ}/owned_whatsapp_business_accounts`, { token: T_ADMIN });
  expect(a.text).toBe(
    filled(
      '{"data":[{"id":"102290129340398","name":"My WhatsApp Business Account","currency":"USD","timezone_id":"1","message_template_namespace":"abcdefghijk_12lmnop"}],"paging":{"cursors":{"before":"…","after":"…"}}}',
      a.text,
    ),
  );
  // The employee is assigned to nothing here, so it sees no owned WABA.
  const empty = await call(server, `/v25.0/${BIZ}/owned_whatsapp_business_accounts`, { token: server.token('employee') });
  expect(empty.text).toBe('{"data":[]}');
});

test('A5 WABA details', async () => {
  const a = await call(
    server,
    `/v25.0/${WABA}?fields=id,name,currency,timezone_id,message_template_namespace,account_review_status,ownership_type,owner_business_info`,
    { token: T_ADMIN },
  );
  expect(a.text).toBe(
    '{"id":"102290129340398","name":"My WhatsApp Business Account","currency":"USD","timezone_id":"1","message_template_namespace":"abcdefghijk_12lmnop","account_review_status":"APPROVED","ownership_type":"SELF","owner_business_info":{"id":"506914307656634","name":"Lucky Shrub"}}',
  );
  const one = await call(server, `/v25.0/${WABA}?fields=account_review_status`, { token: T_ADMIN });
  expect(one.text).toBe('{"account_review_status":"APPROVED","id":"102290129340398"}');
});

test('A6 assign; missing tasks; unknown WABA', async () => {
  const a = await assign();
  expect(a.status).toBe(200);
  expect(a.text).toBe('{"success":true}');
  const missing = await call(server, `/v25.0/${WABA}/assigned_users`, { token: T_ADMIN, form: { user: SU_EMP } });
  expect(missing.text).toBe(
    filled('{"error":{"message":"(#100) The parameter tasks is required","type":"OAuthException","code":100,"fbtrace_id":"…"}}', missing.text),
  );
  const unknown = await call(server, '/v25.0/102290129340399/assigned_users', { token: T_ADMIN, form: { user: SU_EMP, tasks: '["MANAGE"]' } });
  expect(unknown.status).toBe(400);
  expect(unknown.text).toBe(
    filled(
      "{\"error\":{\"message\":\"Unsupported post request. Object with ID '102290129340399' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"…\"}}",
      unknown.text,
    ),
  );
});

test('A7 verify; without business; summary=total_count', async () => {
  await assign();
  const a = await call(server, `/v25.0/${WABA}/assigned_users?business=${BIZ}&fields=id,name,tasks`, { token: T_ADMIN });
  expect(a.text).toBe(filled('{"data":[{"id":"1972555232742222","name":"My System User","tasks":["MANAGE"]}],"paging":{"cursors":{"before":"…","after":"…"}}}', a.text));
  const noBiz = await call(server, `/v25.0/${WABA}/assigned_users?fields=id,name,tasks`, { token: T_ADMIN });
  expect(noBiz.status).toBe(400);
  expect(noBiz.text).toBe(
    filled('{"error":{"message":"(#100) The parameter business is required","type":"OAuthException","code":100,"fbtrace_id":"…"}}', noBiz.text),
  );
  const summary = await call(server, `/v25.0/${WABA}/assigned_users?business=${BIZ}&summary=total_count`, { token: T_ADMIN });
  expect(summary.text).toBe(
    filled('{"data":[{"id":"1972555232742222","name":"My System User","tasks":["MANAGE"]}],"paging":{"cursors":{"before":"…","after":"…"}},"summary":{"total_count":1}}', summary.text),
  );
});

test('A8 unassign', async () => {
  await assign();
  const a = await call(server, `/v25.0/${WABA}/assigned_users?user=${SU_EMP}`, { token: T_ADMIN, method: 'DELETE' });
  expect(a.status).toBe(200);
  expect(a.text).toBe('{"success":true}');
  expect(server.assignedTasks(WABA, SU_EMP)).toBeUndefined();
});

test('A9 reverse check from the system user', async () => {
  await assign();
  const a = await call(server, `/v25.0/${SU_EMP}/assigned_whatsapp_business_accounts`, { token: T_ADMIN });
  expect(a.text).toBe(filled('{"data":[{"id":"102290129340398","name":"My WhatsApp Business Account","tasks":["MANAGE"]}],"paging":{"cursors":{"before":"…","after":"…"}}}', a.text));
});

test('A10 throttled: body and usage header', async () => {
  server.addFault({ pathIncludes: '/assigned_users', fault: { kind: 'throttle', regainMinutes: 19 } });
  const a = await assign();
  expect(a.status).toBe(400);
  expect(a.text).toBe(
    filled(
      '{"error":{"message":"(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.","type":"OAuthException","code":80008,"fbtrace_id":"…"}}',
      a.text,
    ),
  );
  expect(a.headers.get('x-business-use-case-usage')).toBe(
    '{"102290129340398":[{"type":"whatsapp_business_management","call_count":100,"total_cputime":12,"total_time":15,"estimated_time_to_regain_access":19}]}',
  );
});

test('A11 bad token: body and WWW-Authenticate', async () => {
  const a = await call(server, '/v25.0/me', { token: server.token('garbage') });
  expect(a.status).toBe(400);
  expect(a.text).toBe(filled('{"error":{"message":"Invalid OAuth access token data.","type":"OAuthException","code":190,"fbtrace_id":"…"}}', a.text));
  expect(a.headers.get('www-authenticate')).toBe('OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token data."');
});

test('A12 batch assign + verify, as in §8 (no paging on a single page)', async () => {
  server.setBehaviours({ pagingOnSinglePage: false });
  const batch = JSON.stringify([
    { method: 'POST', relative_url: `${WABA}/assigned_users`, body: `user=${SU_EMP}&tasks=%5B%22MANAGE%22%5D` },
    { method: 'GET', relative_url: `${WABA}/assigned_users?business=${BIZ}&fields=id,name,tasks` },
  ]);
  const a = await call(server, '/v25.0', { form: { access_token: T_ADMIN, batch, include_headers: 'false' } });
  expect(a.status).toBe(200);
  expect(a.text).toBe(
    '[{"code":200,"body":"{\\"success\\":true}"},{"code":200,"body":"{\\"data\\":[{\\"id\\":\\"1972555232742222\\",\\"name\\":\\"My System User\\",\\"tasks\\":[\\"MANAGE\\"]}]}"}]',
  );
});
