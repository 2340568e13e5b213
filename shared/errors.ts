/**
 * The closed set of failures the product can explain. Only AppError crosses a
 * boundary (IPC, CLI output, logs); raw undici or Node errors never do, and no
 * field ever holds the token (security.md L3).
 */
export const APP_ERROR_KINDS = [
  /** The token is malformed, revoked, expired or otherwise rejected (Meta code 190, 102; 2500 "An active access token must be used"). */
  'token-invalid',
  /** No token has been connected yet, or the keychain entry is gone. */
  'token-missing',
  /** The token works but lacks a scope, role or task for this call (codes 3, 10, 200-299). */
  'permission-denied',
  /** The object does not exist or the token cannot see it (code 100 subcode 33). */
  'not-found',
  /** The app has "Require App Secret" on and no appsecret_proof was sent (code 100, graph-api.md §9). */
  'app-secret-required',
  /** Meta refused the appsecret_proof: the app secret is not the token's app's (code 100). */
  'app-secret-invalid',
  /** Meta rejected a parameter or path (code 100; 2500 "Unknown path components"). */
  'invalid-request',
  /** Throttled (codes 4, 17, 32, 341, 613, 130429, 80000-80014); `retryAfterSec` when known. */
  'rate-limited',
  /** Meta had a temporary problem and retries ran out (codes 1, 2, is_transient, HTTP 5xx). */
  'transient',
  /** The connection failed (DNS, refused, reset) before an answer arrived. */
  'network',
  /** No answer in time (connect, headers, body or the per-call deadline). */
  'timeout',
  /** The proxy asked for credentials (HTTP 407). */
  'proxy-auth',
  /** The system proxy is of a kind this app cannot use (SOCKS, ...). */
  'proxy-unsupported',
  /** The server's TLS certificate is not trusted. */
  'tls-untrusted',
  /** The user cancelled. */
  'cancelled',
  /** Input from the user or a caller failed validation (bad id, unknown task, malformed token). */
  'bad-input',
  /** The OS keychain is not usable; the token is kept in memory for this run only. */
  'keychain-unavailable',
  /** A write was sent but reading it back did not show the expected tasks. */
  'not-verified',
  /** A request that did not come from the wizard's own window (IPC sender check). */
  'forbidden',
  /** Anything else; `message` says what, without secrets. */
  'unexpected',
] as const;

export type AppErrorKind = (typeof APP_ERROR_KINDS)[number];

/** Meta's error envelope fields, kept for support (graph-api.md §6.1). */
export interface GraphErrorDetail {
  readonly httpStatus?: number;
  readonly code?: number;
  readonly subcode?: number;
  readonly type?: string;
  readonly fbtraceId?: string;
  /** Meta's localised title/message for end users, when present. */
  readonly userTitle?: string;
  readonly userMessage?: string;
  /** Meta's developer message; already redacted. */
  readonly message?: string;
  readonly isTransient?: boolean;
}

export interface AppError {
  readonly kind: AppErrorKind;
  /** Plain English developer-facing summary, never containing secrets. UI text comes from i18n by kind. */
  readonly message: string;
  readonly graph?: GraphErrorDetail;
  /** For rate limits: seconds until Meta says access is regained. */
  readonly retryAfterSec?: number;
  /** Which request failed, without query string (e.g. "GET /v26.0/123/assigned_users"). */
  readonly request?: string;
  /** For bad-input: the offending field paths. */
  readonly fields?: readonly string[];
  /**
   * The message as a shared/i18n key and its values, when the core has words for it
   * (main/core/said-error.ts): callers say it in the user's language; `message` is its English.
   */
  readonly text?: ErrorText;
  /**
   * The message itself says what to do ("Add --yes", "give it once", "use WABA 123"): no generic
   * "What to do" line is added under it (a remedy for Meta's code, or a command's own advice, still is).
   */
  readonly fixInMessage?: boolean;
  /**
   * The message names the problem in its own words, so no kind title is put before it: the kind
   * sets the exit code, but its title would misstate this case (a provider token of the wrong
   * system user is a token problem, yet Meta accepts the token).
   */
  readonly untitled?: boolean;
}

/** A shared/i18n message key with the values of its {{placeholders}}. */
export interface ErrorText {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const appError = (
  kind: AppErrorKind,
  message: string,
  extra: Omit<AppError, 'kind' | 'message'> = {},
): AppError => ({ kind, message, ...extra });

export const isAppError = (value: unknown): value is AppError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === 'string' &&
  (APP_ERROR_KINDS as readonly string[]).includes((value as { kind: string }).kind) &&
  typeof (value as { message?: unknown }).message === 'string';

/** Bad input whose message says how to fix it ("Add --yes ...", "give it once"): no generic "What to do" is added under it. */
export const inputWithFix = (message: string, fields?: readonly string[]): AppError =>
  appError('bad-input', message, { ...(fields ? { fields } : {}), fixInMessage: true });
