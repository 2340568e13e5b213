/**
 * Apply an assignment, journaled (security.md P3, N3): the `in_flight`
 * record is on disk before the POST leaves, `done`/`failed` after. When the
 * outcome stays unknown (no answer and no read-back), the record stays
 * `in_flight` and reconcilePending settles it with a read before anything is
 * sent again.
 */
import type { AssignRequest } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { ApplyOutcome } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import type { Journal } from '../journal/journal';
import type { UseCaseDeps } from './deps';
import { sameTasks } from '../../../shared/tasks';
import { reconcilePending } from './reconcile';

/** Failures after which Meta may or may not have applied the change. */
export const UNKNOWN_OUTCOME: readonly string[] = ['timeout', 'network', 'transient', 'cancelled', 'unexpected'];

export interface JournaledDeps extends UseCaseDeps {
  readonly journal: Journal;
}

/** Refuses to write while an earlier change to the same user on the same WABA is still unsettled. */
export async function settleEarlier(deps: JournaledDeps, wabaId: string, userId: string): Promise<Result<void, AppError>> {
  const summary = await reconcilePending(deps, { wabaId, userId });
  const open = deps.journal.pending().find((r) => r.wabaId === wabaId && r.userId === userId);
  if (!open) return ok(undefined);
  return err(
    summary.firstError ??
      saidError('unexpected', 'coreError.earlierChangeUnconfirmed'),
  );
}

export async function applyAccess(deps: JournaledDeps, request: AssignRequest): Promise<Result<ApplyOutcome, AppError>> {
  const unsettled = deps.journal.pending().filter((r) => r.kind === 'assign' && r.wabaId === request.wabaId && r.userId === request.userId);
  const settled = await settleEarlier(deps, request.wabaId, request.userId);
  if (!settled.ok) return settled;
  // A retry after a lost answer: if the read just showed this very change in place, it is done; never send it twice.
  const confirmed = unsettled
    .map((r) => deps.journal.get(r.id))
    .find((r) => r?.state === 'done' && sameTasks(r.tasks ?? [], request.tasks));
  if (confirmed) {
    deps.log.info('apply', 'an earlier attempt had been applied; nothing sent again', { changeId: confirmed.id });
    return ok({ changeId: confirmed.id, reconciled: true, appliedAt: confirmed.finishedAt ?? deps.now().toISOString(), fbtraceIds: confirmed.fbtraceIds ?? [] });
  }
  const begun = await deps.journal.begin({
    kind: 'assign',
    wabaId: request.wabaId,
    businessId: request.businessId,
    userId: request.userId,
    tasks: request.tasks,
  });
  if (!begun.ok) return begun;
  const changeId = begun.value.id;
  deps.facts.assigned.delete(request.wabaId);
  deps.facts.readBacks.delete(request.wabaId);
  const sent = await deps.graph().assignUser(request);
  if (!sent.ok) {
    if (UNKNOWN_OUTCOME.includes(sent.error.kind)) {
      deps.log.warn('apply', 'assignment outcome unknown; left in flight for reconciliation', { changeId, kind: sent.error.kind });
    } else {
      await finishQuietly(deps, changeId, 'failed', { error: sent.error });
    }
    return sent;
  }
  await finishQuietly(deps, changeId, 'done', { fbtraceIds: sent.value.fbtraceIds });
  if (sent.value.readBack) deps.facts.readBacks.set(request.wabaId, { users: sent.value.readBack, fbtraceIds: sent.value.fbtraceIds });
  deps.log.info('apply', 'assignment applied', { changeId, reconciled: sent.value.reconciled });
  return ok({ changeId, reconciled: sent.value.reconciled, appliedAt: deps.now().toISOString(), fbtraceIds: sent.value.fbtraceIds });
}

/**
 * Records the outcome; a failed journal write does not undo what Meta did.
 * The record then stays in flight and the next reconcile settles it by a read.
 */
export async function finishQuietly(
  deps: JournaledDeps,
  changeId: string,
  state: 'done' | 'failed',
  extra: { readonly fbtraceIds?: readonly string[]; readonly error?: AppError },
): Promise<void> {
  const finished = await deps.journal.finish(changeId, state, extra);
  if (!finished.ok) deps.log.warn('journal', 'outcome not recorded; it will be reconciled by a read', { changeId, kind: finished.error.kind });
}
