import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { createKeytarStore } from './keytar-store';
import { createMemoryStore } from './memory-store';
import type { SecretBackend, SecretStore } from './secret-store';

/** Why the OS keychain is not used (mirrors TokenStatus.keychainProblem in shared/onboarding.ts). */
export type KeychainProblem = 'no-dbus' | 'no-secret-service' | 'keyring-locked' | 'keychain-error';

export interface VaultStatus {
  /** True when the token survives a restart (it is in the OS keychain). */
  readonly persisted: boolean;
  readonly backend: SecretBackend;
  /** Set when the keychain was tried and is not usable. */
  readonly reason?: KeychainProblem;
}

export interface Vault {
  /** Where a token would be (or is) kept. Probes the keychain on first call. */
  status(): Promise<VaultStatus>;
  /** Stores the token exactly as given; falls back to memory when the keychain refuses it. */
  save(token: string): Promise<Result<VaultStatus, AppError>>;
  /** The stored token, or null when there is none or it cannot be read back (S4). */
  load(): Promise<string | null>;
  /** Removes the token from wherever it is; fails only when the keychain held it and refused. */
  forget(): Promise<Result<VaultStatus, AppError>>;
}

export interface VaultOptions {
  /** Injected store (tests, a future safeStorage backend); default is the OS keychain via keytar. */
  readonly store?: SecretStore;
  /** Keychain service and account names for the default store; tests use their own. */
  readonly serviceName?: string;
  readonly account?: string;
  /** Called once when the vault falls back to memory, so the UI can say so in plain words. */
  readonly onUnavailable?: (status: VaultStatus) => void;
  readonly log?: (module: string, message: string) => void;
}

/** Generous upper bound: Meta tokens are a few hundred characters. */
const MAX_TOKEN_LENGTH = 16_384;

/**
 * Maps a keytar/libsecret error to the reason shown to the user.
 *
 * keytar errors are plain Errors with no code, so the message is all there
 * is (toolchain-probe.md §1). Anything unrecognised is 'keychain-error'.
 */
export function classifyKeychainError(error: unknown): KeychainProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (/autolaunch D-Bus|DBUS_SESSION_BUS_ADDRESS|dbus-daemon autolaunch/i.test(message)) return 'no-dbus';
  if (/org\.freedesktop\.secrets was not provided|ServiceUnknown/i.test(message)) return 'no-secret-service';
  if (/Object does not exist at path|is locked|\blocked\b|prompt/i.test(message)) return 'keyring-locked';
  return 'keychain-error';
}

const describe = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200);

/**
 * The token vault: OS keychain when usable, otherwise this process's memory.
 *
 * Fails closed (security.md S3): when the keychain cannot be used, the token
 * is kept in memory for this session only and `status()` says why; it is
 * never written to a file. The keychain is probed once with a read; a
 * keyring that reads but refuses writes (a locked gnome-keyring returns null
 * for reads) is caught at the first `save` and switches to memory then.
 */
export function createVault(options: VaultOptions = {}): Vault {
  const primary =
    options.store ?? createKeytarStore({ service: options.serviceName, account: options.account });
  const memory = createMemoryStore();
  const log = options.log ?? (() => undefined);
  let active: SecretStore = primary;
  let current: VaultStatus = { persisted: primary.backend === 'keychain', backend: primary.backend };
  let probe: Promise<void> | undefined;

  const fallBack = (error: unknown, during: string): void => {
    if (active === memory) return;
    const reason = classifyKeychainError(error);
    active = memory;
    current = { persisted: false, backend: 'memory', reason };
    log('vault', `keychain unusable during ${during} (${reason}): ${describe(error)}; keeping the token in memory for this session only`);
    options.onUnavailable?.(current);
  };

  const probed = (): Promise<void> => {
    probe ??= primary.read().then(
      () => undefined,
      (error: unknown) => fallBack(error, 'probe'),
    );
    return probe;
  };

  return {
    async status() {
      await probed();
      return current;
    },

    async save(token) {
      if (typeof token !== 'string' || token.length === 0) {
        return err(saidError('bad-input', 'coreError.tokenEmptyStored', undefined, { fields: ['token'] }));
      }
      if (token.length > MAX_TOKEN_LENGTH) {
        return err(saidError('bad-input', 'coreError.tokenTooLongStored', { max: MAX_TOKEN_LENGTH }, { fields: ['token'] }));
      }
      await probed();
      if (active === primary) {
        try {
          await active.write(token);
          log('vault', `token saved (${active.backend})`);
          return ok(current);
        } catch (error) {
          fallBack(error, 'save');
          // Best effort: do not let an older token resurface from the keychain next start.
          await primary.erase().catch(() => undefined);
        }
      }
      await memory.write(token);
      log('vault', 'token kept in memory for this session');
      return ok(current);
    },

    async load() {
      await probed();
      try {
        const value = await active.read();
        return value === null || value === '' ? null : value;
      } catch (error) {
        // S4: an entry that cannot be read back means "ask again", never a crash loop.
        log('vault', `token could not be read back (${classifyKeychainError(error)}); treating as no token`);
        return null;
      }
    },

    async forget() {
      await probed();
      await memory.erase();
      try {
        await primary.erase();
      } catch (error) {
        const reason = classifyKeychainError(error);
        log('vault', `keychain erase failed (${reason})`);
        // Only a problem when the keychain is where the token was kept.
        if (active === primary) {
          return err(saidError('keychain-unavailable', 'coreError.keychainNotErased', { reason }));
        }
      }
      log('vault', 'token forgotten');
      return ok(current);
    },
  };
}
