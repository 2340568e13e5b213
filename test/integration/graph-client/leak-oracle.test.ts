/**
 * The leak oracle can fail (issue 10.5, security.md X5): the real client runs
 * against the practice server through a transport that plants the token, or a
 * 12-character piece of it, where it must never go; the oracle must name each
 * plant, and must stay silent on the clean run.
 */
import { expect, test } from '@playwright/test';
import { createGraphClient } from '../../../main/core/graph/client';
import { resolveGraphConfig } from '../../../main/core/graph/config';
import { createHttpTransport, type HttpRequest, type HttpTransport } from '../../../main/core/graph/http';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { asBusinessId, asWabaId } from '../../../shared/ids';
import { describeLeaks, findLeaks } from '../../support/leak-oracle';
import { BIZ, TEST_CONFIG, WABA } from './harness';

type Plant = (req: HttpRequest, token: string) => HttpRequest;

const withQuery = (path: string, extra: string): string => `${path}${path.includes('?') ? '&' : '?'}${extra}`;

/** Rewrites the batch form's items (the body is application/x-www-form-urlencoded). */
function editBatch(req: HttpRequest, edit: (items: Record<string, unknown>[]) => void): HttpRequest {
  const form = new URLSearchParams(req.body ?? '');
  const batch = form.get('batch');
  if (batch === null) return req;
  const items = JSON.parse(batch) as Record<string, unknown>[];
  edit(items);
  form.set('batch', JSON.stringify(items));
  return { ...req, body: form.toString() };
}

const PLANTS: Record<string, { plant: Plant; where: RegExp }> = {
  'a query parameter holding a 12-character piece': {
    plant: (req, token) => ({ ...req, path: withQuery(req.path, `note=${token.slice(30, 42)}`) }),
    where: /^url$/,
  },
  'the whole token as a query parameter not named access_token': {
    plant: (req, token) => ({ ...req, path: withQuery(req.path, `input_token=${token}`) }),
    where: /^url$/,
  },
  'an extra header': {
    plant: (req, token) => ({ ...req, headers: { ...req.headers, 'x-debug-auth': token } }),
    where: /^header x-debug-auth$/i,
  },
  'a batch item parameter': {
    plant: (req, token) => editBatch(req, (items) => items.push({ method: 'GET', relative_url: `me?fields=id&input_token=${token}` })),
    where: /^batch item 2$/,
  },
  'a batch item body': {
    plant: (req, token) =>
      editBatch(req, (items) => items.push({ method: 'POST', relative_url: `${WABA}/assigned_users`, body: `user=1&note=${encodeURIComponent(token.slice(-20))}` })),
    where: /^batch item 2$/,
  },
  'a second form field of the batch POST': {
    plant: (req, token) => (req.body?.includes('batch=') ? { ...req, body: `${req.body}&debug=${token.slice(5, 17)}` } : req),
    where: /^body field debug$/,
  },
};

async function runClient(plant: Plant | null): Promise<{ leaks: ReturnType<typeof findLeaks>; requests: number }> {
  const server = await startPracticeServer({ port: 0 });
  const token = server.token('admin-never');
  const config = resolveGraphConfig({ ...TEST_CONFIG, baseUrl: server.url, retry: { maxAttempts: 1 } });
  if (!config.ok) throw new Error(config.error.message);
  const real = createHttpTransport(config.value);
  const transport: HttpTransport = {
    send: (req) => real.send(plant ? plant(req, token) : req),
    close: () => real.close(),
  };
  const client = createGraphClient(config.value, { getToken: async () => token, log: createLogger({ sink: createMemorySink() }), transport });
  try {
    await client.debugToken();
    await client.me();
    await client.systemUsers(asBusinessId(BIZ));
    await client.phoneNumbers(asWabaId(WABA));
    expect(server.rawDropped).toBe(0);
    return { leaks: findLeaks(server.rawRequests, [token]), requests: server.rawRequests.length };
  } finally {
    await client.close();
    await server.close();
  }
}

test('the clean client run leaks nothing (the token only where the credentials rule allows it)', async () => {
  const { leaks, requests } = await runClient(null);
  expect(requests).toBeGreaterThanOrEqual(4);
  expect(leaks, describeLeaks(leaks)).toEqual([]);
});

for (const [name, { plant, where }] of Object.entries(PLANTS)) {
  test(`mutation: the oracle catches the token planted in ${name}`, async () => {
    const { leaks } = await runClient(plant);
    expect(leaks.length, `nothing caught for ${name}`).toBeGreaterThan(0);
    expect(leaks.some((l) => where.test(l.where)), describeLeaks(leaks)).toBe(true);
  });
}

test('the public request log marks any credential or token piece in a URL (tokenInUrl), not just access_token', async () => {
  const server = await startPracticeServer({ port: 0 });
  const token = server.token('admin-never');
  const get = (query: string): Promise<Response> => fetch(`${server.url}/v26.0/me?${query}`, { headers: { authorization: `Bearer ${token}` } });
  try {
    await get('fields=id');
    await get(`input_token=${token}`);
    await get(`note=${token.slice(40, 52)}`);
    await get(`client_secret=abc`);
    expect(server.log.map((e) => e.tokenInUrl)).toEqual([false, true, true, true]);
    expect(JSON.stringify(server.log)).not.toContain(token.slice(40, 52));
  } finally {
    await server.close();
  }
});
