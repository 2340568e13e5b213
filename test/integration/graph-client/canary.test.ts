import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGraphClient, type ClosableGraphClient } from '../../../main/core/graph/client';
import { resolveGraphConfig, type GraphClientConfigInput } from '../../../main/core/graph/config';
import { createLogger, createMemorySink, type Logger } from '../../../main/core/log/logger';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { BIZ, CLIENT_WABA, PHONE, SU_EMP, TEST_CONFIG, WABA } from './harness';
import { startLocalProxy } from './local-proxy';
import { assertCredentialsRule, assertNoLeaks, metaEchoError, piecesIn } from '../../support/leak-oracle';

const alnum = (n: number): string => randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);
const CANARY = `EAACANARY${alnum(111)}`;


function canaryScenario(): object {
  const path = fileURLToPath(new URL('../../../main/practice/scenarios/default.json', import.meta.url));
  const scenario = JSON.parse(readFileSync(path, 'utf8')) as { tokens: object[] };
  scenario.tokens.push({
    label: 'canary',
    note: 'Admin token whose value must never leave the Authorization header.',
    value: CANARY,
    subjectId: '1972555232742220',
    type: 'SYSTEM_USER',
    scopes: ['business_management', 'whatsapp_business_management', 'whatsapp_business_messaging'],
    issuedAt: 1712099387,
    expiresAt: 0,
    dataAccessExpiresAt: 0,
  });
  return scenario;
}

