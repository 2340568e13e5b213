/**
 * Turns a Graph answer that is not a success into an AppError by Meta's
 * `error.code` (graph-api.md §6.2), keeping code, subcode, type, fbtrace_id and
 * the user-facing title/message for support. HTTP status is only a fallback:
 * Meta sends most errors as 400 whatever they mean.
 */
import type { AppError, AppErrorKind, GraphErrorDetail } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { MessageKey } from '../../../shared/i18n';
import { retryAfterSecFrom, type HeaderMap } from './usage';
import type { GraphErrorEnvelope } from './wire-types';

export const TOKEN_CODES: readonly number[] = [190, 102];
export const TOKEN_SUBCODES: readonly number[] = [458, 459, 460, 463, 464, 467, 492];
/** 130429 is the WhatsApp Cloud API's "Rate limit hit" (throughput): a throttle like the others. */
export const RATE_LIMIT_CODES: readonly number[] = [4, 17, 32, 341, 613, 130429, ...Array.from({ length: 15 }, (_, i) => 80000 + i)];
export const TRANSIENT_CODES: readonly number[] = [1, 2];
export const PERMISSION_CODES: readonly number[] = [3, 10, ...Array.from({ length: 100 }, (_, i) => 200 + i)];

export interface ResponseFacts {
  readonly status: number;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  readonly body: unknown;
  readonly headers: HeaderMap;
  /** "METHOD /vNN.0/path", without query. */
  readonly request: string;
  readonly nowMs: number;
  /** Scrubs secrets (whole, or any 12+ character piece) out of Meta's texts before they are kept: message, user title and message, fbtrace_id. */
  readonly scrub: (text: string) => string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

/** The `error` member of a Graph answer, when there is one. */
export function errorEnvelope(body: unknown): GraphErrorEnvelope['error'] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const inner = (body as { error?: unknown }).error;
  return typeof inner === 'object' && inner !== null ? (inner as GraphErrorEnvelope['error']) : undefined;
}

/**
 * Code 2500 means two different things (graph-api.md §6.2): "Unknown path components" (a bad path
 * or version: invalid request) and "An active access token must be used…" (no or no usable token).
 */
const NO_ACTIVE_TOKEN = /active access token/i;

/** Kind for an envelope code (and, for 2500, its message); null when the code alone does not decide. */
export function kindForCode(code: number, subcode: number | undefined, message = ''): AppErrorKind | null {
  if (TOKEN_CODES.includes(code)) return 'token-invalid';
  if (code === 2500 && NO_ACTIVE_TOKEN.test(message)) return 'token-invalid';
  if (RATE_LIMIT_CODES.includes(code)) return 'rate-limited';
  if (TRANSIENT_CODES.includes(code)) return 'transient';
  if (code === 100 && subcode === 33) return 'not-found';
  if (code === 803) return 'not-found';
  if (code === 100 || code === 2500 || code === 110) return 'invalid-request';
  if (PERMISSION_CODES.includes(code)) return 'permission-denied';
  return null;
}

/**
 * Meta answers both appsecret_proof refusals with code 100 (graph-api.md §6.3); only the
 * message tells them apart from an ordinary bad parameter.
 */
export function appSecretKind(code: number | undefined, message: string | undefined): AppErrorKind | null {
  if (code !== 100 || message === undefined) return null;
  if (/require an appsecret_proof argument/i.test(message)) return 'app-secret-required';
  if (/invalid appsecret_proof/i.test(message)) return 'app-secret-invalid';
  return null;
}

/** The kinds a refusal by Meta has its own sentence for (shared/i18n coreError.meta.<kind>); any other is "The call failed". */
const SUMMARY_KINDS: readonly AppErrorKind[] = [
  'token-invalid', 'rate-limited', 'transient', 'not-found', 'invalid-request', 'permission-denied', 'proxy-auth',
  'app-secret-required', 'app-secret-invalid', 'unexpected',
];

const summaryKey = (kind: AppErrorKind): MessageKey => (SUMMARY_KINDS.includes(kind) ? `coreError.meta.${kind}` : 'coreError.meta.other') as MessageKey;

function kindWithoutCode(status: number, isTransient: boolean): AppErrorKind {
  if (isTransient) return 'transient';
  if (status >= 500) return 'transient';
  if (status === 429) return 'rate-limited';
  if (status === 407) return 'proxy-auth';
  if (status === 401) return 'token-invalid';
  if (status === 403) return 'permission-denied';
  if (status === 404) return 'not-found';
  return 'unexpected';
}

/** Classifies a non-2xx answer, or a 2xx whose body carries an `error` member. */
export function classifyResponse(facts: ResponseFacts): AppError {
  const envelope = errorEnvelope(facts.body);
  const code = int(envelope?.code);
  const subcode = int(envelope?.error_subcode);
  const isTransient = envelope?.is_transient === true;
  const kind =
    appSecretKind(code, str(envelope?.message)) ??
    (code !== undefined ? kindForCode(code, subcode, str(envelope?.message) ?? '') : null) ??
    kindWithoutCode(facts.status, isTransient);
  const graph: GraphErrorDetail = {
    httpStatus: facts.status,
    ...(code !== undefined ? { code } : {}),
    ...(subcode !== undefined ? { subcode } : {}),
    ...(str(envelope?.type) ? { type: str(envelope?.type) } : {}),
    ...(str(envelope?.fbtrace_id) ? { fbtraceId: facts.scrub(str(envelope?.fbtrace_id) ?? '') } : {}),
    ...(str(envelope?.error_user_title) ? { userTitle: facts.scrub(str(envelope?.error_user_title) ?? '') } : {}),
    ...(str(envelope?.error_user_msg) ? { userMessage: facts.scrub(str(envelope?.error_user_msg) ?? '') } : {}),
    ...(str(envelope?.message) ? { message: facts.scrub(str(envelope?.message) ?? '') } : {}),
    ...(typeof envelope?.is_transient === 'boolean' ? { isTransient: envelope.is_transient } : {}),
  };
  const codeText = code === undefined ? `HTTP ${facts.status}` : `${code}${subcode === undefined ? '' : `/${subcode}`}`;
  const retryAfterSec = kind === 'rate-limited' ? retryAfterSecFrom(facts.headers, facts.nowMs) : undefined;
  return saidError(kind, summaryKey(kind), { code: codeText }, {
    graph,
    request: facts.request,
    ...(retryAfterSec !== undefined ? { retryAfterSec } : {}),
  });
}

/** Kinds a retry can cure; everything else (190, 10, 200-299, 100, ...) is final. */
export function isRetryableKind(kind: AppErrorKind): boolean {
  return kind === 'transient' || kind === 'network' || kind === 'timeout' || kind === 'rate-limited';
}
