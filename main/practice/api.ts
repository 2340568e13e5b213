/**
 * The embedding API of the Graph practice server: what tests, benchmarks, the
 * CLI (`waba-access practice`) and the app's practice mode use. The server
 * itself lives beside this file; this is its contract.
 */

/** One request as the server saw it; tests and benchmarks read these. */
export interface RequestLogEntry {
  readonly seq: number;
  /** When the request arrived, in milliseconds since the server started (monotonic). */
  readonly at: number;
  /** When its answer was sent, or a fault cut it (same clock as `at`). */
  readonly endAt: number;
  readonly method: string;
  /** Path without the query string, e.g. "/v26.0/102290129340398/assigned_users". */
  readonly path: string;
  /** Query parameters with any access_token/appsecret_proof value replaced by "[present]". */
  readonly query: Readonly<Record<string, string>>;
  /**
   * True if the URL carried a credential parameter (access_token, input_token, client_secret), a
   * token-shaped string, or any 12-character piece of a scenario token: a leak the client must never cause.
   */
  readonly tokenInUrl: boolean;
  /** True if an `Authorization: Bearer` header was present. */
  readonly bearer: boolean;
  /** For batch requests: the number of items. */
  readonly batchSize?: number;
  /** HTTP status sent, or "reset"/"stalled" when a fault cut the response. */
  readonly outcome: number | 'reset' | 'stalled';
}

/** One request exactly as it arrived, for the tests' leak oracle (never scrubbed; memory only). */
export interface RawRequest {
  readonly seq: number;
  readonly method: string;
  /** The request target as sent: path and query, not decoded. */
  readonly url: string;
  /** Every header, in order, names as the client spelled them. */
  readonly headers: readonly (readonly [string, string])[];
  /** The body as UTF-8 text ("" when there was none). */
  readonly body: string;
}

/** Faults a test can inject. Each rule matches requests and fires `times` times (default 1). */
export type Fault =
  | { readonly kind: 'latency'; readonly ms: number }
  /** Accept the request, never send headers. */
  | { readonly kind: 'stall-headers' }
  /** Send headers and part of the body, then stall. */
  | { readonly kind: 'stall-body' }
  /** Apply the request (e.g. a POST assignment), then destroy the socket without answering. */
  | { readonly kind: 'reset-after-apply' }
  /** Destroy the socket before applying anything. */
  | { readonly kind: 'reset-before-apply' }
  /** A Graph error response: HTTP 500 code 2 (transient) or a given code. */
  | { readonly kind: 'transient' }
  | { readonly kind: 'http-5xx'; readonly status: number }
  /** 80008 with an X-Business-Use-Case-Usage header carrying estimated_time_to_regain_access (minutes). */
  | { readonly kind: 'throttle'; readonly code?: 4 | 17 | 32 | 613 | 80008; readonly regainMinutes: number }
  /** Answer 190/463 (expired) for this token from now on. */
  | { readonly kind: 'expire-token' }
  /** Return a custom Graph error envelope. */
  | { readonly kind: 'graph-error'; readonly status: number; readonly body: unknown };

export interface FaultRule {
  readonly fault: Fault;
  /** Match on method (default any). */
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Match when the request path (without version prefix) contains this string, e.g. "/assigned_users". */
  readonly pathIncludes?: string;
  /** Match only batch requests (or only batch items when used inside a batch). */
  readonly batch?: boolean;
  /** How many matching requests this rule fires for; default 1; Infinity for always. */
  readonly times?: number;
}

/**
 * Switches for behaviours graph-api.md marks UNCONFIRMED. Defaults follow the
 * handbook's "simulator default" notes.
 */
export interface PracticeBehaviours {
  /**
   * Second POST for an assigned user: replace tasks (default), the spec-example 422 error, or `add-only`:
   * success, but the tasks the user had stay (a write whose taking-away did not apply).
   */
  readonly repost: 'replace' | 'already-assigned-error' | 'add-only';
  /** Include `paging.cursors` on single-page edge responses (default true). */
  readonly pagingOnSinglePage: boolean;
  /** Accept the 15-task OpenAPI union (default) or only the 10-value Graph reference list. */
  readonly taskEnum: 'openapi-15' | 'strict-10';
  /** Accept a bare `tasks=MANAGE` string (default false: rejected as invalid). */
  readonly acceptBareTaskString: boolean;
  /** GET assigned_users with a business that does not own/see the WABA: empty data (default) or error 100. */
  readonly mismatchedBusiness: 'empty' | 'error';
  /** List admin system users with implicit access in GET assigned_users (default false). */
  readonly listImplicitAdmins: boolean;
  /** `/me/businesses` for system-user tokens with business_management: list the owner business (default) or error 100. */
  readonly meBusinesses: 'list' | 'error';
  /** HTTP status for error codes: 'observed' (400; 500 for 1/2; 403 for 10 and 200-299) or 'spec' (401/403/404/422/429). */
  readonly statusMap: 'observed' | 'spec';
  /** Page size for edges when the client sends no `limit` (default 25). */
  readonly defaultPageSize: number;
}

export interface PracticeServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Path to a scenario JSON file, or a scenario object; default: the shipped default scenario. */
  readonly scenario?: string | object;
  readonly behaviours?: Partial<PracticeBehaviours>;
  /** Version the server answers in `facebook-api-version` when the path has none (default v26.0). */
  readonly defaultVersion?: string;
}

export interface PracticeServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash, no version). */
  readonly url: string;
  readonly port: number;
  /** Requests seen so far, oldest first. */
  readonly log: readonly RequestLogEntry[];
  /** The same requests raw (URL, every header, body), for leak checks; emptied by clearLog too. */
  readonly rawRequests: readonly RawRequest[];
  /** Raw requests dropped because the raw log was full (a leak check must see 0). */
  readonly rawDropped: number;
  clearLog(): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  setBehaviours(change: Partial<PracticeBehaviours>): void;
  /** Current tasks of a user on a WABA (undefined if not assigned), for assertions. */
  assignedTasks(wabaId: string, userId: string): readonly string[] | undefined;
  /** How many POSTs to assigned_users were applied (counts re-posts too). */
  readonly appliedPosts: number;
  /** How many POST/DELETE requests arrived (alone or as batch items), accepted or refused: 0 proves nothing was sent. */
  readonly writeRequests: number;
  close(): Promise<void>;
}
