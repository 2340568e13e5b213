import { expect, test } from '@playwright/test';
import { asWabaId } from '../../../shared/ids';
import { assertCredentialsOnly, rig, WABA } from './harness';
import { startLocalProxy } from './local-proxy';

test('explicit proxy URL: all Graph traffic goes through the proxy', async () => {
  const proxy = await startLocalProxy();
  const r = await rig();
  try {
    const client = r.clientWith({ proxy: { mode: 'url', url: proxy.url } });
    expect((await client.me()).ok).toBe(true);
    expect((await client.phoneNumbers(asWabaId(WABA))).ok).toBe(true);
    expect((await client.debugToken()).ok).toBe(true);
    expect(proxy.seen.length).toBeGreaterThanOrEqual(1);
    expect(proxy.seen.every((s) => s === `CONNECT 127.0.0.1:${r.server.port}`)).toBe(true);
    expect(r.server.log).toHaveLength(3);
    assertCredentialsOnly(r.server);
  } finally {
    await r.close();
    await proxy.close();
  }
});

test('a proxy that wants credentials: 407 -> proxy-auth, the request never reaches the server', async () => {
  const proxy = await startLocalProxy({ credentials: 'corp:s3cret-proxy-pw' });
  const r = await rig();
  try {
    const client = r.clientWith({ proxy: { mode: 'url', url: proxy.url } });
    const me = await client.me();
    expect(!me.ok && me.error.kind).toBe('proxy-auth');
    expect(proxy.seen[0]).toMatch(/^407 CONNECT/);
    expect(r.server.log).toHaveLength(0);

    // With the credentials in the proxy URL the call goes through, and the password never shows up.
    const authed = r.clientWith({ proxy: { mode: 'url', url: `http://corp:s3cret-proxy-pw@127.0.0.1:${proxy.port}` } });
    expect((await authed.me()).ok).toBe(true);
    const wrong = r.clientWith({ proxy: { mode: 'url', url: `http://corp:wrong-pw-123@127.0.0.1:${proxy.port}` } });
    const refused = await wrong.me();
    expect(!refused.ok && refused.error.kind).toBe('proxy-auth');
    expect(JSON.stringify(refused)).not.toContain('wrong-pw-123');
    expect(r.lines.join('\n')).not.toMatch(/s3cret-proxy-pw|wrong-pw-123/);
  } finally {
    await r.close();
    await proxy.close();
  }
});

test('env mode: HTTP(S)_PROXY is used, NO_PROXY bypasses it', async () => {
  const proxy = await startLocalProxy();
  const r = await rig();
  const saved = { ...process.env };
  try {
    for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) process.env[name] = proxy.url;
    for (const name of ['no_proxy', 'NO_PROXY']) delete process.env[name];
    const viaEnv = r.clientWith({ proxy: { mode: 'env' } });
    expect((await viaEnv.me()).ok).toBe(true);
    expect(proxy.seen).toEqual([`CONNECT 127.0.0.1:${r.server.port}`]);

    process.env.no_proxy = '127.0.0.1';
    process.env.NO_PROXY = '127.0.0.1';
    const bypass = r.clientWith({ proxy: { mode: 'env' } });
    expect((await bypass.me()).ok).toBe(true);
    expect(proxy.seen).toHaveLength(1);
    expect(r.server.log).toHaveLength(2);
  } finally {
    for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await r.close();
    await proxy.close();
  }
});

test('proxy unreachable: network error, nothing sent', async () => {
  const proxy = await startLocalProxy();
  await proxy.close();
  const r = await rig();
  try {
    const client = r.clientWith({ proxy: { mode: 'url', url: proxy.url } });
    const me = await client.me();
    expect(!me.ok && me.error.kind).toBe('network');
    expect(r.server.log).toHaveLength(0);
  } finally {
    await r.close();
  }
});
