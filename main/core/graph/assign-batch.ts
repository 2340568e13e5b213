/**
 * Apply and verify in one batch (graph-api.md §8, issue 11): the POST to
 * assigned_users is named, and the read-back GET `depends_on` it, so Meta
 * runs the read after the write. How the POST item settles decides what
 * happens next (security.md N3): an answered item is the answer; a `null`
 * item, a 5xx or a lost connection leave the outcome unknown, and
 * assignReconciled settles that with a read before anything is sent again.
 */
import type { AssignedUser } from '../../../shared/domain';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import type { AssignItemOutcome, BatchItem, BatchItemResult } from './api';
import { confirmed } from './assign';
import type { Failure } from './graph-call';
import * as map from './map';
import { relativePath } from './paths';

const POST_NAME = 'assign';
/** Failures after which Meta may or may not have applied the POST. */
const UNKNOWN = new Set(['timeout', 'network', 'transient', 'unexpected']);

export function assignWithReadBack(wabaId: string, businessId: string, form: Readonly<Record<string, string>>, name = POST_NAME): readonly BatchItem[] {
  return [
    { method: 'POST', relativeUrl: relativePath([wabaId, 'assigned_users']), body: form, name },
    {
      method: 'GET',
      relativeUrl: relativePath([wabaId, 'assigned_users'], { business: businessId, fields: 'id,name,tasks,user_type', limit: '100' }),
      dependsOn: name,
    },
  ];
}

export interface AssignPair {
  readonly wabaId: string;
  readonly businessId: string;
  readonly form: Readonly<Record<string, string>>;
}

/** Several POST + read-back pairs in one batch, each POST with its own name (`assign0`, `assign1`, …). */
export const assignPairs = (pairs: readonly AssignPair[]): readonly BatchItem[] =>
  pairs.flatMap((p, i) => assignWithReadBack(p.wabaId, p.businessId, p.form, `${POST_NAME}${i}`));

/** Each pair's outcome from the batch's answers (two per pair, in order). */
export function settlePairs(results: readonly BatchItemResult[], count: number): AssignItemOutcome[] {
  return Array.from({ length: count }, (_, i): AssignItemOutcome => {
    const { post, readBack } = settleAssignItems(results.slice(2 * i, 2 * i + 2));
    if (!post.ok) return { ok: false, error: post.error.error, ambiguous: post.error.ambiguous };
    if (!confirmed(post.value)) return { ok: false, error: saidError('unexpected', 'coreError.assignNotConfirmed'), ambiguous: false };
    return { ok: true, ...(readBack ? { readBack } : {}) };
  });
}

/** A read-back that came back whole (one page): the assigned users; anything else: undefined. */
function readBackOf(item: BatchItemResult | undefined): readonly AssignedUser[] | undefined {
  if (!item?.result.ok) return undefined;
  const page = item.result.value as { data?: unknown; paging?: { next?: unknown } };
  if (!Array.isArray(page.data) || typeof page.paging?.next === 'string') return undefined;
  const users = map.mapAll(page.data as unknown[], map.mapAssignedUser);
  return users.ok ? users.value : undefined;
}

/** The POST's outcome as a single POST would give it, and the read-back when there is one. */
export function settleAssignItems(results: readonly BatchItemResult[]): {
  readonly post: Result<unknown, Failure>;
  readonly readBack: readonly AssignedUser[] | undefined;
} {
  const [posted, read] = results;
  if (posted === undefined) return { post: err({ error: saidError('unexpected', 'coreError.batchShape'), ambiguous: true }), readBack: undefined };
  if (posted.result.ok) return { post: ok(posted.result.value), readBack: readBackOf(read) };
  const error = posted.result.error;
  return { post: err({ error, ambiguous: posted.status === 0 || posted.status >= 500 || UNKNOWN.has(error.kind) }), readBack: undefined };
}
