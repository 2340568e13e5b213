/**
 * Planning a bulk run: what each row would change, read with as few requests
 * as possible. Everything the plans need that this session does not know yet
 * (each business's WABA lists and system users, each WABA's assigned users) is
 * read up front in Graph batches of up to 50 (graph-api.md §8), into the
 * session's fact cache; then each row is planned by the same
 * gatherPlanFacts + planAccess as a single `assign`, which now finds
 * everything cached.
 */
import type { AssignRequest } from '../../../shared/domain';
import type { AppError, AppErrorKind } from '../../../shared/errors';
import type { BusinessId, WabaId } from '../../../shared/ids';
import type { AccessPlan } from '../../../shared/onboarding';
import { err, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';
import { wrongNodeType } from './id-kinds';
import { isNoChange } from './plan';
import { planFor } from './plan-facts';
import { readFacts } from './read-facts';

/** One row of a bulk file, already checked (ids are digits, tasks are in the catalogue). */
export interface BulkRow extends AssignRequest {
  /** Where the row is in the file (1-based), for messages and the report. */
  readonly line: number;
}

/**
 * - change: the plan allows it and it changes something;
 * - no-change: the tasks are already exactly these;
 * - refused: the plan's rules block it (e.g. MANAGE on a restricted multi-partner WABA);
 * - unread: Meta was throttling the read; planned again when the WABA may be called;
 * - error: the facts could not be read.
 */
export type PlanStatus = 'change' | 'no-change' | 'refused' | 'unread' | 'error';

export interface PlannedRow {
  readonly row: BulkRow;
  readonly status: PlanStatus;
  readonly plan?: AccessPlan;
  readonly error?: AppError;
}

/** Failures every later row would meet too (the token): once seen, nothing more is sent. */
export const RUN_WIDE_KINDS: readonly AppErrorKind[] = ['token-invalid', 'token-missing', 'keychain-unavailable'];

export interface PlanCounts {
  readonly change: number;
  readonly noChange: number;
  readonly refused: number;
  readonly unread: number;
  readonly error: number;
}

/** The status of a row given its plan (or why there is none). */
export function statusOf(row: BulkRow, planned: Result<AccessPlan, AppError>): PlannedRow {
  if (!planned.ok) return { row, status: planned.error.kind === 'rate-limited' ? 'unread' : 'error', error: planned.error };
  const plan = planned.value;
  if (!plan.canApply) return { row, status: 'refused', plan };
  return { row, status: isNoChange(plan) ? 'no-change' : 'change', plan };
}

export function countPlans(rows: readonly PlannedRow[]): PlanCounts {
  const count = (status: PlanStatus): number => rows.filter((r) => r.status === status).length;
  return { change: count('change'), noChange: count('no-change'), refused: count('refused'), unread: count('unread'), error: count('error') };
}

/** Plans one row with the session's facts (reading only what is missing). */
export async function planRow(deps: UseCaseDeps, row: BulkRow): Promise<PlannedRow> {
  return statusOf(row, await planFor(deps, row));
}

/**
 * Reads, in batches, what the rows' plans need and the cache lacks. Returns the
 * WABAs whose assigned-users read failed, with why, so those rows are not
 * read again one by one.
 */
export async function prefetchPlanFacts(deps: UseCaseDeps, rows: readonly BulkRow[]): Promise<Map<string, AppError>> {
  const failed = new Map<string, AppError>();
  const facts = deps.facts;
  const businesses = [...new Set(rows.map((r) => r.businessId))];
  const assignedFor = new Map<WabaId, BusinessId>();
  for (const row of rows) if (!facts.assigned.has(row.wabaId) && !assignedFor.has(row.wabaId)) assignedFor.set(row.wabaId, row.businessId);
  // The receipt names the token's type and expiry: debug_token rides along in the planning batch (issue 11).
  const inspectToken = facts.fingerprint === undefined && facts.tokenInfo === undefined;
  const read = await readFacts(
    deps,
    { wabaLists: businesses.filter((b) => !facts.listedWabas.has(b)), systemUsers: businesses.filter((b) => !facts.systemUsers.has(b)), assigned: [...assignedFor] },
    { inspectToken },
  );
  if (!read.ok) {
    // Each row's own read will meet the same problem and report it on that row.
    deps.log.warn('bulk', 'batched planning reads failed; planning row by row', { kind: read.error.kind });
    return failed;
  }
  for (const [waba, assigned] of read.value.assigned) if (!assigned.ok) failed.set(waba, assigned.error);
  return failed;
}

export interface PlanBulkOptions {
  /** Read up front in batches (default); false reads row by row (the benchmark's baseline). */
  readonly batched?: boolean;
}

const unlessWrongKind = (error: AppError | undefined): AppError | undefined =>
  wrongNodeType(error, 'WhatsAppBusinessAccount') === null ? error : undefined;

/** Plans every row, in file order. */
export async function planBulk(deps: UseCaseDeps, rows: readonly BulkRow[], options: PlanBulkOptions = {}): Promise<PlannedRow[]> {
  const failed = options.batched === false ? new Map<string, AppError>() : await prefetchPlanFacts(deps, rows);
  // The cache keeps one assigned-users list per WABA: a row naming another business for the same WABA reads its own.
  const readFor = new Map<string, string>();
  const out: PlannedRow[] = [];
  let runWide: AppError | undefined;
  for (const row of rows) {
    // A WABA id of another kind (a phone number's) is planned, so the row is refused naming it (issue 8.3).
    const known = runWide ?? unlessWrongKind(failed.get(row.wabaId));
    if (known) {
      out.push(statusOf(row, err(known)));
      continue;
    }
    const previous = readFor.get(row.wabaId);
    if (previous !== undefined && previous !== row.businessId) deps.facts.assigned.delete(row.wabaId);
    readFor.set(row.wabaId, row.businessId);
    const planned = await planRow(deps, row);
    if (planned.error && RUN_WIDE_KINDS.includes(planned.error.kind)) runWide = planned.error;
    out.push(planned);
  }
  return out;
}
