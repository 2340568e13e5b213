/**
 * Credentials, one rule (graph-api.md §9, security.md L1, issue 8.9): the
 * token travels in `Authorization: Bearer` on every call, except a batch POST,
 * which carries it once as the top-level form field `access_token` (Meta's
 * batch reference: "include an access token as a top level parameter") and no
 * header. The token never goes in a URL or inside a batch item.
 *
 * Seam for appsecret_proof (issue 8.8): the proof goes beside the token, so a
 * batch adds it to the form `batchForm` returns and every other call adds it
 * as a query parameter; nothing here needs to change for it.
 */

/** The top-level form field of a batch POST that holds the token. */
export const BATCH_TOKEN_FIELD = 'access_token';

/** A batch request (graph-api.md §8): POST to the version root with a `batch` form field. */
export function isBatchPost(method: string, path: string, form: Readonly<Record<string, string>> | undefined): boolean {
  return method === 'POST' && form !== undefined && 'batch' in form && /^\/v\d+\.\d+\/?$/.test(path);
}

/** The request headers: Bearer on every call but a batch POST; a form content type when there is a body. */
export function requestHeaders(token: string, batch: boolean, hasBody: boolean): Record<string, string> {
  return {
    ...(batch ? {} : { authorization: `Bearer ${token}` }),
    accept: 'application/json',
    ...(hasBody ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
  };
}

/** The batch form with the token as its one top-level `access_token` field (a caller's own value never wins). */
export function batchForm(form: Readonly<Record<string, string>>, token: string): Record<string, string> {
  const rest = Object.fromEntries(Object.entries(form).filter(([name]) => name.toLowerCase() !== BATCH_TOKEN_FIELD));
  return { ...rest, [BATCH_TOKEN_FIELD]: token };
}