test('canary token: after every call, fault, batch and proxy hop, it appears in no URL, log line or result', async () => {
  expect(CANARY).toHaveLength(120);
  const server = await startPracticeServer({ port: 0, scenario: canaryScenario(), behaviours: { nextIncludesAccessToken: true } });
  const proxy = await startLocalProxy();
  const authProxy = await startLocalProxy({ credentials: 'corp:pw-123456789' });
  // What the client hands the logger, before any redaction, and what the logger writes.
  const raw: string[] = [];
  const sink = createMemorySink();
  const real = createLogger({ sink });
  const log: Logger = {
    info: (m, msg, f) => (raw.push(JSON.stringify([m, msg, f])), real.info(m, msg, f)),
    warn: (m, msg, f) => (raw.push(JSON.stringify([m, msg, f])), real.warn(m, msg, f)),
    error: (m, msg, f) => (raw.push(JSON.stringify([m, msg, f])), real.error(m, msg, f)),
  };
  const clients: ClosableGraphClient[] = [];
  const make = (extra: GraphClientConfigInput = {}): ClosableGraphClient => {
    const config = resolveGraphConfig({ ...TEST_CONFIG, baseUrl: server.url, pageSize: 1, ...extra, timeouts: { ...TEST_CONFIG.timeouts, headersMs: 300, bodyMs: 300 } });
    if (!config.ok) throw new Error(config.error.message);
    const client = createGraphClient(config.value, { getToken: async () => CANARY, log });
    clients.push(client);
    return client;
  };
  const results: unknown[] = [];
  const keep = async (p: Promise<unknown>): Promise<void> => {
    results.push(await p);
  };
  try {
    const c = make();
    const biz = asBusinessId(BIZ);
    await keep(c.debugToken());
    await keep(c.me());
    await keep(c.myBusinesses());
    await keep(c.systemUsers(biz));
    await keep(c.ownedWabas(biz));
    await keep(c.clientWabas(biz));
    await keep(c.waba(asWabaId(WABA)));
    await keep(c.phoneNumbers(asWabaId(WABA)));
    await keep(c.assignedUsers(asWabaId(CLIENT_WABA), biz));
    await keep(c.userAssignedWabas(asSystemUserId(SU_EMP)));
    for (const id of [BIZ, WABA, PHONE, SU_EMP, '999999999999999']) await keep(c.identify(id));
    await keep(c.batch([{ method: 'GET', relativeUrl: 'me?fields=id' }, { method: 'POST', relativeUrl: `${WABA}/assigned_users`, body: { user: SU_EMP, tasks: '["DEVELOP"]' } }]));
    // Faults.
    server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: '/assigned_users' });
    await keep(c.assignUser({ wabaId: asWabaId(WABA), businessId: biz, userId: asSystemUserId(SU_EMP), tasks: ['MANAGE'] }));
    server.addFault({ fault: { kind: 'transient' }, method: 'GET' });
    await keep(c.me());
    server.addFault({ fault: { kind: 'throttle', code: 80008, regainMinutes: 3 }, pathIncludes: '/phone_numbers' });
    await keep(c.phoneNumbers(asWabaId(WABA)));
    server.addFault({ fault: { kind: 'stall-headers' }, times: 3 });
    await keep(c.me());
    server.addFault({ fault: { kind: 'stall-body' } });
    await keep(c.me());
    server.addFault({ fault: { kind: 'stall-headers' }, batch: true, method: 'GET', pathIncludes: '/me' });
    await keep(c.batch([{ method: 'GET', relativeUrl: 'me?fields=id' }]));
    const cancel = new AbortController();
    server.addFault({ fault: { kind: 'stall-headers' } });
    setTimeout(() => cancel.abort(), 100);
    await keep(c.me({ signal: cancel.signal }));
    await keep(c.removeUser(asWabaId(WABA), asSystemUserId(SU_EMP)));
    // Proxies.
    await keep(make({ proxy: { mode: 'url', url: proxy.url } }).me());
    await keep(make({ proxy: { mode: 'url', url: authProxy.url } }).me());
    // Finally the token expires.
    // Meta echoes pieces of the token (the attack run): a 40-character middle, a 20-character prefix as the trace id.
    server.addFault({
      fault: {
        kind: 'graph-error',
        status: 400,
        body: metaEchoError(CANARY),
      },
      method: 'GET',
      pathIncludes: '/me',
    });
    await keep(c.me());
    server.addFault({ fault: { kind: 'expire-token' } });
    await keep(c.me());
    await keep(c.debugToken());

    expect(server.log.length).toBeGreaterThan(30);
    for (const entry of server.log) {
      expect(entry.tokenInUrl, `${entry.method} ${entry.path}`).toBe(false);
      // Credentials, one rule: Bearer everywhere except a batch POST, which has no header.
      expect(entry.bearer, `${entry.method} ${entry.path}`).toBe(entry.batchSize === undefined);
      expect(Object.keys(entry.query)).not.toContain('input_token');
    }
    expect(JSON.stringify(server.log)).not.toContain('CANARY');
    // The raw requests: any 12-character piece of the canary outside the Authorization header is a leak.
    assertNoLeaks(server, [CANARY]);
    assertCredentialsRule(server, [CANARY]);
    expect(raw.length).toBeGreaterThan(5);
    expect(raw.join('\n')).not.toContain('CANARY');
    expect(sink.lines.join('\n')).not.toContain('CANARY');
    expect(JSON.stringify(results)).not.toContain('CANARY');
    // No 12-character piece of the canary survives in results or log lines (security.md X4).
    for (const [where, text] of [['results', JSON.stringify(results)], ['log', sink.lines.join('\n')]] as const) {
      expect(piecesIn(text, CANARY), where).toEqual([]);
    }
    expect([...proxy.seen, ...authProxy.seen].join('\n')).not.toContain('CANARY');
    expect([...proxy.heads, ...authProxy.heads].join('\n')).not.toContain('CANARY');
    // The kinds show every path above was really taken.
    const kinds = results.map((r) => ((r as { ok: boolean; error?: { kind: string } }).ok ? 'ok' : (r as { error: { kind: string } }).error.kind));
    expect(kinds).toEqual(expect.arrayContaining(['ok', 'not-found', 'rate-limited', 'timeout', 'cancelled', 'proxy-auth', 'token-invalid']));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
    await proxy.close();
    await authProxy.close();
  }
});
