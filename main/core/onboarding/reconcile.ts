/**
 * Settles changes left `in_flight` by a crash, a kill or a lost answer
 * (security.md P3): each is checked with a READ of assigned_users before
 * anything is sent again. Nothing is re-sent here; the user (or the next
 * command) decides with the true state in hand. The reads travel in Graph
 * batches as the rest of bulk's reads do (batch-read.ts): one request for
 * every pending change's assigned_users (up to 50 WABAs a request), and
 * before it one for the owners of removals started without a business id.
 */
import type { AssignedUser } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { asWabaId } from '../../../shared/ids';
import type { ChangeRecord, FinishOutcome } from '../journal/journal';
import { err, ok, type Result } from '../../../shared/result';
import { mapWabaDetails } from '../graph/map';
import type { JournaledDeps } from './apply';
import { batchGet, list, one } from './batch-read';
import type { UseCaseDeps } from './deps';
import { assignedUsersRead, wabaDetailsUrl } from './list-reads';
import { sameGrant } from '../../../shared/tasks';

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

const noOwner = (): AppError => saidError('unexpected', 'coreError.ownerUnknown');

/** The owner of each WABA a removal was started on without a business id, in one batch. */
async function ownersOf(deps: UseCaseDeps, wabaIds: readonly string[]): Promise<Map<string, Result<string, AppError>>> {
  const owners = new Map<string, Result<string, AppError>>();
  const answers = await batchGet(deps.graph(), wabaIds.map(wabaDetailsUrl));
  for (const [index, wabaId] of wabaIds.entries()) {
    const read = answers.ok ? one(answers.value[index], (raw) => mapWabaDetails(raw)) : answers;
    const owner = read.ok ? read.value.ownerBusiness?.id : undefined;
    owners.set(wabaId, read.ok ? (owner === undefined ? err(noOwner()) : ok(owner)) : read);
  }
  return owners;
}

type Read = Result<readonly AssignedUser[], AppError>;
const pairKey = (wabaId: string, businessId: string): string => `${wabaId}:${businessId}`;

/** assigned_users of each (WABA, business) pair, all in one batch; further pages read on. */
async function assignedOf(deps: UseCaseDeps, pairs: readonly (readonly [string, string])[]): Promise<Map<string, Read>> {
  const reads = pairs.map(([wabaId, businessId]) => assignedUsersRead(wabaId, businessId));
  const answers = await batchGet(deps.graph(), reads.map((r) => r.url));
  const out = new Map<string, Read>();
  for (const [index, [wabaId, businessId]] of pairs.entries()) {
    out.set(pairKey(wabaId, businessId), answers.ok ? await list(deps.graph(), reads[index] as (typeof reads)[number], answers.value[index]) : answers);
  }
  return out;
}

/** What the read shows for one change: applied, not applied, or an error. */
function judge(record: ChangeRecord, read: Read): 'done' | 'failed' | AppError {
  if (!read.ok) return read.error;
  const current = read.value.find((u) => u.id === record.userId)?.tasks;
  if (record.kind === 'assign') return current !== undefined && sameGrant(current, record.tasks ?? []) ? 'done' : 'failed';
  return current === undefined ? 'done' : 'failed';
}

/** The outcome of each pending change, by its id: two batches at most (owners, then assignments). */
async function settleAll(deps: JournaledDeps, pending: readonly ChangeRecord[]): Promise<Map<string, 'done' | 'failed' | AppError>> {
  const unowned = [...new Set(pending.filter((r) => r.businessId === undefined).map((r) => r.wabaId))];
  // A removal started without a business id: read on behalf of the WABA's owner.
  const owners = unowned.length > 0 ? await ownersOf(deps, unowned) : new Map<string, Result<string, AppError>>();
  const businessOf = (r: ChangeRecord): Result<string, AppError> => (r.businessId !== undefined ? ok(r.businessId) : owners.get(r.wabaId) ?? err(noOwner()));
  const pairs = new Map<string, readonly [string, string]>();
  for (const record of pending) {
    const business = businessOf(record);
    if (business.ok) pairs.set(pairKey(record.wabaId, business.value), [record.wabaId, business.value]);
  }
  const reads = await assignedOf(deps, [...pairs.values()]);
  const outcomes = new Map<string, 'done' | 'failed' | AppError>();
  for (const record of pending) {
    const business = businessOf(record);
    const read = business.ok ? reads.get(pairKey(record.wabaId, business.value)) : undefined;
    outcomes.set(record.id, !business.ok ? business.error : read === undefined ? noOwner() : judge(record, read));
  }
  return outcomes;
}

/** Which in-flight changes to settle: those to one user on one WABA. */
export interface ReconcileTarget {
  readonly wabaId: string;
  readonly userId: string;
}

/** Settles every in-flight change, or only those to `target` (others may still be on their way). */
export async function reconcilePending(deps: JournaledDeps, target?: ReconcileTarget): Promise<ReconcileSummary> {
  const pending = deps.journal.pending().filter((r) => target === undefined || (r.wabaId === target.wabaId && r.userId === target.userId));
  if (pending.length === 0) return { done: 0, failed: 0, unresolved: 0 };
  const outcomes = await settleAll(deps, pending);
  let unresolved = 0;
  let firstError: AppError | undefined;
  const finishes: FinishOutcome[] = [];
  const settled: ChangeRecord[] = [];
  for (const record of pending) {
    const outcome = outcomes.get(record.id) ?? noOwner();
    if (typeof outcome !== 'string') {
      unresolved += 1;
      firstError ??= outcome;
      deps.log.warn('reconcile', 'change still unsettled', { changeId: record.id, kind: outcome.kind });
      continue;
    }
    const error = outcome === 'failed' ? saidError('not-verified', 'coreError.notAppliedAfterInterruption') : undefined;
    finishes.push({ id: record.id, state: outcome, ...(error ? { extra: { error } } : {}) });
    settled.push(record);
  }
  if (finishes.length === 0) return { done: 0, failed: 0, unresolved, ...(firstError ? { firstError } : {}) };
  // Every outcome in one append and one fsync; if that fails, the changes stay in flight for the next read.
  const finished = await deps.journal.finishMany(finishes);
  if (!finished.ok) return { done: 0, failed: 0, unresolved: unresolved + finishes.length, firstError: firstError ?? finished.error };
  for (const [index, record] of settled.entries()) {
    deps.facts.assigned.delete(record.wabaId);
    deps.log.info('reconcile', `interrupted ${record.kind} settled by a read: ${finishes[index]?.state ?? ''}`, { changeId: record.id });
  }
  const done = finishes.filter((f) => f.state === 'done').length;
  return { done, failed: finishes.length - done, unresolved, ...(firstError ? { firstError } : {}) };
}
