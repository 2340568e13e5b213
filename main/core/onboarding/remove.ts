/**
 * Undo: take a user's access to a WABA away (DELETE assigned_users?user=),
 * journaled like an assignment. It reads first (with the business) and sends
 * nothing when the read shows the user is not assigned; after the DELETE it
 * reads back to check the user is gone (issue 8.6). An employee system user's
 * token is refused before anything is sent (issue 8.1). An interrupted removal is
 * settled by a read before anything is sent again.
 */
import type { AssignedUser } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import type { RemoveOutcome } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import { finishQuietly, settleEarlier, UNKNOWN_OUTCOME, type JournaledDeps } from './apply';
import type { UseCaseDeps } from './deps';
import { listBusinesses } from './discover';
import { readFacts } from './read-facts';
import { assignedReadError, confirmReadScope } from './read-scope';
import { ownerOf } from './reconcile';
import { refusalError, writeRefusals } from './token-role';

export interface RemoveRequest {
  readonly wabaId: WabaId;
  readonly userId: SystemUserId;
  /** The business whose view of the WABA is read (assigned_users needs it). */
  readonly businessId: BusinessId;
}

/** The user's current entry on the WABA, read fresh; null when not assigned. */
export async function currentAssignment(deps: UseCaseDeps, request: RemoveRequest, traces?: string[]): Promise<Result<AssignedUser | null, AppError>> {
  const read = await deps.graph().assignedUsers(request.wabaId, request.businessId, traces ? { traces } : {});
  if (!read.ok) return { ok: false, error: await assignedReadError(deps, read.error, request) };
  deps.facts.assigned.set(request.wabaId, read.value);
  return ok(read.value.find((u) => u.id === request.userId) ?? null);
}

export async function removeAccess(deps: JournaledDeps, request: RemoveRequest): Promise<Result<RemoveOutcome, AppError>> {
  const settled = await settleEarlier(deps, request.wabaId, request.userId);
  if (!settled.ok) return settled;
  // An employee's token is refused before the DELETE, not by Meta after it (200/1349174).
  const refused = await writeRefusals(deps, request, 'take');
  if (!refused.ok) return refused;
  const [first] = refused.value;
  if (first !== undefined) return err(refusalError(first));
  const traces: string[] = [];
  const before = await currentAssignment(deps, request, traces);
  if (!before.ok) return before;
  if (before.value === null) {
    // Decided by the read, never by an error code of a DELETE; and only by a read that could list the user.
    const scoped = await confirmReadScope(deps, request);
    if (!scoped.ok) return scoped;
    deps.log.info('remove', 'nothing to remove: the read shows the user is not assigned');
    return ok({ changeId: null, removedAt: deps.now().toISOString(), fbtraceIds: traces, nothingToRemove: true, removedTasks: [], verified: true });
  }
  const begun = await deps.journal.begin({ kind: 'remove', wabaId: request.wabaId, userId: request.userId, businessId: request.businessId });
  if (!begun.ok) return begun;
  const changeId = begun.value.id;
  deps.facts.assigned.delete(request.wabaId);
  const removed = await deps.graph().removeUser(request.wabaId, request.userId);
  if (!removed.ok) {
    if (!UNKNOWN_OUTCOME.includes(removed.error.kind)) await finishQuietly(deps, changeId, 'failed', { error: removed.error });
    return removed;
  }
  await finishQuietly(deps, changeId, 'done', { fbtraceIds: removed.value.fbtraceIds });
  const after = await currentAssignment(deps, request, traces);
  if (!after.ok) return after;
  deps.log.info('remove', after.value === null ? 'access removed and read back' : 'access removed but the read-back still lists the user', { changeId });
  return ok({
    changeId,
    removedAt: deps.now().toISOString(),
    fbtraceIds: [...new Set([...removed.value.fbtraceIds, ...traces])],
    nothingToRemove: false,
    removedTasks: before.value.tasks,
    verified: after.value === null,
  });
}

/**
 * The business to read a WABA's assigned users with, when none was given: the business the system
 * user belongs to (a client WABA's owner does not list a partner's users), found among the
 * businesses the token sees in one batch; else the WABA's owner. Null when neither is known.
 */
export async function businessOfUser(deps: UseCaseDeps, wabaId: WabaId, userId: SystemUserId): Promise<Result<string | null, AppError>> {
  const businesses = await listBusinesses(deps);
  if (businesses.ok && businesses.value.length > 0) {
    const ids = businesses.value.map((b) => b.id);
    const read = await readFacts(deps, { systemUsers: ids.filter((id) => !deps.facts.systemUsers.has(id)) });
    if (!read.ok) return read;
    // readFacts keeps every list Meta gave in the session's facts.
    const found = ids.find((id) => deps.facts.systemUsers.get(id)?.some((u) => u.id === userId));
    if (found !== undefined) return ok(found);
  } else if (!businesses.ok && businesses.error.kind === 'token-invalid') return err(businesses.error);
  return ownerOf(deps, wabaId);
}
