/**
 * The one seam between the vault and whatever holds the secret.
 *
 * keytar is archived upstream (atom/node-keytar#482), so callers depend on
 * this interface only; a maintained backend (Electron safeStorage,
 * @napi-rs/keyring) can replace keytar-store.ts without touching them
 * (security.md S2, style.md anti-pattern 17).
 */
export type SecretBackend = 'keychain' | 'memory';

export interface SecretStore {
  /** The stored secret, or null when there is none. Throws when the store cannot be reached. */
  read(): Promise<string | null>;
  /** Stores the secret exactly as given, replacing any previous one. */
  write(value: string): Promise<void>;
  /** Removes the secret; succeeds when there was none. */
  erase(): Promise<void>;
  readonly backend: SecretBackend;
}
