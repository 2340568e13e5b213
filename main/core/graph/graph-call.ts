/**
 * One Graph request, done right: the token in `Authorization: Bearer`, or for
 * a batch POST once as its form field `access_token` (credentials.ts),
 * a per-call deadline composed with the user's Cancel, pacing on usage
 * headers, classification of every failure, trace ids collected, the served
 * API version logged once, and retries for idempotent methods only.
 */
import type { CallOptions } from './api';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import { redactText } from '../log/redact';
import { saidError } from '../said-error';
import type { Logger } from '../log/logger';
import type { SecretSource } from '../log/secrets';
import { classifyResponse, errorEnvelope } from './classify';
import { batchForm, isBatchPost, requestHeaders } from './credentials';
import type { GraphClientConfig } from './config';
import type { HttpTransport } from './http';
import type { Pacer } from './pacer';
import { appSecretProof, PROOF_PARAM, withProofQuery } from './appsecret-proof';
import { parseJsonOrUndefined } from './parse-json';
import { withRetry, type RetryTiming } from './retry';
import { PRACTICE_SERVER_HEADER } from '../../../shared/practice-header';

export type Method = 'GET' | 'POST' | 'DELETE';

/** A failed request; `ambiguous` when a write may have been applied although no answer says so. */
export interface Failure {
  readonly error: AppError;
  readonly ambiguous: boolean;
}

/** State of one client-method invocation (shared by its pages, retries and reconcile reads). */
export interface Call {
  readonly token: string;
  /** appsecret_proof for this token when its app's secret is known (graph-api.md §9); null otherwise. */
  readonly proof: string | null;
  readonly signal: AbortSignal;
  readonly deadlineAt: number;
  readonly traces: string[];
  readonly scrub: (text: string) => string;
  abortedError(request?: string): AppError;
  dispose(): void;
}

export interface CallerDeps {
  readonly config: GraphClientConfig;
  readonly transport: HttpTransport;
  readonly getToken: () => Promise<string | null>;
  readonly log: Logger;
  readonly pacer: Pacer;
  readonly timing: RetryTiming;
  /** Where the app secret of a token comes from; without it no proof is sent. */
  readonly proofs?: ProofSource;
  /** Called when an answer comes from the practice server (its own header), not from Meta. */
  readonly onPracticeServer?: () => void;
  /** Graph's `locale` (e.g. "pt_BR") for Meta's user messages in the user's language; read per request. */
  readonly locale?: () => string | undefined;
  /** The process's live secrets (the registry of main/core/log/secrets.ts); scrubbed from Meta's texts with the token. */
  readonly secrets?: SecretSource;
}

/** Adds Graph's `locale` to a request path's query, unless it has one (issue 8.2). */
export function withLocale(path: string, locale: string | undefined): string {
  if (locale === undefined || /[?&]locale=/.test(path)) return path;
  return `${path}${path.includes('?') ? '&' : '?'}locale=${encodeURIComponent(locale)}`;
}

/** What a probe call carrying a candidate proof showed. */
export type ProbeOutcome = 'valid' | 'invalid' | 'unknown';

export interface ProofSource {
  /**
   * The app secret to prove `token` with, or null. May try candidates with `probe`
   * (one GET /me carrying the candidate's proof) when the token's app is not known yet.
   */
  secretFor(token: string, probe: (secret: string) => Promise<ProbeOutcome>): Promise<string | null>;
  /** App IDs whose stored secret was tried for `token` and refused by Meta. */
  refusedFor(token: string): readonly string[];
}

/** Printable ASCII without spaces: anything else cannot be a Meta token and could split a header. */
const TOKEN_SHAPE = /^[\x21-\x7e]{1,4096}$/;
const MODULE = 'graph';

export interface GraphCaller {
  start(options?: CallOptions): Promise<Result<Call, AppError>>;
  /** Sends a request to `path` (absolute, e.g. "/v26.0/me?fields=id") and returns the parsed JSON. */
  send(call: Call, method: Method, path: string, form?: Readonly<Record<string, string>>, idempotent?: boolean): Promise<Result<unknown, Failure>>;
  /** "/vNN.0/" + relative. */
  versioned(relative: string): string;
}

/** Longest pause slept through without telling the caller. */
export const SILENT_WAIT_MS = 10_000;

