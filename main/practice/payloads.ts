/**
 * Graph error payloads with the verbatim texts of graph-api.md (§2, §6.3,
 * Appendix A). Every wording the handbook marks UNCONFIRMED or spec-example is
 * built here and nowhere else, so it can be corrected in one place.
 */
import { expiredTokenMessage } from './expiry-message';

export interface GraphError {
  readonly code: number;
  /** The `error` object without fbtrace_id, keys in Meta's order. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** HTTP status under the 'spec' status map, when it differs from the code's default. */
  readonly specStatus?: number;
  /** Fixed HTTP status regardless of the status map (faults). */
  readonly status?: number;
  /** Adds `WWW-Authenticate: OAuth "Facebook Platform" "<kind>" "<message>"`. */
  readonly authenticate?: 'invalid_token' | 'invalid_request';
  readonly headers?: Readonly<Record<string, string>>;
}

const DOCS = 'Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api';

/** Meta's key order: message, type, is_transient (when present), code, then the rest. */
function envelope(type: string, code: number, message: string, extra: Record<string, unknown>): GraphError {
  const { is_transient: isTransient, ...rest } = extra;
  const transientField = isTransient === undefined ? {} : { is_transient: isTransient };
  return { code, fields: { message, type, ...transientField, code, ...rest } };
}

export const oauthError = (code: number, message: string, extra: Record<string, unknown> = {}): GraphError =>
  envelope('OAuthException', code, message, extra);

const methodError = (code: number, message: string, extra: Record<string, unknown> = {}): GraphError =>
  envelope('GraphMethodException', code, message, extra);

// --- tokens (§6.3, A11) ---------------------------------------------------

export const invalidToken = (): GraphError => ({
  ...oauthError(190, 'Invalid OAuth access token data.'),
  authenticate: 'invalid_token',
});

export const expiredToken = (expiredAt: number, now: number): GraphError => ({
  ...oauthError(190, expiredTokenMessage(expiredAt, now), { error_subcode: 463 }),
  authenticate: 'invalid_token',
});

export const noTokenOnMe = (): GraphError => ({
  ...oauthError(2500, 'An active access token must be used to query information about the current user.'),
  authenticate: 'invalid_request',
});

/** Live Graph wording for any other path called without a token (not in graph-api.md). */
export const noToken = (): GraphError => ({
  ...oauthError(104, 'An access token is required to request this resource.'),
  authenticate: 'invalid_request',
});

// --- appsecret_proof (§6.3, §9) --------------------------------------------

/** The app has "Require App Secret" on and no proof came with the token (observed, several logs). */
export const appSecretProofRequired = (): GraphError =>
  methodError(100, 'API calls from the server require an appsecret_proof argument');

/** A proof that is not HMAC-SHA256(app secret, token) (F1 verbatim). */
export const appSecretProofInvalid = (): GraphError => methodError(100, 'Invalid appsecret_proof provided in the API argument');

// --- paths and objects ----------------------------------------------------

export const unknownPathComponents = (components: string): GraphError =>
  oauthError(2500, `Unknown path components: ${components}`);

/** GraphMethodException 100/33 (S27 verbatim POST form; GET/DELETE by the same pattern). */
export const unsupportedRequest = (method: string, id: string): GraphError =>
  methodError(
    100,
    `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. ${DOCS}`,
    { error_subcode: 33 },
  );

export const unsupportedRootRequest = (method: string): GraphError =>
  methodError(100, `Unsupported ${method.toLowerCase()} request. ${DOCS}`);

export const nonexistingField = (field: string, nodeType: string): GraphError =>
  oauthError(100, `(#100) Tried accessing nonexisting field (${field}) on node type (${nodeType})`);

export const parameterRequired = (name: string): GraphError => oauthError(100, `(#100) The parameter ${name} is required`);

// --- permissions ----------------------------------------------------------

/** Observed for business_management; used by analogy for whatsapp_business_management (UNCONFIRMED). */
export const requiresPermission = (permission: string): GraphError =>
  oauthError(200, `(#200) Requires ${permission} permission to manage the object`);

export const missingPermission = (): GraphError => oauthError(100, '(#100) Missing Permission');

/** Non-admin token on POST/DELETE assigned_users: spec-example (S4), live wording UNCONFIRMED. */
export const notAdmin = (): GraphError => ({
  ...oauthError(200, "Your app doesn't have permission to add users to this WhatsApp Business Account", {
    error_subcode: 1349174,
    error_user_title: 'Permission Denied',
    error_user_msg: "Your app doesn't have permission to access this resource",
  }),
  specStatus: 403,
});

/** MANAGE on a Multi-Partner WABA without MESSAGING: live wording UNCONFIRMED (graph-api.md §11.8). */
export const multiPartnerTaskRefused = (task: string): GraphError =>
  oauthError(
    200,
    `(#200) The task ${task} needs full access on the Multi-Partner Solution, including MESSAGING. Assign granular tasks (for example DEVELOP, MANAGE_TEMPLATES, MANAGE_PHONE) instead.`,
    {
      // Meta's user-facing pair, as its permission refusals carry it (shape per S4's spec-example; wording UNCONFIRMED).
      error_user_title: 'Task not available',
      error_user_msg: `${task} can't be given on this WhatsApp Business account because it is shared through a Multi-Partner Solution without messaging.`,
    },
  );

