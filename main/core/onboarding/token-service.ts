/**
 * Which token the session uses, and where it lives (security.md S1-S4): the
 * token crosses inward once (connect), goes to the vault only after Meta
 * accepted it, and is registered with the log redactor while held. Practice
 * tokens and a CLI `--token-stdin` token stay in memory and never reach the
 * keychain. Nothing here returns the token to a caller outside core.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import type { ConnectOutcome, TokenStatus } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import type { SecretRegistry } from '../log/secrets';
import type { Vault } from '../vault/vault';
import { fingerprintOf } from './diagnose';
import type { Inspection } from './inspect-token';
import { normalizeToken, tokenLast4 } from './normalize-token';

type Source = 'vault' | 'transient' | 'practice';

export interface TokenService {
  /** The token for the Graph client; null when none is connected. Core-internal. */
  current(): Promise<string | null>;
  status(): Promise<TokenStatus>;
  /** Normalises, inspects with the candidate, and stores it only if Meta accepts it. */
  connect(pasted: string): Promise<Result<ConnectOutcome, AppError>>;
  /** Practice mode: a scenario token, memory only. */
  usePractice(token: string): Promise<Result<ConnectOutcome, AppError>>;
  /** CLI --token-stdin: use for this run, never stored. */
  useTransient(pasted: string): Result<void, AppError>;
  inspect(): Promise<Result<Inspection, AppError>>;
  forget(): Promise<Result<TokenStatus, AppError>>;
  /** Leaving or entering practice mode drops the practice token. */
  resetPractice(): void;
}

export interface TokenServiceDeps {
  readonly vault: Vault;
  readonly secrets: SecretRegistry;
  readonly practice: () => boolean;
  /** Runs the inspection with whatever current() returns. */
  readonly inspect: (last4: string) => Promise<Result<Inspection, AppError>>;
  /** Called when the token in use changes (the session clears what it learned). */
  readonly onChange: () => void;
}

interface Held {
  readonly token: string;
  readonly release: () => void;
  inspection?: Inspection;
}

export function createTokenService(deps: TokenServiceDeps): TokenService {
  const usePractice = (token: string): Promise<Result<ConnectOutcome, AppError>> => {
    if (!deps.practice()) return Promise.resolve(err(saidError('bad-input', 'coreError.practiceOnly', undefined, { fields: ['label'] })));
    return tryToken(token, async (inspection) => {
      hold('practice', token).inspection = inspection;
      return ok(false);
    });
  };
  const held: Partial<Record<Source, Held>> = {};
  /** A candidate being inspected during connect, before it is accepted. */
  let candidate: string | null = null;
  /**
   * The keychain's token, read once. Callers that ask side by side (a plan and the receipt's fingerprint)
   * all wait for the one read: a flag set before the read finished made the second caller see no token
   * at all, so a stored token's fingerprint, and with it the token's role, stayed unknown (issue 8.1).
   */
  let vaultLoad: Promise<void> | null = null;

  const hold = (source: Source, token: string): Held => {
    held[source]?.release();
    const entry: Held = { token, release: deps.secrets.register(token) };
    held[source] = entry;
    return entry;
  };
  const drop = (source: Source): void => {
    held[source]?.release();
    delete held[source];
  };

  const active = async (): Promise<{ source: Source; entry: Held } | null> => {
    if (deps.practice()) return held.practice ? { source: 'practice', entry: held.practice } : null;
    if (held.transient) return { source: 'transient', entry: held.transient };
    vaultLoad ??= deps.vault.load().then((stored) => {
      if (stored !== null) hold('vault', stored);
    });
    await vaultLoad;
    return held.vault ? { source: 'vault', entry: held.vault } : null;
  };

  async function status(): Promise<TokenStatus> {
    const now = await active();
    const fingerprint = now ? (now.entry.inspection ? now.entry.inspection.diagnosis.fingerprint : fingerprintOf(null, tokenLast4(now.entry.token))) : null;
    if (deps.practice() || (now && now.source !== 'vault')) {
      return { connected: now !== null, persisted: false, backend: 'memory', fingerprint };
    }
    // Live mode with the vault's token, or none: say where a token is (or would be) kept.
    const vault = await deps.vault.status();
    return {
      connected: now !== null,
      persisted: now !== null && vault.persisted,
      backend: vault.backend,
      ...(vault.reason ? { keychainProblem: vault.reason } : {}),
      fingerprint,
    };
  }

  /** Inspects `token` as the candidate; the previous token stays in use if Meta refuses it. */
  async function tryToken(token: string, accept: (inspection: Inspection) => Promise<Result<boolean, AppError>>) {
    const release = deps.secrets.register(token);
    candidate = token;
    try {
      deps.onChange();
      const inspection = await deps.inspect(tokenLast4(token));
      if (!inspection.ok) return inspection;
      const stored = await accept(inspection.value);
      if (!stored.ok) return stored;
      return ok({ stored: stored.value, status: await status(), diagnosis: inspection.value.diagnosis });
    } finally {
      candidate = null;
      release();
    }
  }

  return {
    async current() {
      if (candidate !== null) return candidate;
      return (await active())?.entry.token ?? null;
    },
    status,

    async connect(pasted) {
      const token = normalizeToken(pasted);
      if (!token.ok) return token;
      if (deps.practice()) return usePractice(token.value);
      return tryToken(token.value, async (inspection) => {
        if (inspection.info?.isValid !== true || !inspection.diagnosis.usable) {
          // Refused by Meta, not a system user's, or failing a read the job needs (issue 8.1): never stored,
          // never replacing the stored token. What it saw must not linger into the next step.
          deps.onChange();
          return ok(false);
        }
        const saved = await deps.vault.save(token.value);
        if (!saved.ok) return saved;
        drop('transient');
        hold('vault', token.value).inspection = inspection;
        vaultLoad = Promise.resolve();
        return ok(true);
      });
    },

    usePractice,

    useTransient(pasted) {
      const token = normalizeToken(pasted);
      if (!token.ok) return token;
      hold('transient', token.value);
      deps.onChange();
      return ok(undefined);
    },

    async inspect() {
      const now = await active();
      if (!now) return err(saidError('token-missing', 'coreError.tokenNotConnected'));
      const inspection = await deps.inspect(tokenLast4(now.entry.token));
      if (inspection.ok) now.entry.inspection = inspection.value;
      return inspection;
    },

    async forget() {
      if (deps.practice()) {
        drop('practice');
      } else {
        drop('transient');
        const forgotten = await deps.vault.forget();
        if (!forgotten.ok) return forgotten;
        drop('vault');
        vaultLoad = Promise.resolve();
      }
      deps.onChange();
      return ok(await status());
    },

    resetPractice() {
      drop('practice');
      deps.onChange();
    },
  };
}
