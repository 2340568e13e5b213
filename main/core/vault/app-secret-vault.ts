/**
 * App secrets in the OS keychain, beside the token (architecture.md
 * "Persisted state", security.md S8): one entry per app ID, plus one entry
 * listing the app IDs (not secret) so the session knows which secrets it may
 * try. Everything goes through keytar-store.ts, the one keytar owner. There is
 * no memory fallback: an app secret that cannot be kept in the keychain is
 * refused with the keychain's reason (a script passes --app-secret-file).
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { isGraphId } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';
import { createKeytarStore } from './keytar-store';
import type { SecretStore } from './secret-store';
import { classifyKeychainError } from './vault';

export interface AppSecretVault {
  /** App IDs with a stored secret; empty when none or the keychain cannot be read. */
  apps(): Promise<readonly string[]>;
  /** The stored secret of an app, or null. */
  read(appId: string): Promise<string | null>;
  save(appId: string, secret: string): Promise<Result<void, AppError>>;
  /** Removes one app's secret; true when there was one. */
  forget(appId: string): Promise<Result<boolean, AppError>>;
}

export interface AppSecretVaultOptions {
  /** The token's keychain account: app secrets are kept beside it, so each data dir has its own. */
  readonly tokenAccount: string;
  readonly serviceName?: string;
  /** Injected stores by account name (tests); default the OS keychain. */
  readonly storeFor?: (account: string) => SecretStore;
}

export const appSecretAccount = (tokenAccount: string, appId: string): string => `${tokenAccount}#app-secret:${appId}`;
const indexAccount = (tokenAccount: string): string => `${tokenAccount}#app-secrets`;

export function createAppSecretVault(options: AppSecretVaultOptions): AppSecretVault {
  const storeFor = options.storeFor ?? ((account: string) => createKeytarStore({ service: options.serviceName, account }));
  const index = storeFor(indexAccount(options.tokenAccount));
  const entry = (appId: string): SecretStore => storeFor(appSecretAccount(options.tokenAccount, appId));
  const unavailable = (error: unknown, key: 'coreError.appSecretNotStored' | 'coreError.appSecretNotRemoved'): AppError =>
    saidError('keychain-unavailable', key, { reason: classifyKeychainError(error) });

  async function apps(): Promise<readonly string[]> {
    try {
      const raw = await index.read();
      const list: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string' && isGraphId(id)) : [];
    } catch {
      return [];
    }
  }

  return {
    apps,
    async read(appId) {
      try {
        const value = await entry(appId).read();
        return value === null || value === '' ? null : value;
      } catch {
        return null;
      }
    },
    async save(appId, secret) {
      try {
        await entry(appId).write(secret);
        const known = await apps();
        if (!known.includes(appId)) await index.write(JSON.stringify([...known, appId]));
        return ok(undefined);
      } catch (error) {
        return err(unavailable(error, 'coreError.appSecretNotStored'));
      }
    },
    async forget(appId) {
      try {
        const known = await apps();
        const had = (await entry(appId).read()) !== null;
        await entry(appId).erase();
        const rest = known.filter((id) => id !== appId);
        if (rest.length !== known.length) await (rest.length === 0 ? index.erase() : index.write(JSON.stringify(rest)));
        return ok(had || rest.length !== known.length);
      } catch (error) {
        return err(unavailable(error, 'coreError.appSecretNotRemoved'));
      }
    },
  };
}
