/**
 * The bulk run (product.md, "BSP operators"): every planned row that changes
 * something goes through the same journaled applyAccess and verifyAccess as a
 * single `assign`, so a killed run resumes safely (re-planning shows applied
 * rows as no-change; an in-flight record is settled by a read; nothing is
 * sent twice). Rate limits set a WABA aside instead of stopping the run
 * (bulk-schedule.ts decides what runs when); other per-row failures are
 * reported on the row and the run goes on.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { AccountOutcome } from '../../../shared/multi-account';
import type { AccessPlan, ApplyOutcome, PlanProblem, VerifyReport } from '../../../shared/onboarding';
import { abortableSleep } from '../graph/retry';
import type { JournaledDeps } from './apply';
import { MAX_ASSIGN_PAIRS } from '../graph/api';
import { applyBatch } from './bulk-write';
import { blockingCodes, refusalsOf, sentFor } from './plan';
import { planRow, RUN_WIDE_KINDS, type BulkRow, type PlannedRow } from './bulk-plan';
import { createScheduler, type Settle } from './bulk-schedule';
import { takenAwayStillThere } from '../../../shared/taken-away';
import { verifyAccess } from './verify';

/** The outcomes of a row are those of one account in a multi-account run (shared/multi-account.ts). */
export type BulkOutcome = AccountOutcome;

export interface BulkRowResult {
  readonly row: BulkRow;
  readonly outcome: BulkOutcome;
  /** For `refused`: the plan's blocking problem codes. */
  readonly reasons?: readonly string[];
  /** For `refused`: each blocking problem with its values (the task, the allowed set, the alternative). */
  readonly refusals?: readonly PlanProblem[];
  readonly error?: AppError;
  /** For `deferred`: when Meta allows calls to the WABA again (ISO time). */
  readonly retryAt?: string;
  readonly apply?: ApplyOutcome;
  readonly verify?: VerifyReport;
  readonly fbtraceIds: readonly string[];
  /** What the plan adds and takes away (taking away only with --exact). */
  readonly diff?: { readonly added: readonly string[]; readonly takenAway: readonly string[] };
  /** For `not-verified`: tasks the run took away that Meta still lists (an exact row is verified only when they are gone). */
  readonly stillThere?: readonly string[];
}

/** The plan's diff as reports and receipts show it per row. */
export const diffOf = (plan: AccessPlan | undefined): Pick<BulkRowResult, 'diff'> =>
  plan ? { diff: { added: [...plan.diff.add], takenAway: [...plan.diff.remove] } } : {};

export type BulkSummary = Readonly<Record<BulkOutcome, number>> & { readonly total: number };

export interface BulkReport {
  /** In file order. */
  readonly rows: readonly BulkRowResult[];
  readonly summary: BulkSummary;
}

