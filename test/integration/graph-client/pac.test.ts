/**
 * The app's system proxy (issue 10.2): a PAC answer's routes are tried in
 * order against real proxies on loopback; a route that certainly did not
 * deliver the request is left for the next; SOCKS is named, never guessed.
 */
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { rig } from './harness';
import { startLocalProxy } from './local-proxy';

/**
 * A loopback port with nothing listening (connections are refused). Port 1
 * (tcpmux) is never handed out as an ephemeral port, so a test running side
 * by side cannot start listening on it between our check and our connect, as
 * it could on a port we bound and freed.
 */
async function deadPort(): Promise<number> {
  const refused = await new Promise<boolean>((resolve) => {
    const socket = connect(1, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(true));
  });
  if (!refused) throw new Error('something listens on 127.0.0.1:1; these tests need a refused port');
  return 1;
}

const viaPac = (answer: string | (() => Promise<string>)) => ({
  proxy: { mode: 'env' as const },
  proxyResolver: typeof answer === 'string' ? () => Promise.resolve(answer) : answer,
});

test('PROXY a; PROXY b; DIRECT: a is down, so b carries every call, and DIRECT is not needed', async () => {
  const dead = await deadPort();
  const live = await startLocalProxy();
  const r = await rig();
  try {
    const asked: string[] = [];
    const client = r.clientWith(
      viaPac(async () => {
        asked.push('resolve');
        return `PROXY 127.0.0.1:${dead}; PROXY 127.0.0.1:${live.port}; DIRECT`;
      }),
    );
    expect((await client.me()).ok).toBe(true);
    expect((await client.debugToken()).ok).toBe(true);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(live.seen.length).toBeGreaterThanOrEqual(1);
    expect(live.seen.every((s) => s === `CONNECT 127.0.0.1:${r.server.port}`)).toBe(true);
    expect(r.server.log).toHaveLength(2);
    await client.close();
  } finally {
    await r.close();
    await live.close();
  }
});

test('PROXY down; DIRECT goes direct; the proxy that is up but not named is never used', async () => {
  const dead = await deadPort();
  const unused = await startLocalProxy();
  const r = await rig();
  try {
    const client = r.clientWith(viaPac(`PROXY 127.0.0.1:${dead}; DIRECT`));
    expect((await client.me()).ok).toBe(true);
    expect(unused.seen).toEqual([]);
    expect(r.server.log).toHaveLength(1);
    await client.close();
  } finally {
    await r.close();
    await unused.close();
  }
});

test('only SOCKS: refused before anything is sent, with a message naming it', async () => {
  const r = await rig();
  try {
    const client = r.clientWith(viaPac('SOCKS5 127.0.0.1:1080'));
    const me = await client.me();
    expect(me.ok).toBe(false);
    if (!me.ok) {
      expect(me.error.kind).toBe('proxy-unsupported');
      expect(me.error.message).toContain('SOCKS5 127.0.0.1:1080');
    }
    expect(r.server.log).toHaveLength(0);
    await client.close();
  } finally {
    await r.close();
  }
});

test('SOCKS skipped and the HTTP proxy down: the network error also names the SOCKS entry', async () => {
  const dead = await deadPort();
  const r = await rig();
  try {
    const client = r.clientWith(viaPac(`SOCKS socks.corp:1080; PROXY 127.0.0.1:${dead}`));
    const me = await client.me();
    expect(!me.ok && me.error.kind).toBe('network');
    expect(!me.ok && me.error.message).toContain('SOCKS socks.corp:1080');
    await client.close();
  } finally {
    await r.close();
  }
});

test('a proxy that asks for credentials (407) is named as such when no other route works', async () => {
  const auth = await startLocalProxy({ credentials: 'corp:pw-1234567' });
  const live = await startLocalProxy();
  const r = await rig();
  try {
    const only = r.clientWith(viaPac(`PROXY 127.0.0.1:${auth.port}`));
    const me = await only.me();
    expect(!me.ok && me.error.kind).toBe('proxy-auth');
    expect(r.server.log).toHaveLength(0);
    // With another route after it, the request goes on through that one.
    const next = r.clientWith(viaPac(`PROXY 127.0.0.1:${auth.port}; PROXY 127.0.0.1:${live.port}`));
    expect((await next.me()).ok).toBe(true);
    expect(live.seen.length).toBe(1);
    await only.close();
    await next.close();
  } finally {
    await r.close();
    await auth.close();
    await live.close();
  }
});

test('when the system cannot answer, the environment decides (no proxy variables here: direct)', async () => {
  const r = await rig();
  try {
    const client = r.clientWith(viaPac(() => Promise.reject(new Error('resolveProxy failed'))));
    expect((await client.me()).ok).toBe(true);
    expect(r.server.log).toHaveLength(1);
    await client.close();
  } finally {
    await r.close();
  }
});
