/**
 * Which app secret proves which token (graph-api.md §9, security.md S8/X6).
 *
 * Sources, strongest first: a candidate being tried (the wizard's Connect step,
 * `app-secret set` without --app), the secret of this run (CLI
 * --app-secret-file: it wins over the keychain), then the keychain's secrets,
 * keyed by app ID. A token's app is learned once per session by one probe
 * call carrying a candidate's proof; a session with no stored secret makes no
 * probe. Every secret held is registered with the log redactor.
 */
import { saidError } from '../said-error';
import { createHash } from 'node:crypto';
import type { AppError } from '../../../shared/errors';
import { isGraphId } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';
import { checkAppSecret } from '../graph/appsecret-proof';
import type { ProbeOutcome, ProofSource } from '../graph/graph-call';
import type { Logger } from '../log/logger';
import type { SecretRegistry } from '../log/secrets';
import type { AppSecretVault } from '../vault/app-secret-vault';

export interface AppSecretService extends ProofSource {
  /** Stores an app's secret in the keychain (replacing an older one). */
  set(appId: string, secret: string): Promise<Result<{ readonly appId: string }, AppError>>;
  /** Forgets one app's secret, or every stored one when no app is named; returns the app IDs removed. */
  forget(appId?: string): Promise<Result<readonly string[], AppError>>;
  /** App IDs with a secret in the keychain. */
  apps(): Promise<readonly string[]>;
  /** Uses `secret` for every token of this run, before the keychain (CLI --app-secret-file). */
  useForRun(raw: string): Result<void, AppError>;
  /** Runs `body` with `secret` as the proof key of every call it makes. */
  trying<T>(secret: string, body: () => Promise<T>): Promise<T>;
}

export interface AppSecretDeps {
  readonly vault: AppSecretVault;
  readonly secrets: SecretRegistry;
  readonly log: Logger;
}

const keyOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export function createAppSecretService(deps: AppSecretDeps): AppSecretService {
  let candidate: string | null = null;
  let forRun: string | null = null;
  /** Token (by hash) -> the secret that proves it, or null when none of the stored ones does. */
  const learned = new Map<string, Promise<string | null>>();
  const registered = new Set<string>();

  const hold = (secret: string): string => {
    if (!registered.has(secret)) {
      registered.add(secret);
      deps.secrets.register(secret);
    }
    return secret;
  };

  /** Tries the stored secrets in turn; 'unknown' (network, refused token) decides nothing. */
  async function resolve(key: string, probe: (secret: string) => Promise<ProbeOutcome>): Promise<{ secret: string | null; final: boolean }> {
    const wrong: string[] = [];
    refused.set(key, wrong);
    for (const appId of await deps.vault.apps()) {
      const secret = await deps.vault.read(appId);
      if (secret === null) continue;
      const outcome = await probe(hold(secret));
      if (outcome === 'valid') {
        deps.log.info('app-secret', `the token belongs to app ${appId}; its calls carry appsecret_proof`);
        return { secret, final: true };
      }
      if (outcome === 'unknown') return { secret: null, final: false };
      wrong.push(appId);
    }
    return { secret: null, final: true };
  }

  /** Token (by hash) -> app IDs whose stored secret Meta refused for it. */
  const refused = new Map<string, string[]>();

  /** One resolution per token at a time: calls started together (inspect runs two) share it. */
  function fromKeychain(token: string, probe: (secret: string) => Promise<ProbeOutcome>): Promise<string | null> {
    const key = keyOf(token);
    const known = learned.get(key);
    if (known) return known;
    const pending = resolve(key, probe).then(({ secret, final }) => {
      if (!final) learned.delete(key);
      return secret;
    });
    learned.set(key, pending);
    return pending;
  }

  return {
    async secretFor(token, probe) {
      if (candidate !== null) return candidate;
      if (forRun !== null) return forRun;
      return fromKeychain(token, probe);
    },

    async set(appId, raw) {
      if (!isGraphId(appId)) return err(saidError('bad-input', 'coreError.appIdNotNumber', undefined, { fields: ['app'] }));
      const secret = checkAppSecret(raw);
      if (!secret.ok) return secret;
      const saved = await deps.vault.save(appId, hold(secret.value));
      if (!saved.ok) return saved;
      learned.clear();
      refused.clear();
      deps.log.info('app-secret', `app secret stored for app ${appId}`);
      return ok({ appId });
    },

    async forget(appId) {
      const targets = appId === undefined ? await deps.vault.apps() : [appId];
      const removed: string[] = [];
      for (const id of targets) {
        const gone = await deps.vault.forget(id);
        if (!gone.ok) return gone;
        if (gone.value) removed.push(id);
      }
      learned.clear();
      refused.clear();
      deps.log.info('app-secret', `app secrets forgotten: ${removed.length}`);
      return ok(removed);
    },

    refusedFor: (token) => (candidate === null && forRun === null ? (refused.get(keyOf(token)) ?? []) : []),

    apps: () => deps.vault.apps(),

    useForRun(raw) {
      const secret = checkAppSecret(raw, 'app-secret-file');
      if (!secret.ok) return secret;
      forRun = hold(secret.value);
      return ok(undefined);
    },

    async trying(secret, body) {
      const previous = candidate;
      candidate = hold(secret);
      try {
        return await body();
      } finally {
        candidate = previous;
      }
    },
  };
}
