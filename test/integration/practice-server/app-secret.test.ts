/** "Require App Secret" (graph-api.md §6.3, §9): the practice server checks appsecret_proof as Meta does. */
import { createHmac } from 'node:crypto';
import { defaultScenario, loadScenario } from '../../../main/practice/load-scenario';
import type { Scenario } from '../../../main/practice/scenario';
import { call, expect, filled, SU_ADMIN, test, withServer } from './helpers';

const SECRET = '5f1e0c7a9b3d24e68f0a1c2b3d4e5f60';
const proof = (token: string, secret = SECRET): string => createHmac('sha256', secret).update(token).digest('hex');

function requiring(require = true): Scenario {
  const s = structuredClone(defaultScenario());
  return { ...s, app: { ...s.app, secret: SECRET, requireAppSecret: require } };
}

const REQUIRED = '{"error":{"message":"API calls from the server require an appsecret_proof argument","type":"GraphMethodException","code":100,"fbtrace_id":"…"}}';
const INVALID = '{"error":{"message":"Invalid appsecret_proof provided in the API argument","type":"GraphMethodException","code":100,"fbtrace_id":"…"}}';

test('with Require App Secret on, a call without a proof gets Meta\'s exact refusal', () =>
  withServer({ scenario: requiring() }, async (server) => {
    const answer = await call(server, '/v26.0/me?fields=id', { token: server.token('admin-never') });
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(filled(REQUIRED, answer.text));
  }));

test('a wrong proof gets "Invalid appsecret_proof", whether or not the app requires one', async () => {
  for (const scenario of [requiring(true), requiring(false)]) {
    await withServer({ scenario }, async (server) => {
      const token = server.token('admin-never');
      const answer = await call(server, `/v26.0/me?fields=id&appsecret_proof=${proof(token, 'f'.repeat(32))}`, { token });
      expect(answer.status).toBe(400);
      expect(answer.text).toBe(filled(INVALID, answer.text));
    });
  }
});

test('the right proof in the query, or as a batch form field beside access_token, is accepted', () =>
  withServer({ scenario: requiring() }, async (server) => {
    const token = server.token('admin-never');
    const single = await call(server, `/v26.0/me?fields=id&appsecret_proof=${proof(token)}`, { token });
    expect(single.status).toBe(200);
    expect(single.json()).toEqual({ id: SU_ADMIN });

    const batch = JSON.stringify([{ method: 'GET', relative_url: 'me?fields=id' }]);
    const items = (await call(server, '/v26.0', { form: { access_token: token, appsecret_proof: proof(token), batch } })).json() as { code: number }[];
    expect(items.map((i) => i.code)).toEqual([200]);
    // Without the top-level proof the whole batch is refused, as its top-level token is checked first.
    const without = await call(server, '/v26.0', { form: { access_token: token, batch } });
    expect(without.status).toBe(400);
    expect(without.text).toBe(filled(REQUIRED, without.text));
  }));

test('an item with its own token needs its own proof (the batch proof belongs to the batch token)', () =>
  withServer({ scenario: requiring() }, async (server) => {
    const admin = server.token('admin-never');
    const employee = server.token('employee');
    const batch = JSON.stringify([
      { method: 'GET', relative_url: `me?fields=id&access_token=${employee}` },
      { method: 'GET', relative_url: `me?fields=id&access_token=${employee}&appsecret_proof=${proof(employee)}` },
    ]);
    const items = (await call(server, '/v26.0', { form: { access_token: admin, appsecret_proof: proof(admin), batch } })).json() as { code: number }[];
    expect(items.map((i) => i.code)).toEqual([400, 200]);
  }));

test('a scenario that requires the app secret must give one', () => {
  const s = structuredClone(defaultScenario()) as unknown as { app: Record<string, unknown> };
  s.app['requireAppSecret'] = true;
  expect(() => loadScenario(s)).toThrow(/app\.secret: requireAppSecret needs a secret/);
});
