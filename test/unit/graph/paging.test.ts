import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { ok } from '../../../shared/result';
import { collectPages, nextPageTarget } from '../../../main/core/graph/paging';

const BASE = 'https://graph.facebook.com';
const segment = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/);
const queryPair = fc.tuple(fc.stringMatching(/^[a-z_]{1,10}$/), fc.string({ maxLength: 12 }));
const credential = fc.constantFrom('access_token', 'appsecret_proof', 'client_secret', 'ACCESS_TOKEN');

test('property: same origin is followed; credentials are always stripped and other params kept', () => {
  fc.assert(
    fc.property(
      fc.array(segment, { minLength: 1, maxLength: 4 }),
      fc.array(queryPair, { maxLength: 4 }),
      fc.array(fc.tuple(credential, fc.string({ minLength: 1, maxLength: 30 })), { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      (segments, pairs, creds, explicitPort) => {
        const params = new URLSearchParams();
        for (const [k, v] of [...pairs, ...creds]) params.append(k, v);
        const next = `${explicitPort ? 'https://graph.facebook.com:443' : BASE}/v26.0/${segments.join('/')}?${params}`;
        const target = nextPageTarget(next, BASE);
        expect(target.ok).toBe(true);
        if (!target.ok) return;
        expect(target.value.startsWith('/')).toBe(true);
        const kept = new URL(target.value, BASE).searchParams;
        for (const name of kept.keys()) expect(['access_token', 'appsecret_proof', 'client_secret']).not.toContain(name.toLowerCase());
        for (const [k] of pairs) if (!['access_token', 'appsecret_proof', 'client_secret'].includes(k)) expect(kept.has(k)).toBe(true);
        for (const [, v] of creds) if (v.length >= 4) expect(target.value).not.toContain(encodeURIComponent(v));
      },
    ),
  );
});

test('property: any other scheme, host or port is refused', () => {
  const host = fc.oneof(
    fc.domain(),
    fc.constantFrom('graph.facebook.com.evil.tld', 'evil.graph.facebook.com', 'graph-facebook.com', '127.0.0.1', 'localhost', 'GRAPH.facebook.com.'),
  );
  fc.assert(
    fc.property(
      fc.constantFrom('http', 'https', 'ftp', 'ws'),
      host,
      fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      fc.array(segment, { maxLength: 3 }),
      (scheme, h, port, segments) => {
        const url = `${scheme}://${h}${port === undefined ? '' : `:${port}`}/${segments.join('/')}?access_token=x`;
        let same = false;
        try {
          same = new URL(url).origin === new URL(BASE).origin;
        } catch {
          same = false;
        }
        fc.pre(!same);
        expect(nextPageTarget(url, BASE).ok).toBe(false);
      },
    ),
  );
});

test('property: random web URLs are followed only when their origin is the configured one', () => {
  fc.assert(
    fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
      const target = nextPageTarget(url, BASE);
      const parsed = new URL(url);
      expect(target.ok).toBe(parsed.origin === BASE && !parsed.username && !parsed.password);
    }),
  );
});

test('known tricks are refused', () => {
  for (const url of [
    'https://graph.facebook.com@evil.tld/v26.0/me',
    'https://user:pw@graph.facebook.com/v26.0/me',
    'https://graph.facebook.com:8443/v26.0/me',
    'http://graph.facebook.com/v26.0/me',
    '//evil.tld/v26.0/me',
    '/v26.0/me',
    'javascript:alert(1)',
    'not a url',
  ]) {
    expect(nextPageTarget(url, BASE).ok, url).toBe(false);
  }
});

test('the practice server base (loopback with port) is matched exactly', () => {
  const base = 'http://127.0.0.1:41234';
  expect(nextPageTarget('http://127.0.0.1:41234/v26.0/1/assigned_users?after=abc&access_token=EAAx', base)).toEqual(
    ok('/v26.0/1/assigned_users?after=abc'),
  );
  expect(nextPageTarget('http://127.0.0.1:41235/v26.0/1/assigned_users', base).ok).toBe(false);
  expect(nextPageTarget('http://localhost:41234/v26.0/1/assigned_users', base).ok).toBe(false);
});

