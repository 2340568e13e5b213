/**
 * The writes of one group of bulk rows in ONE Graph batch (issue 11): up to
 * 25 rows, each on a different WABA, each a named POST with its read-back
 * `depends_on` it. The rules of a single apply hold row by row (security.md
 * P3, N3):
 * - every row's `in_flight` record is on disk before the batch leaves;
 * - an answered item is the answer (`done` or `failed`);
 * - a row whose outcome is unknown (a null item, a 5xx, a lost connection) is
 *   settled by a READ of assigned_users (one batch for all such rows), never
 *   re-sent blindly: applied means done; only a read showing it was not
 *   applied lets the row go once more, as the single path does;
 * - a row with an earlier unsettled change to the same user on the same WABA
 *   goes the single way (applyAccess settles that change by a read first).
 */
import type { AssignedUser, AssignRequest } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { ApplyOutcome } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import { sameGrant } from '../../../shared/tasks';
import type { FinishOutcome } from '../journal/journal';
import { applyAccess, UNKNOWN_OUTCOME, type JournaledDeps } from './apply';
import { batchGet, list } from './batch-read';
import { assignedUsersRead } from './list-reads';

type Applied = Result<ApplyOutcome, AppError>;

/** A row journaled and waiting for its answer. */
interface Open {
  readonly index: number;
  readonly changeId: string;
}

const hasUnsettled = (deps: JournaledDeps, request: AssignRequest): boolean =>
  deps.journal.pending().some((r) => r.wabaId === request.wabaId && r.userId === request.userId);

/** Fresh assigned_users of each request's WABA, in one batch (further pages read on). */
async function readAssigned(deps: JournaledDeps, requests: readonly AssignRequest[]): Promise<Result<readonly AssignedUser[], AppError>[]> {
  const reads = requests.map((r) => assignedUsersRead(r.wabaId, r.businessId));
  const answers = await batchGet(deps.graph(), reads.map((r) => r.url));
  if (!answers.ok) return requests.map(() => answers);
  return Promise.all(reads.map((read, i) => list(deps.graph(), read, answers.value[i])));
}

/** Applies each request (at most 25, each on a different WABA); one outcome per request, in order. */
export async function applyBatch(deps: JournaledDeps, requests: readonly AssignRequest[]): Promise<Applied[]> {
  const out: Applied[] = [];
  const single = requests.flatMap((request, index) => (hasUnsettled(deps, request) ? [index] : []));
  const singles = Promise.all(single.map(async (index) => (out[index] = await applyAccess(deps, requests[index] as AssignRequest))));
  const batched = [...requests.keys()].filter((index) => !single.includes(index));
  // Every row on disk as in flight (one append, one fsync) before the batch carrying them leaves.
  const begun = await deps.journal.beginMany(
    batched.map((index) => {
      const request = requests[index] as AssignRequest;
      return { kind: 'assign' as const, wabaId: request.wabaId, businessId: request.businessId, userId: request.userId, tasks: request.tasks };
    }),
  );
  if (!begun.ok) for (const index of batched) out[index] = begun;
  let round: Open[] = begun.ok ? batched.map((index, position) => ({ index, changeId: (begun.value[position] as { id: string }).id })) : [];
  const requestOf = (row: Open): AssignRequest => requests[row.index] as AssignRequest;
  for (const row of round) {
    deps.facts.assigned.delete(requestOf(row).wabaId);
    deps.facts.readBacks.delete(requestOf(row).wabaId);
  }
  const finishes: FinishOutcome[] = [];
  const applied = (row: Open, reconciled: boolean, fbtraceIds: readonly string[], readBack?: readonly AssignedUser[]): void => {
    finishes.push({ id: row.changeId, state: 'done', extra: { fbtraceIds } });
    if (readBack) deps.facts.readBacks.set(requestOf(row).wabaId, { users: readBack, fbtraceIds });
    out[row.index] = ok({ changeId: row.changeId, reconciled, appliedAt: deps.now().toISOString(), fbtraceIds });
  };

  for (let attempt = 1; round.length > 0; attempt += 1) {
    const sent = await deps.graph().assignUsers(round.map(requestOf));
    if (!sent.ok) {
      // Refused before anything was sent.
      for (const row of round) finishes.push({ id: row.changeId, state: 'failed', extra: { error: sent.error } });
      for (const row of round) out[row.index] = sent;
      break;
    }
    const traces = sent.value.fbtraceIds;
    const lost: (Open & { readonly error: AppError })[] = [];
    for (const [position, row] of round.entries()) {
      const outcome = sent.value.outcomes[position];
      if (outcome === undefined) continue;
      if (outcome.ok) applied(row, attempt > 1, traces, outcome.readBack);
      else if (outcome.ambiguous && outcome.error.kind !== 'cancelled') lost.push({ ...row, error: outcome.error });
      else {
        // Cancelled or a kind Meta may still have applied: left in flight for a read to settle later.
        if (!UNKNOWN_OUTCOME.includes(outcome.error.kind)) finishes.push({ id: row.changeId, state: 'failed', extra: { error: outcome.error } });
        out[row.index] = err(outcome.error);
      }
    }
    if (lost.length === 0) break;
    deps.log.warn('apply', 'answers to assignments were lost; reading assigned_users back before deciding', { rows: lost.length, attempt });
    const reads = await readAssigned(deps, lost.map(requestOf));
    const again: Open[] = [];
    for (const [position, row] of lost.entries()) {
      const read = reads[position];
      const request = requestOf(row);
      const current = read?.ok ? read.value.find((u) => u.id === request.userId)?.tasks : undefined;
      if (read?.ok && current !== undefined && sameGrant(current, request.tasks)) applied(row, true, traces, read.value);
      // Not applied: once more (a read decided it, not a guess); otherwise left in flight, unknown.
      else if (read?.ok && attempt === 1) again.push(row);
      else out[row.index] = err(row.error);
    }
    round = again;
  }
  // A failed journal write does not undo what Meta did: those records stay in flight and the next reconcile reads them.
  const recorded = finishes.length > 0 ? await deps.journal.finishMany(finishes) : ok([]);
  if (!recorded.ok) deps.log.warn('journal', 'outcomes not recorded; they will be reconciled by a read', { rows: finishes.length, kind: recorded.error.kind });
  await singles;
  return out;
}