export interface BulkOptions {
  /** Rows in flight at once, 1 (default) to 4; never two of one WABA. */
  readonly concurrency?: number;
  /** Longest total wait for one WABA's rate limits before its rows are deferred (default 900 s). */
  readonly maxWaitSec?: number;
  /** Called once per row, as it ends. */
  readonly onRow?: (result: BulkRowResult) => void;
  /** Called when a rate-limited row's WABA is set aside until `until`. */
  readonly onWait?: (row: BulkRow, until: Date, error: AppError) => void;
  /** Stops starting rows (the rest end as failed: cancelled); rows in flight finish. */
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_MAX_WAIT_SEC = 900;
/** When Meta throttles without saying for how long. */
const UNKNOWN_WAIT_SEC = 60;

type Stage = 'plan' | 'apply' | 'verify';
type Step = { readonly kind: 'final'; readonly result: BulkRowResult } | { readonly kind: 'rate-limited'; readonly error: AppError };
type RowState = { stage: Stage; apply?: ApplyOutcome };

const traceOf = (error: AppError | undefined): string[] => (error?.graph?.fbtraceId ? [error.graph.fbtraceId] : []);

/** The row's result when its plan already settles it (no-change, refused, unreadable). */
export function resultFromPlan(planned: PlannedRow): BulkRowResult | null {
  const { row, status, plan, error } = planned;
  if (status === 'no-change') return { row, outcome: 'already-in-place', fbtraceIds: [] };
  if (status === 'refused') {
    const reasons = plan ? blockingCodes(plan) : [];
    return { row, outcome: 'refused', reasons, ...(plan ? { refusals: refusalsOf(plan) } : {}), fbtraceIds: [] };
  }
  if (status === 'error') return { row, outcome: 'failed', ...(error ? { error } : {}), fbtraceIds: traceOf(error) };
  return null;
}

export function summarize(rows: readonly BulkRowResult[]): BulkSummary {
  const count = (outcome: BulkOutcome): number => rows.filter((r) => r.outcome === outcome).length;
  return {
    total: rows.length,
    done: count('done'),
    'already-in-place': count('already-in-place'),
    refused: count('refused'),
    failed: count('failed'),
    'not-verified': count('not-verified'),
    deferred: count('deferred'),
  };
}

export async function runBulk(deps: JournaledDeps, planned: readonly PlannedRow[], options: BulkOptions = {}): Promise<BulkReport> {
  const now = (): number => deps.now().getTime();
  const sleep = options.sleep ?? abortableSleep;
  const results = new Map<number, BulkRowResult>();
  const end = (id: number, result: BulkRowResult): void => {
    results.set(id, result);
    options.onRow?.(result);
  };
  const stage = new Map<number, RowState>();
  for (const [id, item] of planned.entries()) {
    const settled = resultFromPlan(item);
    if (settled) end(id, settled);
    else stage.set(id, { stage: item.status === 'unread' ? 'plan' : 'apply' });
  }
  const rowOf = (id: number): BulkRow => (planned[id] as PlannedRow).row;

  /** One group of rows (each on a different WABA): plans the unread, writes in one batch, verifies from the read-backs. */
  async function stepGroup(ids: readonly number[]): Promise<Map<number, Step>> {
    const steps = new Map<number, Step>();
    const plans = new Map<number, AccessPlan | undefined>(ids.map((id) => [id, (planned[id] as PlannedRow).plan]));
    const final = (id: number, result: Omit<BulkRowResult, 'row'>): void => {
      steps.set(id, { kind: 'final', result: { row: rowOf(id), ...diffOf(plans.get(id)), ...result } });
    };
    const stateOf = (id: number): RowState => {
      const state = stage.get(id) ?? { stage: 'apply' };
      stage.set(id, state);
      return state;
    };
    await Promise.all(
      ids.filter((id) => stateOf(id).stage === 'plan').map(async (id) => {
        const fresh = await planRow(deps, rowOf(id));
        if (fresh.status === 'unread' && fresh.error) return void steps.set(id, { kind: 'rate-limited', error: fresh.error });
        const settled = resultFromPlan(fresh);
        if (settled) return void steps.set(id, { kind: 'final', result: settled });
        plans.set(id, fresh.plan);
        stateOf(id).stage = 'apply';
      }),
    );
    // The plan's task set: additive unless the run is --exact (issue 8.5).
    const writing = ids.filter((id) => !steps.has(id) && stateOf(id).stage === 'apply');
    const applied = await applyBatch(deps, writing.map((id) => sentFor(rowOf(id), plans.get(id))));
    for (const [position, id] of writing.entries()) {
      const outcome = applied[position];
      if (outcome === undefined) continue;
      if (!outcome.ok) {
        if (outcome.error.kind === 'rate-limited') steps.set(id, { kind: 'rate-limited', error: outcome.error });
        else final(id, { outcome: 'failed', error: outcome.error, fbtraceIds: traceOf(outcome.error) });
        continue;
      }
      const state = stateOf(id);
      state.apply = outcome.value;
      state.stage = 'verify';
    }
    await Promise.all(
      ids.filter((id) => !steps.has(id)).map(async (id) => {
        const state = stateOf(id);
        const apply = state.apply ? { apply: state.apply } : {};
        const applyTraces = state.apply?.fbtraceIds ?? [];
        const verified = await verifyAccess(deps, rowOf(id));
        if (!verified.ok) {
          if (verified.error.kind === 'rate-limited') return void steps.set(id, { kind: 'rate-limited', error: verified.error });
          return final(id, { outcome: 'not-verified', error: verified.error, ...apply, fbtraceIds: [...applyTraces, ...traceOf(verified.error)] });
        }
        // An exact row is verified only when what it took away is gone too (issue 8.5).
        const stillThere = takenAwayStillThere(plans.get(id)?.diff.remove ?? [], verified.value.tasks);
        const verify = stillThere.length > 0 ? { ...verified.value, verified: false } : verified.value;
        const outcome = verify.verified ? 'done' : 'not-verified';
        final(id, { outcome, ...apply, verify, ...(stillThere.length > 0 ? { stillThere } : {}), fbtraceIds: [...applyTraces, ...verify.fbtraceIds] });
      }),
    );
    return steps;
  }

  const jobs = [...stage.keys()].map((id) => ({ id, key: rowOf(id).wabaId }));
  const maxWaitSec = options.maxWaitSec ?? DEFAULT_MAX_WAIT_SEC;
  const scheduler = createScheduler(jobs, { concurrency: options.concurrency ?? 1, maxWaitMs: maxWaitSec * 1000, groupSize: MAX_ASSIGN_PAIRS });
  const errors = new Map<number, AppError>();
  let stopped: AppError | null = null;

  const drain = (why: AppError): void => {
    for (const id of scheduler.drain()) end(id, { row: rowOf(id), outcome: 'failed', error: why, fbtraceIds: [] });
  };

  async function runGroup(ids: readonly number[]): Promise<void> {
    let steps: Map<number, Step>;
    try {
      steps = await stepGroup(ids);
    } catch (error) {
      deps.log.error('bulk', 'rows stopped because of an internal error', { error: error instanceof Error ? error : String(error) });
      steps = new Map();
    }
    for (const id of ids) settleRow(id, steps.get(id));
  }

  function settleRow(id: number, step: Step | undefined): void {
    const why = saidError('unexpected', 'coreError.bulk.internal');
    const outcome: Step = step ?? { kind: 'final', result: { row: rowOf(id), outcome: 'failed', error: why, fbtraceIds: [] } };
    if (outcome.kind === 'final') {
      scheduler.settle(id, { kind: 'final' }, now());
      end(id, outcome.result);
      const kind = outcome.result.error?.kind;
      if (kind !== undefined && RUN_WIDE_KINDS.includes(kind)) stopped ??= saidError(kind, 'coreError.bulk.runWide', { errorKind: kind });
      return;
    }
    const error = outcome.error;
    errors.set(id, error);
    const settle: Settle = { kind: 'rate-limited', retryAfterMs: (error.retryAfterSec ?? UNKNOWN_WAIT_SEC) * 1000 };
    const effect = scheduler.settle(id, settle, now());
    if (effect.resumeAt !== undefined) options.onWait?.(rowOf(id), new Date(effect.resumeAt), error);
    for (const { id: row, retryAt } of effect.deferred) {
      const why =
        errors.get(row) ??
        saidError('rate-limited', 'coreError.bulk.throttled', undefined, {
          retryAfterSec: Math.max(0, Math.ceil((retryAt - now()) / 1000)),
        });
      const apply = stage.get(row)?.apply;
      end(row, { row: rowOf(row), outcome: 'deferred', error: why, retryAt: new Date(retryAt).toISOString(), ...(apply ? { apply } : {}), fbtraceIds: traceOf(why) });
    }
  }

  const running = new Map<number, Promise<void>>();
  for (;;) {
    if (options.signal?.aborted) stopped ??= saidError('cancelled', 'coreError.bulk.stopped');
    if (stopped) drain(stopped);
    const pick = scheduler.next(now());
    if (pick.kind === 'finished') break;
    if (pick.kind === 'run') {
      running.set(pick.id, runGroup(pick.ids).finally(() => running.delete(pick.id)));
      continue;
    }
    const wake = new AbortController();
    const waits: Promise<unknown>[] = [...running.values()];
    if (pick.until !== null) {
      const signal = options.signal ? AbortSignal.any([wake.signal, options.signal]) : wake.signal;
      waits.push(sleep(Math.max(0, pick.until - now()), signal));
    }
    await Promise.race(waits);
    wake.abort();
  }
  const rows = planned.map((item, id) => results.get(id) ?? { row: item.row, outcome: 'failed' as const, fbtraceIds: [] });
  return { rows, summary: summarize(rows) };
}
