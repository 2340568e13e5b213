/**
 * Cursor paging (graph-api.md §1.4): follow `paging.next` until it is absent.
 *
 * A `next` URL comes from the network, so it is treated as hostile (security.md
 * L1, X3): it is followed only on the configured origin (scheme, host and
 * port), the credentials the client knows by name are stripped, and then it is
 * refused if anything left (a parameter's name or value, or the path) carries a
 * piece of a held secret or anything shaped like a Meta token, whatever the
 * parameter is called (`input_token=<token>` in the attack run). The token
 * travels only in the Authorization header; a URL is logged, cached and proxied.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { pieceIndex } from '../../../shared/secret-pieces';
import { looksLikeMetaToken } from '../log/redact';
import type { GraphPage } from './wire-types';

/** Query parameters that carry credentials and are never sent in a URL. */
export const CREDENTIAL_PARAMS: readonly string[] = ['access_token', 'appsecret_proof', 'client_secret'];

/** Why a next-page link is not followed (shared/i18n coreError.nextPage.*). */
type Refusal = 'badBase' | 'badUrl' | 'notHttp' | 'credentials' | 'otherHost' | 'secretParam' | 'secretPath' | 'repeats';

const refused = (why: Refusal, params?: Readonly<Record<string, string>>): AppError => saidError('unexpected', `coreError.nextPage.${why}`, params);

/**
 * The path and query to request for a `paging.next` URL, or an error when the
 * link points anywhere but the configured origin.
 */
export function nextPageTarget(nextUrl: string, configuredBase: string, secrets: readonly string[] = []): Result<string, AppError> {
  let next: URL;
  let base: URL;
  try {
    base = new URL(configuredBase);
  } catch {
    return err(refused('badBase'));
  }
  try {
    next = new URL(nextUrl);
  } catch {
    return err(refused('badUrl'));
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') return err(refused('notHttp'));
  if (next.username || next.password) return err(refused('credentials'));
  if (next.origin !== base.origin) return err(refused('otherHost'));
  for (const name of [...next.searchParams.keys()]) {
    if (CREDENTIAL_PARAMS.includes(name.toLowerCase())) next.searchParams.delete(name);
  }
  const held = pieceIndex(secrets);
  const carriesSecret = (text: string): boolean => held.has(text) || looksLikeMetaToken(text);
  for (const [name, value] of next.searchParams) {
    if (carriesSecret(name) || carriesSecret(value)) {
      return err(refused('secretParam', { name: looksLikeMetaToken(name) || held.has(name) ? '…' : name }));
    }
  }
  if (carriesSecret(safeDecode(next.pathname))) return err(refused('secretPath'));
  return ok(`${next.pathname}${next.search}`);
}

export interface PageCollectorOptions {
  readonly baseUrl: string;
  readonly maxPages: number;
  /** Held secrets (the token, an app secret): a next link carrying a piece of one is refused. */
  readonly secrets?: readonly string[];
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Fetches the first page and every `next` page, concatenating `data`.
 * Stops with an error at the page cap or when a link repeats (a loop).
 */
export async function collectPages<W>(
  firstTarget: string,
  fetchPage: (target: string) => Promise<Result<GraphPage<W>, AppError>>,
  options: PageCollectorOptions,
): Promise<Result<readonly W[], AppError>> {
  const items: W[] = [];
  const seen = new Set<string>();
  let target: string | undefined = firstTarget;
  for (let page = 0; target !== undefined; page += 1) {
    if (page >= options.maxPages) {
      return err(saidError('unexpected', 'coreError.listTooLong', { max: options.maxPages }));
    }
    if (seen.has(target)) return err(refused('repeats'));
    seen.add(target);
    const result: Result<GraphPage<W>, AppError> = await fetchPage(target);
    if (!result.ok) return result;
    const data = result.value.data;
    if (data !== undefined && !Array.isArray(data)) {
      return err(saidError('unexpected', 'coreError.listNoData'));
    }
    items.push(...(data ?? []));
    const next = result.value.paging?.next;
    if (typeof next !== 'string' || next.length === 0) {
      target = undefined;
    } else {
      const resolved = nextPageTarget(next, options.baseUrl, options.secrets ?? []);
      if (!resolved.ok) return resolved;
      target = resolved.value;
    }
  }
  return ok(items);
}
