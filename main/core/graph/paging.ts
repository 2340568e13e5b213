/**
 * Cursor paging (graph-api.md §1.4): follow `paging.next` until it is absent.
 *
 * A `next` URL comes from the network, so it is treated as hostile (security.md
 * L1): it is followed only on the configured origin (scheme, host and port),
 * and any credential it carries is stripped, because the token travels only in
 * the Authorization header and a URL is logged, cached and proxied.
 */
import { appError, type AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import type { GraphPage } from './wire-types';

/** Query parameters that carry credentials and are never sent in a URL. */
export const CREDENTIAL_PARAMS: readonly string[] = ['access_token', 'appsecret_proof', 'client_secret'];

const refused = (why: string): AppError =>
  appError('unexpected', `Refused to follow Meta's next-page link: ${why}.`);

/**
 * The path and query to request for a `paging.next` URL, or an error when the
 * link points anywhere but the configured origin.
 */
export function nextPageTarget(nextUrl: string, configuredBase: string): Result<string, AppError> {
  let next: URL;
  let base: URL;
  try {
    base = new URL(configuredBase);
  } catch {
    return err(refused('the configured base URL is invalid'));
  }
  try {
    next = new URL(nextUrl);
  } catch {
    return err(refused('it is not a valid URL'));
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') return err(refused('it is not an http(s) URL'));
  if (next.username || next.password) return err(refused('it carries credentials'));
  if (next.origin !== base.origin) return err(refused('it points to another host, port or scheme'));
  for (const name of [...next.searchParams.keys()]) {
    if (CREDENTIAL_PARAMS.includes(name.toLowerCase())) next.searchParams.delete(name);
  }
  return ok(`${next.pathname}${next.search}`);
}

export interface PageCollectorOptions {
  readonly baseUrl: string;
  readonly maxPages: number;
}

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
      return err(appError('unexpected', `Stopped after ${options.maxPages} pages; the list is longer than this app expects.`));
    }
    if (seen.has(target)) return err(refused('it repeats a page already read'));
    seen.add(target);
    const result: Result<GraphPage<W>, AppError> = await fetchPage(target);
    if (!result.ok) return result;
    const data = result.value.data;
    if (data !== undefined && !Array.isArray(data)) {
      return err(appError('unexpected', 'Meta sent a list page without a data array.'));
    }
    items.push(...(data ?? []));
    const next = result.value.paging?.next;
    if (typeof next !== 'string' || next.length === 0) {
      target = undefined;
    } else {
      const resolved = nextPageTarget(next, options.baseUrl);
      if (!resolved.ok) return resolved;
      target = resolved.value;
    }
  }
  return ok(items);
}
