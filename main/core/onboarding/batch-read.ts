/**
 * Several independent GETs in one Graph batch request (graph-api.md §8), to
 * save round trips. Each answer is mapped with the graph client's own
 * wire-to-domain mappers. A list whose answer has a next page is read again
 * through the client's paged method, so nothing is silently cut off.
 */
import type { GraphClient, GraphResult } from '../graph/api';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import { appError } from '../../../shared/errors';

export type Answer = Result<unknown, AppError>;

/** Sends GET items in one batch; one Answer per item, in order. */
export async function batchGet(graph: GraphClient, relativeUrls: readonly string[]): Promise<Result<readonly Answer[], AppError>> {
  if (relativeUrls.length === 0) return ok([]);
  const answers = await graph.batch(relativeUrls.map((relativeUrl) => ({ method: 'GET' as const, relativeUrl })));
  if (!answers.ok) return answers;
  return ok(answers.value.map((answer) => answer.result));
}

/** Maps a single-object answer. */
export function one<T>(answer: Answer | undefined, mapBody: (raw: unknown) => Result<T, AppError>): Result<T, AppError> {
  if (answer === undefined) return err(appError('unexpected', "Meta's batch answer was shorter than the request."));
  return answer.ok ? mapBody(answer.value) : answer;
}

const hasNextPage = (raw: Record<string, unknown>): boolean => {
  const paging = raw.paging;
  return typeof paging === 'object' && paging !== null && typeof (paging as { next?: unknown }).next === 'string';
};

/** Maps a list answer; when Meta has more pages, reads the whole list through `fallback`. */
export async function list<T>(
  answer: Answer | undefined,
  mapItem: (raw: unknown) => Result<T, AppError>,
  fallback: () => GraphResult<readonly T[]>,
): Promise<Result<readonly T[], AppError>> {
  if (answer === undefined) return err(appError('unexpected', "Meta's batch answer was shorter than the request."));
  if (!answer.ok) return answer;
  const raw = answer.value;
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { data?: unknown }).data)) {
    return err(appError('unexpected', "Meta's answer for a list had an unexpected shape."));
  }
  if (hasNextPage(raw as Record<string, unknown>)) return fallback();
  const out: T[] = [];
  for (const item of (raw as { data: unknown[] }).data) {
    const mapped = mapItem(item);
    if (!mapped.ok) return mapped;
    out.push(mapped.value);
  }
  return ok(out);
}
