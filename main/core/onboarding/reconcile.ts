/**
 * Settles changes left `in_flight` by a crash, a kill or a lost answer
 * (security.md P3): each is checked with a READ of assigned_users before
 * anything is sent again. Nothing is re-sent here; the user (or the next
 * command) decides with the true state in hand.
 */
import { appError, type AppError } from '../../../shared/errors';
import { asBusinessId, asWabaId } from '../../../shared/ids';
import type { ChangeRecord } from '../journal/journal';
import type { JournaledDeps } from './apply';
import { sameTasks } from '../../../shared/tasks';

export interface ReconcileSummary {
  readonly done: number;
  readonly failed: number;
  readonly unresolved: number;
  /** Why a change could not be settled (e.g. no network), if one could not. */
  readonly firstError?: AppError;
}

/** What the read shows for one change: applied, not applied, or an error. */
async function settle(deps: JournaledDeps, record: ChangeRecord): Promise<'done' | 'failed' | AppError> {
  const graph = deps.graph();
  let businessId = record.businessId;
  if (businessId === undefined) {
    // A removal started without a business id: read on behalf of the WABA's owner.
    const waba = await graph.waba(asWabaId(record.wabaId));
    if (!waba.ok) return waba.error;
    businessId = waba.value.ownerBusiness?.id;
    if (businessId === undefined) return appError('unexpected', 'Meta did not say which business owns this WhatsApp account.');
  }
  const read = await graph.assignedUsers(asWabaId(record.wabaId), asBusinessId(businessId));
  if (!read.ok) return read.error;
  const current = read.value.find((u) => u.id === record.userId)?.tasks;
  if (record.kind === 'assign') return current !== undefined && sameTasks(current, record.tasks ?? []) ? 'done' : 'failed';
  return current === undefined ? 'done' : 'failed';
}

export async function reconcilePending(deps: JournaledDeps): Promise<ReconcileSummary> {
  let done = 0;
  let failed = 0;
  let unresolved = 0;
  let firstError: AppError | undefined;
  for (const record of deps.journal.pending()) {
    const outcome = await settle(deps, record);
    if (typeof outcome !== 'string') {
      unresolved += 1;
      firstError ??= outcome;
      deps.log.warn('reconcile', 'change still unsettled', { changeId: record.id, kind: outcome.kind });
      continue;
    }
    const error = outcome === 'failed' ? appError('not-verified', 'After an interruption, a read showed this change had not been applied.') : undefined;
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
