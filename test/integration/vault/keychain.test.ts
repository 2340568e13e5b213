import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createKeytarStore } from '../../../main/core/vault/keytar-store';
import { createVault } from '../../../main/core/vault/vault';
import { bundleChild, runNode } from '../../support/bundle-child';

/**
 * The vault against a real Secret Service: gnome-keyring in the private
 * D-Bus session of test/support/with-keyring.sh (security.md S2, S9 leg a).
 * Each test uses its own keychain service name, so parallel workers and the
 * real "WABA Access Wizard" entry never collide.
 */

const inKeyring = process.env.WABA_TEST_KEYRING === '1';
test.skip(!inKeyring, 'needs a Secret Service: run inside bash test/support/with-keyring.sh');

const serviceName = (): string => `WABA Access Wizard test ${randomBytes(6).toString('hex')}`;
const canary = (): string => `EAAGcanaryCANARY${randomBytes(24).toString('base64url')}`;

test('write, read, replace and erase through the keychain', async () => {
  const service = serviceName();
  const vault = createVault({ serviceName: service });
  expect(await vault.status()).toEqual({ persisted: true, backend: 'keychain' });
  expect(await vault.load()).toBeNull();

  const first = canary();
  const saved = await vault.save(first);
  expect(saved).toEqual({ ok: true, value: { persisted: true, backend: 'keychain' } });
  expect(await vault.load()).toBe(first);
  // The secret really is in the keychain, not only in this vault object.
  expect(await createKeytarStore({ service }).read()).toBe(first);

  const second = canary();
  expect((await vault.save(second)).ok).toBe(true);
  expect(await vault.load()).toBe(second);

  expect(await vault.forget()).toEqual({ ok: true, value: { persisted: true, backend: 'keychain' } });
  expect(await vault.load()).toBeNull();
  expect(await createKeytarStore({ service }).read()).toBeNull();
  // Forgetting twice is fine.
  expect((await vault.forget()).ok).toBe(true);
});

test('stores non-ASCII and odd characters exactly as given', async () => {
  const vault = createVault({ serviceName: serviceName() });
  for (const token of ['s3cret-ü', 'EAA токен 令牌 🔑', '  spaced\ttabs\nnewline  ', 'x']) {
    expect((await vault.save(token)).ok).toBe(true);
    expect(await vault.load()).toBe(token);
  }
  await vault.forget();
});

test('a second vault instance reads what the first wrote, and sees it erased', async () => {
  const service = serviceName();
  const token = canary();
  const writer = createVault({ serviceName: service });
  expect((await writer.save(token)).ok).toBe(true);

  const reader = createVault({ serviceName: service });
  expect(await reader.status()).toEqual({ persisted: true, backend: 'keychain' });
  expect(await reader.load()).toBe(token);

  // S4: an entry removed behind our back reads as "no token", not as an error.
  expect((await writer.forget()).ok).toBe(true);
  expect(await reader.load()).toBeNull();
});

test('the token survives the process: another process reads it back and erases it', async () => {
  const script = await bundleChild('test/integration/vault/child-vault.ts');
  const service = serviceName();
  const token = canary();
  const env = { ...process.env, WABA_CHILD_SERVICE: service, WABA_CHILD_TOKEN: token };

  const writer = await runNode(script, ['save'], { env });
  expect(writer.code, writer.stderr).toBe(0);
  const written = JSON.parse(writer.stdout) as Record<string, unknown>;
  expect(written.saved).toEqual({ persisted: true, backend: 'keychain' });

  const reader = await runNode(script, ['load'], { env });
  expect(reader.code, reader.stderr).toBe(0);
  expect(JSON.parse(reader.stdout)).toMatchObject({ loadedMatches: true, after: { persisted: true, backend: 'keychain' } });

  // This process sees the same entry, then a child erases it.
  expect(await createVault({ serviceName: service }).load()).toBe(token);
  const eraser = await runNode(script, ['forget'], { env });
  expect(JSON.parse(eraser.stdout)).toMatchObject({ forgot: true });
  expect(await createVault({ serviceName: service }).load()).toBeNull();

  for (const run of [writer, reader, eraser]) expect(run.stdout + run.stderr).not.toContain(token);
});
