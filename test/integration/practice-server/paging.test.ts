/**
 * Cursor paging (graph-api.md §1.4): limit/after walk every item, `next` is an
 * absolute URL on this server without the token unless a test asks for one,
 * and nextHostOverride points it elsewhere.
 */
import { defaultScenario } from '../../../main/practice/load-scenario';
import type { PracticeServerStartOptions, RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, call, expect, test, WABA, withServer } from './helpers';

interface Page {
  data: { id: string }[];
  paging?: { cursors: { before: string; after: string }; next?: string; previous?: string };
  summary?: { total_count: number };
}

/** The default scenario plus `extra` employee system users, all assigned DEVELOP on the owned WABA. */
function crowded(extra: number): PracticeServerStartOptions['scenario'] {
  const s = defaultScenario();
  const ids = Array.from({ length: extra }, (_, i) => String(3000000000000000 + i));
  return {
    ...s,
    systemUsers: [...s.systemUsers, ...ids.map((id, i) => ({ id, name: `Bot ${i}`, role: 'EMPLOYEE', businessId: BIZ }))],
    assignments: ids.map((id) => ({ wabaId: WABA, userId: id, tasks: ['DEVELOP'] })),
  };
}

async function walk(server: RunningPracticeServer, first: string, token: string): Promise<{ ids: string[]; urls: string[] }> {
  const ids: string[] = [];
  const urls: string[] = [];
  let url: string | undefined = `${server.url}${first}`;
  while (url) {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    ids.push(...page.data.map((d) => d.id));
    url = page.paging?.next;
    if (url) urls.push(url);
  }
  return { ids, urls };
}

test('limit=1 walks every item via next; next keeps the query but not the token', async () => {
  await withServer({ scenario: crowded(5) }, async (server) => {
    const token = server.token('admin-never');
    const { ids, urls } = await walk(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}&fields=id,tasks&limit=1&access_token=${token}`, token);
    expect(ids).toEqual(Array.from({ length: 5 }, (_, i) => String(3000000000000000 + i)));
    expect(urls).toHaveLength(4);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe(server.url);
      expect(parsed.pathname).toBe(`/v26.0/${WABA}/assigned_users`);
      expect(parsed.searchParams.get('business')).toBe(BIZ);
      expect(parsed.searchParams.get('fields')).toBe('id,tasks');
      expect(parsed.searchParams.get('limit')).toBe('1');
      expect(parsed.searchParams.has('access_token')).toBe(false);
      expect(url).not.toContain(token);
    }
  });
});

test('pages carry previous links and summary; the last page has no next', async () => {
  await withServer({ scenario: crowded(3) }, async (server) => {
    const token = server.token('admin-never');
    const first = (await call(server, `/v26.0/${BIZ}/system_users?limit=2&summary=total_count`, { token })).json() as Page;
    expect(first.data.map((d) => d.id)).toEqual(['1972555232742220', '1972555232742222']);
    expect(first.summary).toEqual({ total_count: 5 });
    expect(first.paging?.previous).toBeUndefined();
    const second = (await (await fetch(first.paging?.next ?? '', { headers: { authorization: `Bearer ${token}` } })).json()) as Page;
    expect(second.data).toHaveLength(2);
    const back = (await (await fetch(second.paging?.previous ?? '', { headers: { authorization: `Bearer ${token}` } })).json()) as Page;
    expect(back.data).toEqual(first.data);
    const last = (await (await fetch(second.paging?.next ?? '', { headers: { authorization: `Bearer ${token}` } })).json()) as Page;
    expect(last.data.map((d) => d.id)).toEqual(['3000000000000002']);
    expect(last.paging?.next).toBeUndefined();
    expect(last.paging?.cursors.after).toMatch(/^QVFIU/);
  });
});

test('nextIncludesAccessToken puts the token into next, as live Meta may', async () => {
  await withServer({ scenario: crowded(2), behaviours: { nextIncludesAccessToken: true } }, async (server) => {
    const token = server.token('admin-never');
    const page = (await call(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}&limit=1`, { token })).json() as Page;
    const next = new URL(page.paging?.next ?? '');
    expect(next.searchParams.get('access_token')).toBe(token);
    const followed = await fetch(next);
    expect(followed.status).toBe(200);
    expect(server.log.at(-1)?.tokenInUrl).toBe(true);
  });
});

test('nextHostOverride points next at another host', async () => {
  await withServer({ scenario: crowded(2), behaviours: { nextHostOverride: 'https://graph.attacker.example:8443' } }, async (server) => {
    const page = (await call(server, `/v26.0/${WABA}/assigned_users?business=${BIZ}&limit=1`, { token: server.token('admin-never') })).json() as Page;
    expect(page.paging?.next).toMatch(/^https:\/\/graph\.attacker\.example:8443\/v26\.0\/102290129340398\/assigned_users\?/);
  });
});

test('default page size comes from behaviours; limit is capped at 100', async () => {
  await withServer({ scenario: crowded(120), behaviours: { defaultPageSize: 25 } }, async (server) => {
    const token = server.token('admin-never');
    const path = `/v26.0/${WABA}/assigned_users?business=${BIZ}`;
    expect(((await call(server, path, { token })).json() as Page).data).toHaveLength(25);
    expect(((await call(server, `${path}&limit=500`, { token })).json() as Page).data).toHaveLength(100);
    server.setBehaviours({ defaultPageSize: 7 });
    expect(((await call(server, path, { token })).json() as Page).data).toHaveLength(7);
    expect((await walk(server, `${path}&limit=50`, token)).ids).toHaveLength(120);
  });
});

test('pagingOnSinglePage=false drops paging from a one-page answer', async ({ server }) => {
  const token = server.token('admin-never');
  server.setBehaviours({ pagingOnSinglePage: false });
  expect((await call(server, `/v26.0/${WABA}/phone_numbers`, { token })).text).toBe(
    '{"data":[{"verified_name":"Lucky Shrub","display_phone_number":"+1 631-555-5555","id":"106540352242922","quality_rating":"GREEN"}]}',
  );
});