test('collectPages follows next until absent and concatenates data', async () => {
  const pages: Record<string, unknown> = {
    '/v26.0/1/edge': { data: [1, 2], paging: { next: `${BASE}/v26.0/1/edge?after=a` } },
    '/v26.0/1/edge?after=a': { data: [], paging: { next: `${BASE}/v26.0/1/edge?after=b&access_token=T` } },
    '/v26.0/1/edge?after=b': { data: [3] },
  };
  const seen: string[] = [];
  const result = await collectPages<number>('/v26.0/1/edge', async (t) => {
    seen.push(t);
    return ok(pages[t] as { data: number[] });
  }, { baseUrl: BASE, maxPages: 10 });
  expect(result).toEqual(ok([1, 2, 3]));
  expect(seen).toEqual(['/v26.0/1/edge', '/v26.0/1/edge?after=a', '/v26.0/1/edge?after=b']);
});

test('collectPages stops at the page cap, on a loop, and on a foreign next link', async () => {
  const endless = await collectPages<number>('/p', async (t) => ok({ data: [1], paging: { next: `${BASE}${t}x` } }), { baseUrl: BASE, maxPages: 5 });
  expect(endless.ok).toBe(false);
  const loop = await collectPages<number>('/p', async () => ok({ data: [1], paging: { next: `${BASE}/p` } }), { baseUrl: BASE, maxPages: 5 });
  expect(loop.ok).toBe(false);
  const foreign = await collectPages<number>('/p', async () => ok({ data: [1], paging: { next: 'https://evil.tld/p' } }), { baseUrl: BASE, maxPages: 5 });
  expect(foreign.ok).toBe(false);
  if (!foreign.ok) expect(foreign.error.message).toContain('another host');
});

const TOKEN = 'EAAJBxZCpsLkBOHWANcmDb0sxDXmKeHV7HJPxSLIepqe3ul5NFHb669TbZHJk0bjLyVqOMldd0RdtNBEEomjCefIG5iDgS1izut';
const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

test('a next link carrying a held secret or a token shape in any parameter is refused, whatever the name (X3)', () => {
  const page = `${BASE}/v26.0/506914307656634/system_users?limit=1&after=QVFIUmx`;
  for (const extra of [
    `input_token=${TOKEN}`,
    `note=${TOKEN.slice(40, 52)}`,
    `x=${encodeURIComponent(`a ${TOKEN.slice(10, 30)} b`)}`,
    `debug=${SECRET}`,
    `${TOKEN.slice(0, 24)}=1`,
    'other=EAAOtherTokenNotHeldByUs1234567890',
  ]) {
    const target = nextPageTarget(`${page}&${extra}`, BASE, [TOKEN, SECRET]);
    expect(target.ok, extra).toBe(false);
    expect(!target.ok && target.error.message, extra).toMatch(/^Refused to follow Meta's next-page link: .*(secret|token)/);
    expect(JSON.stringify(target), extra).not.toContain(TOKEN.slice(40, 52));
  }
  expect(nextPageTarget(`${BASE}/v26.0/${TOKEN.slice(5, 25)}/x`, BASE, [TOKEN]).ok).toBe(false);
  // Stripped credentials do not count, and ordinary cursors are followed.
  expect(nextPageTarget(`${page}&access_token=${TOKEN}&appsecret_proof=abc`, BASE, [TOKEN, SECRET])).toEqual(ok('/v26.0/506914307656634/system_users?limit=1&after=QVFIUmx'));
});

test('property: random 12+ character slices of a held secret in any parameter are refused', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: TOKEN.length - 12 }),
      fc.integer({ min: 12, max: 40 }),
      fc.stringMatching(/^[a-z_]{1,12}$/),
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 8 }),
      (start, length, name, before, after) => {
        const slice = TOKEN.slice(start, start + length);
        fc.pre(slice.length >= 12 && !['access_token', 'appsecret_proof', 'client_secret'].includes(name));
        const params = new URLSearchParams({ limit: '1', [name]: `${before}${slice}${after}` });
        expect(nextPageTarget(`${BASE}/v26.0/1/x?${params}`, BASE, [TOKEN]).ok).toBe(false);
      },
    ),
  );
});
