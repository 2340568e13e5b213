import type { SecretStore } from './secret-store';

/**
 * Fail-closed fallback: the secret lives in this process's memory only.
 *
 * Used when no OS keychain is usable (security.md S3): the token survives
 * until the app quits and is never written anywhere, so the user is asked
 * again next time instead of having it stored in clear.
 */
export function createMemoryStore(): SecretStore {
  let secret: string | null = null;
  return {
    backend: 'memory',
    read: () => Promise.resolve(secret),
    write: (value) => {
      secret = value;
      return Promise.resolve();
    },
    erase: () => {
      secret = null;
      return Promise.resolve();
    },
  };
}
