/**
 * Corporate TLS (security.md N5, X1, X2; issue 10.1): certificates are always
 * checked, whatever NODE_TLS_REJECT_UNAUTHORIZED says, and a throwaway CA is
 * trusted when it is given (config, the core's CA files, NODE_EXTRA_CA_CERTS
 * read explicitly, the CA file chosen in Settings).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { caFilesFromEnv, TLS_REJECT_ENV } from '../../../main/core/graph/trust';
import { createCore } from '../../../main/core/onboarding/session';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { createMemoryStore } from '../../../main/core/vault/memory-store';
import { hasOpenssl, startTlsFront, type TlsFront } from '../../support/tls-front';
import { rig, type Rig } from './harness';

test.skip(!hasOpenssl, 'needs the openssl command to make a throwaway CA');

let r: Rig;
let front: TlsFront;
test.beforeEach(async () => {
  r = await rig();
  front = await startTlsFront(r.server.port);
});
test.afterEach(async () => {
  await front.close();
  await r.close();
});

test('an untrusted certificate is refused (tls-untrusted); with the CA given the call works', async () => {
  const refused = await r.clientWith({ baseUrl: front.url }).me();
  expect(!refused.ok && refused.error.kind).toBe('tls-untrusted');
  expect(JSON.stringify(refused)).not.toContain(r.token!);
  expect(front.seen).toHaveLength(0);
  expect(r.server.log).toHaveLength(0);

  const me = await r.clientWith({ baseUrl: front.url, extraCaPem: [front.caPem] }).me();
  expect(me.ok && me.value.id).toBe('1972555232742220');
  expect(r.server.log).toHaveLength(1);
});

test('NODE_TLS_REJECT_UNAUTHORIZED=0 is ignored: the untrusted server never sees the Authorization header', async () => {
  const before = process.env[TLS_REJECT_ENV];
  process.env[TLS_REJECT_ENV] = '0';
  try {
    for (const proxy of [{ mode: 'none' } as const, { mode: 'env' } as const]) {
      const refused = await r.clientWith({ baseUrl: front.url, proxy }).me();
      expect(!refused.ok && refused.error.kind, proxy.mode).toBe('tls-untrusted');
    }
    const batch = await r.clientWith({ baseUrl: front.url }).debugToken();
    expect(!batch.ok && batch.error.kind).toBe('tls-untrusted');
    expect(front.seen.filter((h) => h.authorization !== undefined)).toEqual([]);
    expect(front.seen).toHaveLength(0);
  } finally {
    if (before === undefined) delete process.env[TLS_REJECT_ENV];
    else process.env[TLS_REJECT_ENV] = before;
  }
});

/** A core on the HTTPS front, with the admin token in a memory store. */
async function coreOn(dataDir: string, extra: Parameters<typeof createCore>[0] extends infer O ? Partial<O> : never) {
  const sink = createMemorySink();
  const created = await createCore({
    dataDir,
    graph: { baseUrl: front.url },
    secretStore: createMemoryStore(),
    log: createLogger({ sink }),
    ...extra,
  });
  if (!created.ok) return { created, sink };
  // For this run only (like --token-stdin): token.connect would check the token through the front first.
  const used = created.value.useTransientToken(r.server.token('admin-never'));
  if (!used.ok) throw new Error(used.error.message);
  return { created, sink };
}

test('the core trusts NODE_EXTRA_CA_CERTS (read explicitly) and the CA file chosen in Settings; a bad file is refused by name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waba-tls-core-'));
  try {
    // NODE_EXTRA_CA_CERTS: an explicit CA list replaces Node's defaults, so the core reads the file itself.
    const fromEnv = await coreOn(join(dir, 'env'), { caFiles: caFilesFromEnv({ NODE_EXTRA_CA_CERTS: front.caFile }) });
    if (!fromEnv.created.ok) throw new Error(fromEnv.created.error.message);
    expect(await fromEnv.created.value.invoke('account.identify', { id: '506914307656634' })).toMatchObject({ ok: true, value: { kind: 'business' } });
    await fromEnv.created.value.close();

    // Settings: without the CA the server is untrusted; a non-PEM file is refused and not saved; the PEM works.
    const plain = await coreOn(join(dir, 'settings'), {});
    if (!plain.created.ok) throw new Error(plain.created.error.message);
    const core = plain.created.value;
    expect(await core.invoke('account.identify', { id: '506914307656634' })).toMatchObject({ ok: false, error: { kind: 'tls-untrusted' } });
    const junk = join(dir, 'not-a-cert.pem');
    writeFileSync(junk, 'hello, I am not a certificate\n');
    const refused = await core.invoke('settings.update', { caFile: junk });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['caFile'] } });
    expect(!refused.ok && refused.error.message).toContain(junk);
    expect(await core.invoke('settings.get', {})).toMatchObject({ ok: true, value: { caFile: null } });
    expect(await core.invoke('settings.update', { caFile: front.caFile })).toMatchObject({ ok: true, value: { caFile: front.caFile } });
    expect(await core.invoke('account.identify', { id: '506914307656634' })).toMatchObject({ ok: true, value: { kind: 'business' } });
    expect(await core.invoke('settings.update', { caFile: null })).toMatchObject({ ok: true, value: { caFile: null } });
    expect(await core.invoke('account.identify', { id: '102290129340398' })).toMatchObject({ ok: false, error: { kind: 'tls-untrusted' } });
    await core.close();

    // A CA file given at start that is not PEM stops the core with bad-input naming it.
    const bad = await coreOn(join(dir, 'bad'), { caFiles: [{ path: junk, source: '--ca-file' }] });
    expect(bad.created).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['--ca-file'] } });
    expect(!bad.created.ok && bad.created.error.message).toContain(junk);

    // NODE_TLS_REJECT_UNAUTHORIZED=0 is said, once, in the log.
    const noticed = await coreOn(join(dir, 'notice'), { env: { [TLS_REJECT_ENV]: '0' } });
    if (!noticed.created.ok) throw new Error(noticed.created.error.message);
    expect(noticed.sink.lines.filter((l) => l.includes(TLS_REJECT_ENV))).toHaveLength(1);
    await noticed.created.value.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