export function createCaller(deps: CallerDeps): GraphCaller {
  const { config, transport, log, pacer, timing } = deps;
  let versionLogged = false;

  const labelOf = (method: Method, path: string): string => `${method} ${path.split('?')[0] ?? path}`;

  const noteResponse = (call: Call, headers: Readonly<Record<string, string | undefined>>, body: unknown): void => {
    const trace = headers['x-fb-trace-id'];
    const fromBody = errorEnvelope(body)?.fbtrace_id;
    for (const id of [trace, fromBody]) {
      // A "trace id" holding a piece of a secret is not one Meta made up: it is dropped, never kept for receipts (X4).
      if (typeof id === 'string' && /^[\w./+=-]{1,64}$/.test(id) && call.scrub(id) === id && !call.traces.includes(id)) call.traces.push(id);
    }
    pacer.observe(headers);
    if (headers[PRACTICE_SERVER_HEADER] !== undefined) deps.onPracticeServer?.();
    if (!versionLogged) {
      versionLogged = true;
      const header = headers['facebook-api-version'];
      // Only a version string is kept from this header; anything else is not logged (security.md X4).
      const served = header === undefined ? undefined : /^v\d+\.\d+$/.test(header) ? header : 'not a version';
      const fields = { requested: config.apiVersion, served: served ?? 'not sent' };
      if (served !== undefined && served !== config.apiVersion) log.warn(MODULE, 'Meta served a different Graph API version', fields);
      else log.info(MODULE, 'Graph API version in use', fields);
    }
  };

  async function attempt(call: Call, method: Method, path: string, body: string | undefined, batch: boolean): Promise<Result<unknown, Failure>> {
    const label = labelOf(method, path);
    const objectId = path.split('/')[2]?.split('?')[0] ?? '';
    const pause = pacer.delayFor(objectId);
    if (pause > 0) {
      // Short pauses (pacing near the limit, or a retry a moment early) are slept through; a longer wait Meta
      // asked for goes back to the caller as rate-limited, so people see a countdown, not an open-ended spinner.
      if (pause > Math.max(config.pacer.pauseMs, SILENT_WAIT_MS) || timing.now() + pause >= call.deadlineAt) {
        const error = saidError('rate-limited', 'coreError.metaAskedToWait', undefined, {
          request: label,
          retryAfterSec: Math.ceil(pause / 1000),
        });
        return err({ error, ambiguous: false });
      }
      log.info(MODULE, 'pacing a call: Meta reported high usage for this object', { request: label, waitMs: pause });
      await timing.sleep(pause, call.signal);
    }
    if (call.signal.aborted) return err({ error: call.abortedError(label), ambiguous: false });
    const headers = requestHeaders(call.token, batch, body !== undefined);
    const sent = await transport.send({ method, path, headers, signal: call.signal, ...(body === undefined ? {} : { body }) });
    if (!sent.ok) {
      const error = call.signal.aborted ? call.abortedError(label) : sent.error.error;
      log.warn(MODULE, `${label} failed: ${error.kind}`, { message: error.message });
      return err({ error, ambiguous: sent.error.maybeSent });
    }
    const { status, headers: resHeaders } = sent.value;
    const json = parseJsonOrUndefined(sent.value.body);
    noteResponse(call, resHeaders, json);
    if (status >= 200 && status < 300 && json !== undefined && errorEnvelope(json) === undefined) return ok(json);
    if (status >= 200 && status < 300 && json === undefined) {
      const error = saidError('unexpected', 'coreError.answerNotJson', undefined, { request: label, graph: { httpStatus: status } });
      return err({ error, ambiguous: false });
    }
    const error = classifyResponse({ status, body: json, headers: resHeaders, request: label, nowMs: timing.now(), scrub: call.scrub });
    log.warn(MODULE, `${label} failed: ${error.kind}`, {
      httpStatus: status,
      code: error.graph?.code,
      subcode: error.graph?.subcode,
      fbtraceId: error.graph?.fbtraceId,
      retryAfterSec: error.retryAfterSec,
    });
    return err({ error, ambiguous: status >= 500 });
  }

  /** "Proof required" while secrets are stored that Meta refused for this token: the stored secret is the wrong one. */
  function explainProof(call: Call, error: AppError): AppError {
    const refused = error.kind === 'app-secret-required' ? (deps.proofs?.refusedFor(call.token) ?? []) : [];
    if (refused.length === 0) return error;
    return { ...error, kind: 'app-secret-invalid', message: `The app secret stored for app ${refused.join(', ')} does not belong to this token's app, which requires one.` };
  }

  /** One GET /me carrying a candidate proof: tells whether the candidate secret is this token's app's. */
  async function probe(token: string, secret: string): Promise<ProbeOutcome> {
    const path = withProofQuery(`/${config.apiVersion}/me?fields=id`, appSecretProof(secret, token));
    const sent = await transport.send({
      method: 'GET',
      path,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(config.timeouts.headersMs),
    });
    if (!sent.ok) return 'unknown';
    const json = parseJsonOrUndefined(sent.value.body);
    if (sent.value.status >= 200 && sent.value.status < 300 && json !== undefined && errorEnvelope(json) === undefined) return 'valid';
    const scrub = (text: string): string => redactText(text, [token, secret]);
    const error = classifyResponse({ status: sent.value.status, body: json, headers: sent.value.headers, request: 'GET /me', nowMs: timing.now(), scrub });
    log.info(MODULE, `app secret probe: ${error.kind}`);
    return error.kind === 'app-secret-invalid' ? 'invalid' : 'unknown';
  }

  return {
    versioned: (relative) => `/${config.apiVersion}/${relative}`,

    async start(options) {
      const token = await deps.getToken().catch(() => null);
      if (token === null || token.length === 0) {
        return err(saidError('token-missing', 'coreError.tokenNotConnected'));
      }
      if (!TOKEN_SHAPE.test(token)) {
        return err(saidError('bad-input', 'coreError.storedTokenBadCharacters', undefined, { fields: ['token'] }));
      }
      const secret = deps.proofs ? await deps.proofs.secretFor(token, (candidate) => probe(token, candidate)) : null;
      const user = options?.signal;
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), config.deadlineMs);
      const signal = user ? AbortSignal.any([user, deadline.signal]) : deadline.signal;
      return ok({
        token,
        proof: secret === null ? null : appSecretProof(secret, token),
        signal,
        deadlineAt: timing.now() + config.deadlineMs,
        traces: [],
        // Every live secret, not just this token: Meta's texts may echo pieces of any of them (security.md X4).
        scrub: (text: string) => redactText(text, [token, ...(secret === null ? [] : [secret]), ...(deps.secrets?.list() ?? [])]),
        abortedError: (request?: string) =>
          user?.aborted
            ? saidError('cancelled', 'coreError.callCancelled', undefined, request ? { request } : {})
            : saidError('timeout', 'coreError.callDeadline', { seconds: Math.round(config.deadlineMs / 1000) }, request ? { request } : {}),
        dispose: () => clearTimeout(timer),
      });
    },

    async send(call, method, rawPath, rawForm, idempotent = method !== 'POST') {
      // Credentials, one rule (credentials.ts): a batch POST carries the token in its form body and no header;
      // the proof goes beside the token: a form field of a batch POST, a query parameter elsewhere.
      const batch = isBatchPost(method, rawPath, rawForm);
      const form = call.proof !== null && batch && rawForm !== undefined ? { ...rawForm, [PROOF_PARAM]: call.proof } : rawForm;
      const path = call.proof !== null && !batch ? withProofQuery(rawPath, call.proof) : rawPath;
      const body = form === undefined ? undefined : new URLSearchParams(batch ? batchForm(form, call.token) : form).toString();
      const label = labelOf(method, path);
      const localized = withLocale(path, deps.locale?.());
      const result = await withRetry(() => attempt(call, method, localized, body, batch), {
        idempotent,
        policy: config.retry,
        signal: call.signal,
        deadlineAt: call.deadlineAt,
        timing,
        abortedError: () => call.abortedError(label),
        onRetry: (n, error, delayMs) => log.info(MODULE, `retrying ${label} after ${error.kind}`, { attempt: n + 1, delayMs }),
      });
      if (result.ok) return result;
      const failure = result.error;
      return err({ error: explainProof(call, failure.error), ambiguous: 'ambiguous' in failure ? failure.ambiguous : false });
    },
  };
}
