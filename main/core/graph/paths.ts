/**
 * Builds Graph paths from ids and fixed edge names only (security.md I3): the
 * renderer and the CLI supply ids, never paths, hosts or query fragments, and
 * every id is checked before it becomes part of a URL.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { isGraphId } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';

/** Checks one id; the error names the field in plain words. */
export function checkId(value: unknown, field: string): Result<string, AppError> {
  return isGraphId(value)
    ? ok(value)
    : err(saidError('bad-input', 'coreError.graphId', { field }, { fields: [field] }));
}

/** Checks several ids at once; the first bad one wins. */
export function checkIds(ids: Readonly<Record<string, unknown>>): Result<Readonly<Record<string, string>>, AppError> {
  const out: Record<string, string> = {};
  for (const [field, value] of Object.entries(ids)) {
    const checked = checkId(value, field);
    if (!checked.ok) return checked;
    out[field] = checked.value;
  }
  return ok(out);
}

/** A batch item's reference to an earlier item's answer, e.g. {result=biz:$.data.*.id} (graph-api.md §8). */
const REFERENCE = /^\{result=[A-Za-z0-9_-]+:\$[A-Za-z0-9_.*[\]]+\}$/;

/** The reference to the ids an earlier named item of the same batch listed, for use as a path segment. */
export const idsOf = (name: string): string => `{result=${name}:$.data.*.id}`;

/** "id/edge?query" relative to the version root; the query never holds credentials. A reference segment stays as it is. */
export function relativePath(segments: readonly string[], query: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams(query).toString();
  return `${segments.map((s) => (REFERENCE.test(s) ? s : encodeURIComponent(s))).join('/')}${search ? `?${search}` : ''}`;
}
