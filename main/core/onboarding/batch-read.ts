/**
 * Several independent GETs in one Graph batch request (graph-api.md §8), to
 * save round trips. Each answer is mapped with the graph client's own
 * wire-to-domain mappers. A list whose answer has a next page is read on with
 * the SAME request and Meta's `after` cursor, mapped by the same mapper, so
 * nothing is silently cut off and every page carries the same fields.
 */
import type { GraphClient } from '../graph/api';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';

export type Answer = Result<unknown, AppError>;

/** Paged lists stop with an error after this many pages. */
export const MAX_LIST_PAGES = 100;

/** Sends GET items in one batch; one Answer per item, in order. */
export async function batchGet(graph: GraphClient, relativeUrls: readonly string[]): Promise<Result<readonly Answer[], AppError>> {
  if (relativeUrls.length === 0) return ok([]);
  const answers = await graph.batch(relativeUrls.map((relativeUrl) => ({ method: 'GET' as const, relativeUrl })));
  if (!answers.ok) return answers;
  return ok(answers.value.map((answer) => answer.result));
}

const shortAnswer = (): AppError => saidError('unexpected', 'coreError.batchShort');

/** Maps a single-object answer. */
export function one<T>(answer: Answer | undefined, mapBody: (raw: unknown) => Result<T, AppError>): Result<T, AppError> {
  if (answer === undefined) return err(shortAnswer());
  return answer.ok ? mapBody(answer.value) : answer;
}

/** The `after` cursor when Meta says there is a next page; null on the last page. */
function nextCursor(raw: Record<string, unknown>): Result<string | null, AppError> {
  const paging = raw.paging as { next?: unknown; cursors?: { after?: unknown } } | undefined;
  if (typeof paging !== 'object' || paging === null || typeof paging.next !== 'string') return ok(null);
  const after = paging.cursors?.after;
  if (typeof after === 'string' && after.length > 0) return ok(after);
  return err(saidError('unexpected', 'coreError.listNoCursor'));
}

/** The same request, from the page after `cursor`. */
const withCursor = (relativeUrl: string, cursor: string): string =>
  `${relativeUrl}${relativeUrl.includes('?') ? '&' : '?'}after=${encodeURIComponent(cursor)}`;

/** A list edge read in a batch: its request and the mapper for one item. */
export interface ListRead<T> {
  readonly url: string;
  readonly mapItem: (raw: unknown) => Result<T, AppError>;
}

/** Maps a list answer to `read.url`; when Meta has more pages, reads them with the same URL and mapper. */
export async function list<T>(graph: GraphClient, read: ListRead<T>, answer: Answer | undefined): Promise<Result<readonly T[], AppError>> {
  const out: T[] = [];
  let current = answer;
  for (let page = 1; ; page += 1) {
    if (current === undefined) return err(shortAnswer());
    if (!current.ok) return current;
    const raw = current.value;
    if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { data?: unknown }).data)) {
      return err(saidError('unexpected', 'coreError.listShape'));
    }
    for (const item of (raw as { data: unknown[] }).data) {
      const mapped = read.mapItem(item);
      if (!mapped.ok) return mapped;
      out.push(mapped.value);
    }
    const cursor = nextCursor(raw as Record<string, unknown>);
    if (!cursor.ok) return cursor;
    if (cursor.value === null) return ok(out);
    if (page >= MAX_LIST_PAGES) return err(saidError('unexpected', 'coreError.listTooLong', { max: MAX_LIST_PAGES }));
    const more = await batchGet(graph, [withCursor(read.url, cursor.value)]);
    if (!more.ok) return more;
    current = more.value[0];
  }
}
