/**
 * The Connect step's app secret (issue 8.8) over the real router: asked only
 * after Meta says the app requires it, write-only, stored in the keychain
 * under the token's app ID once the token is accepted, never in a reply.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { createSecretRegistry } from '../../../main/core/log/secrets';
import { createCore } from '../../../main/core/onboarding/session';
import { appSecretAccount } from '../../../main/core/vault/app-secret-vault';
import { createKeytarStore } from '../../../main/core/vault/keytar-store';
import { defaultScenario } from '../../../main/practice/load-scenario';
import { startPracticeServer } from '../../../main/practice/start-practice-server';

const SECRET = randomBytes(16).toString('hex');

test('token.connect: refused as app-secret-required, then accepted with the app secret, which goes to the keychain only', async () => {
  const s = structuredClone(defaultScenario());
  const server = await startPracticeServer({ scenario: { ...s, app: { ...s.app, secret: SECRET, requireAppSecret: true } } });
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-connect-secret-'));
  const service = `waba-test-${randomUUID()}`;
  const secrets = createSecretRegistry();
  const sink = createMemorySink();
  const created = await createCore({
    dataDir,
    graph: { baseUrl: server.url, apiVersion: 'v26.0', retry: { baseDelayMs: 1, maxDelayMs: 20 } },
    secretStore: createKeytarStore({ service }),
    appSecretStore: (account) => createKeytarStore({ service, account }),
    log: createLogger({ sink, secrets }),
    secrets,
  });
  if (!created.ok) throw new Error(created.error.message);
  const core = created.value;
  const entry = createKeytarStore({ service, account: appSecretAccount('system-user-token', s.app.id) });
  const replies: string[] = [];
  const connect = async (request: { token: string; appSecret?: string }) => {
    const reply = await core.invoke('token.connect', request);
    replies.push(JSON.stringify(reply));
    return reply;
  };
  try {
    const token = server.token('admin-never');
    const first = await connect({ token });
    expect(!first.ok && first.error.kind).toBe('app-secret-required');

    const wrong = await connect({ token, appSecret: randomBytes(16).toString('hex') });
    expect(!wrong.ok && wrong.error.kind).toBe('app-secret-invalid');
    expect(await entry.read()).toBeNull();

    const bad = await connect({ token, appSecret: 'not a secret' });
    expect(!bad.ok && bad.error.kind).toBe('bad-input');

    const right = await connect({ token, appSecret: SECRET });
    expect(right.ok && right.value.stored).toBe(true);
    expect(await entry.read()).toBe(SECRET);

    // A later session finds the secret by itself: every call is proven.
    expect((await core.route('token.inspect', {})).ok).toBe(true);
    for (const text of [...replies, ...sink.lines]) expect(text.includes(SECRET.slice(0, 12))).toBe(false);
  } finally {
    await entry.erase().catch(() => undefined);
    await createKeytarStore({ service }).erase().catch(() => undefined);
    await createKeytarStore({ service, account: 'system-user-token#app-secrets' }).erase().catch(() => undefined);
    await core.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
