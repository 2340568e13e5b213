/**
 * The typed Graph client the rest of main/core uses (one call per endpoint in
 * graph-api.md's call sequence). Every call returns a Result: failures are
 * classified AppErrors carrying Meta's code, subcode and fbtrace_id.
 */
import type {
  AssignedUser,
  AssignRequest,
  Business,
  IdentifiedObject,
  Identity,
  PhoneNumber,
  SystemUser,
  TokenInfo,
  Waba,
  WabaAssignment,
  WabaDetails,
} from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import type { Result } from '../../../shared/result';

export type GraphResult<T> = Promise<Result<T, AppError>>;

export interface CallOptions {
  /** User Cancel; composed with the per-call deadline. */
  readonly signal?: AbortSignal;
  /** Receives Meta's trace ids (x-fb-trace-id / fbtrace_id) of every request the call made, for receipts and support. */
  readonly traces?: string[];
}

/** Meta trace ids collected from a call, for receipts and support. */
export interface Traced<T> {
  readonly value: T;
  readonly fbtraceIds: readonly string[];
}

export interface AssignOutcome {
  /** True when the POST's answer was lost and a read-back showed it had been applied. */
  readonly reconciled: boolean;
  readonly fbtraceIds: readonly string[];
  /** assigned_users as read right after the POST in the same batch, when that read came back whole. */
  readonly readBack?: readonly AssignedUser[];
}

/** One row's answer from assignUsers. */
export type AssignItemOutcome =
  | { readonly ok: true; readonly readBack?: readonly AssignedUser[] }
  /** `ambiguous`: Meta may or may not have applied it (null item, 5xx, lost connection): settle by a read. */
  | { readonly ok: false; readonly error: AppError; readonly ambiguous: boolean };

/** At most this many POST + read-back pairs go in one batch (50 items). */
export const MAX_ASSIGN_PAIRS = 25;

/** One batch item as the caller builds it (the client encodes bodies as strings). */
export interface BatchItem {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Relative to the version root, e.g. "me?fields=id,name". Never contains a token. */
  readonly relativeUrl: string;
  /** Form fields for POST. */
  readonly body?: Readonly<Record<string, string>>;
  readonly name?: string;
  readonly dependsOn?: string;
}

export interface BatchItemResult {
  readonly status: number;
  /** Parsed JSON body, or an AppError when the item failed. */
  readonly result: Result<unknown, AppError>;
}

export interface GraphClient {
  /** Self-inspection: GET debug_token?input_token=<own token>. */
  debugToken(options?: CallOptions): GraphResult<TokenInfo>;
  /**
   * debug_token of the own token as the first item of one batch with `items`
   * (up to 49 may reference each other by name, §8; more go in further batches
   * side by side and may not): inspection in one round trip. The token info and
   * each item's answer, in order.
   */
  debugTokenWith(
    items: readonly BatchItem[],
    options?: CallOptions,
  ): GraphResult<{ readonly info: Result<TokenInfo, AppError>; readonly answers: readonly BatchItemResult[] }>;
  /** GET me?fields=id,name. */
  me(options?: CallOptions): GraphResult<Identity>;
  /** GET me/businesses (all pages). */
  myBusinesses(options?: CallOptions): GraphResult<readonly Business[]>;
  /** GET {business}/system_users (all pages). Never called on a WABA id. */
  systemUsers(businessId: BusinessId, options?: CallOptions): GraphResult<readonly SystemUser[]>;
  /** GET {business}/owned_whatsapp_business_accounts (all pages). */
  ownedWabas(businessId: BusinessId, options?: CallOptions): GraphResult<readonly Waba[]>;
  /** GET {business}/client_whatsapp_business_accounts (all pages). */
  clientWabas(businessId: BusinessId, options?: CallOptions): GraphResult<readonly Waba[]>;
  /** GET {waba}?fields=... including owner_business_info and ownership_type. */
  waba(wabaId: WabaId, options?: CallOptions): GraphResult<WabaDetails>;
  /** GET {waba}/phone_numbers (all pages). */
  phoneNumbers(wabaId: WabaId, options?: CallOptions): GraphResult<readonly PhoneNumber[]>;
  /** GET {waba}/assigned_users?business=...&fields=id,name,tasks,user_type (all pages). */
  assignedUsers(wabaId: WabaId, businessId: BusinessId, options?: CallOptions): GraphResult<readonly AssignedUser[]>;
  /**
   * POST {waba}/assigned_users (user, tasks as a JSON array). Never blindly
   * re-sent: if the answer is lost, reads assigned_users back and decides.
   */
  assignUser(request: AssignRequest, options?: CallOptions): GraphResult<AssignOutcome>;
  /**
   * Up to 25 assignments, each on a different WABA, in ONE batch: each POST named, its read-back
   * `depends_on` it. Sent once, never retried or re-sent here: a row whose outcome is unknown comes
   * back `ambiguous` for the caller to settle by a read. A WABA that Meta's usage headers say to leave
   * alone for longer than a short pause is not sent and comes back rate-limited.
   */
  assignUsers(
    requests: readonly AssignRequest[],
    options?: CallOptions,
  ): GraphResult<{ readonly outcomes: readonly AssignItemOutcome[]; readonly fbtraceIds: readonly string[] }>;
  /** DELETE {waba}/assigned_users?user=... */
  removeUser(wabaId: WabaId, userId: SystemUserId, options?: CallOptions): GraphResult<{ readonly fbtraceIds: readonly string[] }>;
  /** GET {system-user}/assigned_whatsapp_business_accounts (all pages). */
  userAssignedWabas(userId: SystemUserId, options?: CallOptions): GraphResult<readonly WabaAssignment[]>;
  /** "What is this ID?": which kind of object the id is, as far as the token can see. */
  identify(id: string, options?: CallOptions): GraphResult<IdentifiedObject>;
  /** POST / with batch=[...] (at most 50 items; `null` items are retried). */
  batch(items: readonly BatchItem[], options?: CallOptions): GraphResult<readonly BatchItemResult[]>;
}
