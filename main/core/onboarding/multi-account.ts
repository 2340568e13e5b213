/**
 * Several accounts at once (issue 9.4): one system user and one task set over
 * several WABAs of a business is a bulk run whose rows are the accounts. It is
 * planned with the same batched reads (bulk-plan.ts) and applied and verified
 * through the same journaled core (bulk.ts), so rate limits set one account
 * aside without stopping the others, and an interrupted run resumes safely.
 */
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import type { AccountResult, MultiApplyReport, MultiPlan } from '../../../shared/multi-account';
import type { WabaTask } from '../../../shared/tasks';
import type { JournaledDeps } from './apply';
import { runBulk, type BulkOptions, type BulkReport } from './bulk';
import { countPlans, planBulk, type BulkRow, type PlannedRow } from './bulk-plan';
import type { UseCaseDeps } from './deps';

export interface MultiAccountRequest {
  readonly businessId: string;
  readonly userId: string;
  readonly wabaIds: readonly string[];
  readonly tasks: readonly WabaTask[];
  /** Take away, on every account, the tasks not in `tasks` (the wizard's Review choice, bulk's --exact); default: add. */
  readonly exact?: boolean;
}

/** One bulk row per account, numbered in the order the user picked them. */
export function rowsOf(request: MultiAccountRequest): BulkRow[] {
  return request.wabaIds.map((wabaId, index) => ({
    line: index + 1,
    wabaId: asWabaId(wabaId),
    businessId: asBusinessId(request.businessId),
    userId: asSystemUserId(request.userId),
    tasks: request.tasks,
    ...(request.exact === true ? { exact: true } : {}),
  }));
}

export function multiPlanOf(request: MultiAccountRequest, planned: readonly PlannedRow[]): MultiPlan {
  const counts = countPlans(planned);
  return {
    businessId: request.businessId,
    userId: request.userId,
    tasks: [...request.tasks],
    ...(request.exact === true ? { exact: true as const } : {}),
    accounts: planned.map((p) => ({ wabaId: p.row.wabaId, status: p.status, ...(p.plan ? { plan: p.plan } : {}), ...(p.error ? { error: p.error } : {}) })),
    counts,
    worthApplying: counts.change + counts.unread > 0,
  };
}

/** Plans every account with batched reads; nothing is written. */
export async function planAccounts(deps: UseCaseDeps, request: MultiAccountRequest): Promise<{ plan: MultiPlan; planned: PlannedRow[] }> {
  const planned = await planBulk(deps, rowsOf(request));
  return { plan: multiPlanOf(request, planned), planned };
}

/** Re-plans (the user may have waited on the confirmation), then applies and verifies account by account. */
export async function applyAccounts(deps: JournaledDeps, request: MultiAccountRequest, options: BulkOptions = {}): Promise<BulkReport> {
  const { planned } = await planAccounts(deps, request);
  return runBulk(deps, planned, options);
}

export function accountResults(report: BulkReport): MultiApplyReport['accounts'] {
  return report.rows.map(
    (r): AccountResult => ({
      wabaId: r.row.wabaId,
      outcome: r.outcome,
      ...(r.reasons ? { reasons: r.reasons } : {}),
      ...(r.error ? { error: r.error } : {}),
      ...(r.retryAt ? { retryAt: r.retryAt } : {}),
      ...(r.apply ? { apply: r.apply } : {}),
      ...(r.verify ? { verify: r.verify } : {}),
      ...(r.diff && r.diff.takenAway.length > 0 ? { takenAway: r.diff.takenAway } : {}),
      ...(r.stillThere ? { stillThere: r.stillThere } : {}),
    }),
  );
}