/**
 * A task outside the client edge's `permitted_tasks` (a scenario's list without MANAGE): live
 * wording UNCONFIRMED (graph-api.md §2.2 Open question 4); same shape as the multi-partner refusal.
 */
export const taskNotPermitted = (task: string, permitted: readonly string[]): GraphError =>
  oauthError(200, `(#200) The task ${task} is not permitted on this WhatsApp Business account. Permitted tasks: ${permitted.join(', ')}.`, {
    error_user_title: 'Task not available',
    error_user_msg: `${task} can't be given on this WhatsApp Business account. The business that shared it permits only: ${permitted.join(', ')}.`,
  });

// --- assigned_users (§2.3, §2.4) ------------------------------------------

/** User not a system user of a business with access: spec-example (S4). */
export const invalidUser = (): GraphError => oauthError(100, 'Invalid parameter: user must be a valid user ID');

/** Re-POST with repost='already-assigned-error': spec-example 422 (S4). */
export const alreadyAssigned = (): GraphError => ({
  ...methodError(100, 'User is already assigned to this WhatsApp Business Account'),
  specStatus: 422,
});

/** DELETE of an unassigned user: spec-example 404 (S4). */
export const notAssigned = (): GraphError => ({
  ...methodError(803, 'User is not assigned to this WhatsApp Business Account'),
  specStatus: 404,
});

/** Invalid task value: both wordings UNCONFIRMED (graph-api.md §2.3). */
export function invalidTask(
  style: 'param-one-of' | 'must-be-one-of-values',
  index: number,
  value: string,
  allowed: readonly string[],
): GraphError {
  return style === 'param-one-of'
    ? oauthError(100, `(#100) Param tasks[${index}] must be one of {${allowed.join(', ')}} - got "${value}"`)
    : oauthError(100, `(#100) tasks[${index}] must be one of the following values: ${allowed.join(', ')}`);
}

/** `tasks` not a list (seed wording, not found in any source: UNCONFIRMED). */
export const tasksNotArray = (): GraphError => oauthError(100, '(#100) Param tasks must be an array');

/** GET assigned_users with mismatchedBusiness='error': wording UNCONFIRMED. */
export const businessHasNoAccess = (): GraphError =>
  oauthError(100, '(#100) Param business must be a business that owns or has access to this WhatsApp Business Account');

// --- debug_token ------------------------------------------------------------

/** HTTP 200 body for an input_token that is not a token (§5.1, A2). */
export const undecryptableInputToken = (): unknown => ({
  data: { error: { code: 190, message: 'The access token could not be decrypted' }, is_valid: false, scopes: [] },
});

// --- transient and throttling (§6.3, A10) ---------------------------------

export const transient = (): GraphError =>
  oauthError(2, 'An unexpected error has occurred. Please retry your request later.', { is_transient: true });

/** Code 1, used for the http-5xx fault (its status is fixed by the fault). */
export const unknownError = (status: number): GraphError => ({ ...oauthError(1, 'An unknown error has occurred.'), status });

export const batchTooLarge = (): GraphError =>
  oauthError(100, '(#100) Too many requests in batch message. Maximum batch size is 50');

export const batchNotArray = (): GraphError => oauthError(100, '(#100) The parameter batch must be a JSON array');

/** A batch item whose parent (depends_on or a {result=…} reference) failed; wording UNCONFIRMED. */
export const batchDependencyFailed = (): GraphError =>
  oauthError(100, '(#100) This request depends on an earlier request in the batch that failed');

export const batchItemInvalid = (problem: string): GraphError => oauthError(100, `(#100) ${problem}`);

export const requestTooLarge = (): GraphError => oauthError(100, '(#100) The request body is too large');

export type ThrottleCode = 4 | 17 | 32 | 613 | 80008;

const THROTTLE_MESSAGES: Readonly<Record<ThrottleCode, string>> = {
  4: '(#4) Application request limit reached',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80008:
    '(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting.',
};

/**
 * A throttle error with the usage header a client backs off on (§7, A10):
 * `x-app-usage` for the app-level code 4, `x-business-use-case-usage` keyed by
 * the WABA id otherwise, carrying estimated_time_to_regain_access in minutes.
 */
export function throttled(code: ThrottleCode, objectId: string, regainMinutes: number): GraphError {
  const extra: Record<string, unknown> = code === 17 ? { is_transient: true, error_subcode: 2446079 } : {};
  const { fields } = oauthError(code, THROTTLE_MESSAGES[code], extra);
  const headers: Record<string, string> =
    code === 4
      ? { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 12, total_time: 15 }) }
      : {
          'x-business-use-case-usage': JSON.stringify({
            [objectId]: [
              {
                type: 'whatsapp_business_management',
                call_count: 100,
                total_cputime: 12,
                total_time: 15,
                estimated_time_to_regain_access: regainMinutes,
              },
            ],
          }),
        };
  return { code, fields, headers, specStatus: 429, ...(code === 4 ? { authenticate: 'invalid_request' as const } : {}) };
}
