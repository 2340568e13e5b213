/**
 * Cursor paging for edges (graph-api.md §1.4, S21): `limit` (default
 * behaviours.defaultPageSize, at most 100), `after`/`before` cursors,
 * `paging.next`/`previous` as absolute URLs on this server carrying every
 * original query parameter except the token (unless a test asks for it).
 */
import type { HandlerContext } from './context';
import { jsonReply, type GraphReply } from './reply';

const MAX_LIMIT = 100;
const PREFIX = 'AQHR';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const unb64 = (text: string): string => Buffer.from(text, 'base64url').toString('utf8');

/** Meta-looking opaque cursor ("QVFIU…"): base64 of "AQHR" + base64 of the item key. */
export const encodeCursor = (key: string): string => b64(PREFIX + b64(key));

export function decodeCursor(cursor: string): string | undefined {
  const outer = unb64(cursor);
  return outer.startsWith(PREFIX) ? unb64(outer.slice(PREFIX.length)) : undefined;
}

function limitOf(ctx: HandlerContext): number {
  const raw = ctx.request.params.get('limit');
  const limit = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? ''), 10);
  if (!Number.isFinite(limit) || limit < 1) return ctx.behaviours.defaultPageSize;
  return Math.min(limit, MAX_LIMIT);
}

function wantsTotal(ctx: HandlerContext): boolean {
  const summary = ctx.request.params.get('summary');
  return typeof summary === 'string' && (summary === 'true' || summary.split(',').includes('total_count'));
}

function pageUrl(ctx: HandlerContext, limit: number, cursor: { readonly after?: string; readonly before?: string }): string {
  const { request, behaviours } = ctx;
  const query = new URLSearchParams();
  if (behaviours.nextIncludesAccessToken && request.token) query.set('access_token', request.token);
  if (behaviours.nextTokenParam !== null && request.token) query.set(behaviours.nextTokenParam, request.token);
  request.query.forEach((value, key) => {
    if (key !== 'access_token' && key !== 'after' && key !== 'before') query.append(key, value);
  });
  if (!query.has('limit')) query.set('limit', String(limit));
  if (cursor.after) query.set('after', cursor.after);
  if (cursor.before) query.set('before', cursor.before);
  const origin = behaviours.nextHostOverride ?? request.origin;
  const path = [request.version, ...request.segments].map(encodeURIComponent).join('/');
  return `${origin}/${path}?${query.toString()}`;
}

/** One page of `items` as a Graph edge response. */
export function pageReply<T>(
  ctx: HandlerContext,
  items: readonly T[],
  keyOf: (item: T) => string,
  renderItem: (item: T) => Record<string, unknown>,
): GraphReply {
  const limit = limitOf(ctx);
  const indexOf = (cursor: unknown): number => {
    const key = typeof cursor === 'string' ? decodeCursor(cursor) : undefined;
    return key === undefined ? -1 : items.findIndex((item) => keyOf(item) === key);
  };
  const after = ctx.request.params.get('after');
  const before = ctx.request.params.get('before');
  let start = 0;
  let end = Math.min(limit, items.length);
  if (after !== undefined) {
    const at = indexOf(after);
    start = at < 0 ? items.length : at + 1;
    end = Math.min(start + limit, items.length);
  } else if (before !== undefined) {
    const at = indexOf(before);
    end = at < 0 ? 0 : at;
    start = Math.max(0, end - limit);
  }
  const page = items.slice(start, end);
  const body: Record<string, unknown> = { data: page.map(renderItem) };
  const first = page[0];
  const last = page[page.length - 1];
  if (first !== undefined && last !== undefined) {
    const hasPrevious = start > 0;
    const hasNext = end < items.length;
    if (hasPrevious || hasNext || ctx.behaviours.pagingOnSinglePage) {
      const cursors = { before: encodeCursor(keyOf(first)), after: encodeCursor(keyOf(last)) };
      body['paging'] = {
        cursors,
        ...(hasPrevious ? { previous: pageUrl(ctx, limit, { before: cursors.before }) } : {}),
        ...(hasNext ? { next: pageUrl(ctx, limit, { after: cursors.after }) } : {}),
      };
    }
  }
  if (wantsTotal(ctx)) body['summary'] = { total_count: items.length };
  return jsonReply(body);
}
