/**
 * A Graph request as handlers see it, whether it came over HTTP or inside a
 * batch: method, version, path segments, merged parameters and the token.
 */
import type { GraphError } from './payloads';
import { unknownPathComponents } from './payloads';

export interface GraphRequest {
  readonly method: string;
  /** e.g. "v26.0": from the path, or the server default for unversioned paths. */
  readonly version: string;
  /** Path segments after the version, e.g. ["102290129340398", "assigned_users"]. */
  readonly segments: readonly string[];
  /** The URL query only (paging links are built from it). */
  readonly query: URLSearchParams;
  /** Query and body parameters merged (body wins); JSON bodies keep their value types. */
  readonly params: ReadonlyMap<string, unknown>;
  readonly token: string | undefined;
  /** `appsecret_proof` sent beside the token (query, form field, or a batch's top level). */
  readonly proof: string | undefined;
  /** Origin of this server, e.g. "http://127.0.0.1:41234". */
  readonly origin: string;
}

const VALID_VERSION = /^v(?:\d+\.0|2\.(?:\d|1[0-2]))$/;
const LOOKS_LIKE_VERSION = /^v?\d+\.\d+$/;

export type ParsedPath =
  | { readonly ok: true; readonly version: string | undefined; readonly segments: readonly string[] }
  | { readonly ok: false; readonly error: GraphError };

/** Splits "/v26.0/me/businesses" into version and segments; malformed versions give 2500 (§10). */
export function parsePath(path: string): ParsedPath {
  const segments = path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => safeDecode(s));
  const [first, ...rest] = segments;
  if (first === undefined || !LOOKS_LIKE_VERSION.test(first)) return { ok: true, version: undefined, segments };
  if (VALID_VERSION.test(first)) return { ok: true, version: first, segments: rest };
  const components = rest.length > 0 ? `/${rest.join('/')}` : `/${first}`;
  return { ok: false, error: unknownPathComponents(components) };
}

/** The path without its version prefix, as fault rules match it. */
export function unversionedPath(path: string): string {
  const parsed = parsePath(path);
  return parsed.ok ? `/${parsed.segments.join('/')}` : path;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The `appsecret_proof` parameter (query or form body), when sent. */
export function proofOf(params: ReadonlyMap<string, unknown>): string | undefined {
  const value = params.get('appsecret_proof');
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** `Authorization: Bearer <T>` (or `OAuth <T>`) first, then `access_token` in query or body. */
export function tokenOf(authorization: string | undefined, params: ReadonlyMap<string, unknown>): string | undefined {
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (match?.[1]) return match[1];
  const value = params.get('access_token');
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
