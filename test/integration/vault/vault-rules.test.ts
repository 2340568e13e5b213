import { expect, test } from '@playwright/test';
import { createMemoryStore } from '../../../main/core/vault/memory-store';
import type { SecretStore } from '../../../main/core/vault/secret-store';
import { classifyKeychainError, createVault, type VaultStatus } from '../../../main/core/vault/vault';

/**
 * Vault rules that need a keychain misbehaving on cue (security.md S4 says:
 * a fake SecretStore that throws or returns null). The real-keychain and
 * real-failure paths are in keychain.test.ts and fail-closed.test.ts.
 */

/** A keychain-like store whose answers are scripted per call. */
function scriptedStore(script: { read?: () => Promise<string | null>; write?: () => Promise<void>; erase?: () => Promise<void> }) {
  const calls: string[] = [];
  let value: string | null = null;
  const store: SecretStore = {
    backend: 'keychain',
    read: () => {
      calls.push('read');
      return script.read ? script.read() : Promise.resolve(value);
    },
    write: (v) => {
      calls.push('write');
      if (script.write) return script.write();
      value = v;
      return Promise.resolve();
    },
    erase: () => {
      calls.push('erase');
      if (script.erase) return script.erase();
      value = null;
      return Promise.resolve();
    },
  };
  return { store, calls };
}

test('keytar error messages map to the reason shown to the user', () => {
  const cases: [string, string][] = [
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'no-dbus'],
    ['The name org.freedesktop.secrets was not provided by any .service files', 'no-secret-service'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'keyring-locked'],
    ['keytar could not be loaded: Cannot find module keytar.node', 'keychain-error'],
    ['Something else entirely', 'keychain-error'],
  ];
  for (const [message, reason] of cases) expect(classifyKeychainError(new Error(message)), message).toBe(reason);
  expect(classifyKeychainError('not even an Error')).toBe('keychain-error');
});

test('an entry that reads back empty or throws is "no token", never a crash (S4)', async () => {
  let answer: () => Promise<string | null> = () => Promise.resolve(null);
  const { store } = scriptedStore({ read: () => answer() });
  const vault = createVault({ store });
  expect(await vault.status()).toEqual({ persisted: true, backend: 'keychain' });

  answer = () => Promise.resolve('');
  expect(await vault.load()).toBeNull();
  answer = () => Promise.reject(new Error('Object does not exist at path “/org/freedesktop/secrets/collection/login”'));
  expect(await vault.load()).toBeNull();
  expect(await vault.load()).toBeNull();
  // A failing read after a good probe does not switch the backend: the next save still tries the keychain.
  expect(await vault.status()).toEqual({ persisted: true, backend: 'keychain' });
});

test('a keychain that refuses the write falls back to memory, once, and says why', async () => {
  const seen: VaultStatus[] = [];
  const { store, calls } = scriptedStore({ write: () => Promise.reject(new Error('Object does not exist at path /collection/login')) });
  const vault = createVault({ store, onUnavailable: (status) => seen.push(status) });

  const saved = await vault.save('EAAGfirst-token-value');
  const memory = { persisted: false, backend: 'memory', reason: 'keyring-locked' };
  expect(saved).toEqual({ ok: true, value: memory });
  expect(await vault.load()).toBe('EAAGfirst-token-value');
  // The old keychain entry is erased so it cannot come back on the next start.
  expect(calls).toEqual(['read', 'write', 'erase']);

  // From now on the keychain is not tried again in this session.
  expect((await vault.save('EAAGsecond-token-value')).ok).toBe(true);
  expect(await vault.load()).toBe('EAAGsecond-token-value');
  expect(calls.filter((c) => c === 'write')).toHaveLength(1);
  expect(seen).toEqual([memory]);

  expect(await vault.forget()).toEqual({ ok: true, value: memory });
  expect(await vault.load()).toBeNull();
});

test('a probe failure selects memory before anything is saved', async () => {
  const { store, calls } = scriptedStore({ read: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')) });
  const logs: string[] = [];
  const vault = createVault({ store, log: (module, message) => logs.push(`[${module}] ${message}`) });
  expect(await vault.status()).toEqual({ persisted: false, backend: 'memory', reason: 'no-dbus' });
  const token = 'EAAGcanaryCANARYprobe0123456789';
  expect((await vault.save(token)).ok).toBe(true);
  expect(calls).toEqual(['read']);
  expect(logs.join('\n')).toContain('no-dbus');
  expect(logs.join('\n')).not.toContain(token);
});

test('empty or oversized tokens are refused with a plain bad-input error', async () => {
  const vault = createVault({ store: createMemoryStore() });
  const empty = await vault.save('');
  expect(empty.ok).toBe(false);
  if (!empty.ok) expect(empty.error).toMatchObject({ kind: 'bad-input', fields: ['token'] });
  const huge = await vault.save('x'.repeat(20_000));
  expect(huge.ok).toBe(false);
  expect(await vault.load()).toBeNull();
});

test('forget reports a keychain that holds the token but refuses to erase it', async () => {
  const { store } = scriptedStore({ erase: () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided by any .service files')) });
  const vault = createVault({ store });
  expect((await vault.save('EAAGkept-token')).ok).toBe(true);
  const forgot = await vault.forget();
  expect(forgot.ok).toBe(false);
  if (!forgot.ok) {
    expect(forgot.error.kind).toBe('keychain-unavailable');
    expect(forgot.error.message).not.toContain('EAAGkept-token');
  }
});

test('the memory store is this object only', async () => {
  const a = createMemoryStore();
  const b = createMemoryStore();
  await a.write('secret');
  expect(await a.read()).toBe('secret');
  expect(await b.read()).toBeNull();
  await a.erase();
  expect(await a.read()).toBeNull();
  expect(a.backend).toBe('memory');
});
