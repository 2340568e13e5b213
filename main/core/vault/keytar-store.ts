import type { SecretStore } from './secret-store';

/** Where the token lives in the OS keychain (shown as the entry's label by keychain managers). */
export const DEFAULT_SERVICE = 'WABA Access Wizard';
export const DEFAULT_ACCOUNT = 'system-user-token';

type Keytar = typeof import('keytar');

let loaded: Promise<Keytar> | undefined;

/**
 * Loads keytar on first use instead of at import.
 *
 * keytar is a native module: if its binary is missing or built for another
 * ABI, the failure becomes a rejected call the vault can classify (and fall
 * back to memory) rather than a crash at startup.
 */
function loadKeytar(): Promise<Keytar> {
  loaded ??= import('keytar').then(
    // keytar is CommonJS; under Node ESM its API is on `default`.
    (mod: Keytar & { default?: Keytar }) => mod.default ?? mod,
    (cause: unknown) => {
      loaded = undefined;
      throw new Error(`keytar could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    },
  );
  return loaded;
}

export interface KeytarStoreOptions {
  /** Keychain service name; tests use their own so they never touch the real entry. */
  readonly service?: string;
  readonly account?: string;
}

/**
 * The OS keychain through keytar: macOS Keychain, Windows Credential Vault,
 * libsecret (Secret Service) on Linux. THE ONLY file that imports keytar.
 *
 * Errors are passed through unchanged (keytar throws plain Errors with
 * `code` undefined); the vault classifies them by message.
 */
export function createKeytarStore(options: KeytarStoreOptions = {}): SecretStore {
  const service = options.service ?? DEFAULT_SERVICE;
  const account = options.account ?? DEFAULT_ACCOUNT;
  return {
    backend: 'keychain',
    read: async () => (await loadKeytar()).getPassword(service, account),
    write: async (value) => (await loadKeytar()).setPassword(service, account, value),
    erase: async () => {
      // false just means "there was nothing to delete".
      await (await loadKeytar()).deletePassword(service, account);
    },
  };
}
