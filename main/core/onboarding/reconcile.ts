/**
 * Settles changes left `in_flight` by a crash, a kill or a lost answer
 * (security.md P3): each is checked with a READ of assigned_users before
 * anything is sent again. Nothing is re-sent here; the user (or the next
 * command) decides with the true state in hand.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { asBusinessId, asWabaId } from '../../../shared/ids';
import type { ChangeRecord } from '../journal/journal';
import { ok, type Result } from '../../../shared/result';
import type { JournaledDeps } from './apply';
import type { UseCaseDeps } from './deps';
import { sameTasks } from '../../../shared/tasks';

export interface ReconcileSummary {
  readonly done: number;
  readonly failed: number;
  readonly unresolved: number;
  /** Why a change could not be settled (e.g. no network), if one could not. */
  readonly firstError?: AppError;
}

/** The business that owns a WABA, as Meta names it; null when Meta does not say. */
export async function ownerOf(deps: UseCaseDeps, wabaId: string): Promise<Result<string | null, AppError>> {
  const waba = await deps.graph().waba(asWabaId(wabaId));
  return waba.ok ? ok(waba.value.ownerBusiness?.id ?? null) : waba;
}

/** What the read shows for one change: applied, not applied, or an error. */
async function settle(deps: JournaledDeps, record: ChangeRecord): Promise<'done' | 'failed' | AppError> {
  const graph = deps.graph();
  let businessId = record.businessId;
  if (businessId === undefined) {
    // A removal started without a business id: read on behalf of the WABA's owner.
    const owner = await ownerOf(deps, record.wabaId);
    if (!owner.ok) return owner.error;
    if (owner.value === null) return saidError('unexpected', 'coreError.ownerUnknown');
    businessId = owner.value;
  }
  const read = await graph.assignedUsers(asWabaId(record.wabaId), asBusinessId(businessId));
  if (!read.ok) return read.error;
  const current = read.value.find((u) => u.id === record.userId)?.tasks;
  if (record.kind === 'assign') return current !== undefined && sameTasks(current, record.tasks ?? []) ? 'done' : 'failed';
  return current === undefined ? 'done' : 'failed';
}

/** Which in-flight changes to settle: those to one user on one WABA. */
export interface ReconcileTarget {
  readonly wabaId: string;
  readonly userId: string;
}

/** Settles every in-flight change, or only those to `target` (others may still be on their way). */
export async function reconcilePending(deps: JournaledDeps, target?: ReconcileTarget): Promise<ReconcileSummary> {
  let done = 0;
  let failed = 0;
  let unresolved = 0;
  let firstError: AppError | undefined;
  const pending = deps.journal.pending().filter((r) => target === undefined || (r.wabaId === target.wabaId && r.userId === target.userId));
  for (const record of pending) {
    const outcome = await settle(deps, record);
    if (typeof outcome !== 'string') {
      unresolved += 1;
      firstError ??= outcome;
      deps.log.warn('reconcile', 'change still unsettled', { changeId: record.id, kind: outcome.kind });
      continue;
    }
    const error = outcome === 'failed' ? saidError('not-verified', 'coreError.notAppliedAfterInterruption') : undefined;
    const finished = await deps.journal.finish(record.id, outcome, error ? { error } : {});
    if (!finished.ok) {
      unresolved += 1;
      firstError ??= finished.error;
      continue;
    }
    deps.facts.assigned.delete(record.wabaId);
    if (outcome === 'done') done += 1;
    else failed += 1;
    deps.log.info('reconcile', `interrupted ${record.kind} settled by a read: ${outcome}`, { changeId: record.id });
  }
  return { done, failed, unresolved, ...(firstError ? { firstError } : {}) };
}
