/**
 * Undo: take a user's access to a WABA away (DELETE assigned_users?user=),
 * journaled like an assignment, so an interrupted removal is settled by a
 * read before anything is sent again.
 */
import type { AppError } from '../../../shared/errors';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import type { RemoveOutcome } from '../../../shared/onboarding';
import { ok, type Result } from '../../../shared/result';
import { finishQuietly, settleEarlier, UNKNOWN_OUTCOME, type JournaledDeps } from './apply';

export interface RemoveRequest {
  readonly wabaId: WabaId;
  readonly userId: SystemUserId;
  /** Used only to settle the change by a read after an interruption. */
  readonly businessId?: BusinessId;
}

export async function removeAccess(deps: JournaledDeps, request: RemoveRequest): Promise<Result<RemoveOutcome, AppError>> {
  const settled = await settleEarlier(deps, request.wabaId, request.userId);
  if (!settled.ok) return settled;
  const begun = await deps.journal.begin({
    kind: 'remove',
    wabaId: request.wabaId,
    userId: request.userId,
    ...(request.businessId !== undefined ? { businessId: request.businessId } : {}),
  });
  if (!begun.ok) return begun;
  const changeId = begun.value.id;
  deps.facts.assigned.delete(request.wabaId);
  const removed = await deps.graph().removeUser(request.wabaId, request.userId);
  if (!removed.ok) {
    if (!UNKNOWN_OUTCOME.includes(removed.error.kind)) await finishQuietly(deps, changeId, 'failed', { error: removed.error });
    return removed;
  }
  await finishQuietly(deps, changeId, 'done', { fbtraceIds: removed.value.fbtraceIds });
  deps.log.info('remove', 'access removed', { changeId });
  return ok({ changeId, removedAt: deps.now().toISOString(), fbtraceIds: removed.value.fbtraceIds });
}
