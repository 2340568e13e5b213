/**
 * Verify an assignment by reading it back (graph-api.md §2.2, §11.15): GET
 * assigned_users with the business id, always fresh, and compare the TARGET
 * user's tasks with the requested ones, task by task. Optionally cross-check
 * from the user's side (assigned_whatsapp_business_accounts).
 *
 * MANAGE "provides admin access" (graph-api.md §3.1; Business Suite's "Full
 * control"), and Meta documents `tasks` as the user's unpacked tasks (§2.5): a
 * user who holds MANAGE holds every task. So a task asked for that Meta does
 * not list on its own is `included` (in MANAGE) and counts as there, unless
 * the user asked for exactness (an exact change: CLI --exact, the wizard's
 * "Make the list exact"), where only the tasks Meta lists count, and the list
 * must be exactly the asked tasks: any extra task Meta lists fails it.
 */
import type { AssignRequest } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { TaskCheck, VerifyReport } from '../../../shared/onboarding';
import { ok, type Result } from '../../../shared/result';
import { foldManage } from '../../../shared/tasks';
import type { UseCaseDeps } from './deps';
import { assignedReadError, confirmReadScope } from './read-scope';

export interface VerifyOptions {
  /** Also read the user's assigned WABAs and log any disagreement (one more request). */
  readonly crossCheck?: boolean;
}

/** Whether the comparison is literal: only where the user asked for an exact list. */
export interface CompareOptions {
  readonly exact?: boolean;
}

/**
 * Pure comparison: requested tasks granted, included in MANAGE (unless exact) or missing, then the
 * extras Meta lists. A read-back with MANAGE unpacked is MANAGE again first (issue 8.4).
 */
export function compareTasks(requested: readonly string[], actual: readonly string[] | null, options: CompareOptions = {}): { task: string; state: TaskCheck }[] {
  const have = new Set(actual === null ? [] : foldManage(actual));
  const full = have.has('MANAGE') && options.exact !== true;
  const stateOf = (task: string): TaskCheck => (have.has(task) ? 'granted' : full ? 'included' : 'missing');
  const wanted = [...new Set(requested)];
  const asked = new Set(wanted);
  return [
    ...wanted.map((task) => ({ task, state: stateOf(task) })),
    ...[...have].filter((task) => !asked.has(task)).map((task) => ({ task, state: 'extra' as TaskCheck })),
  ];
}

/** Whether a comparison passes: nothing missing and, for an exact list, nothing extra either. */
export const checksPass = (checks: readonly { readonly state: TaskCheck }[], options: CompareOptions = {}): boolean =>
  checks.every((t) => t.state !== 'missing' && (options.exact !== true || t.state !== 'extra'));

export async function verifyAccess(deps: UseCaseDeps, request: AssignRequest, options: VerifyOptions = {}): Promise<Result<VerifyReport, AppError>> {
  const graph = deps.graph();
  const traces: string[] = [];
  // The read that ran right after this session's own POST (same batch) is fresh: take it, once.
  const readBack = deps.facts.readBacks.get(request.wabaId);
  deps.facts.readBacks.delete(request.wabaId);
  const read = readBack ? ok(readBack.users) : await graph.assignedUsers(request.wabaId, request.businessId, { traces });
  if (!read.ok) return { ok: false, error: await assignedReadError(deps, read.error, request) };
  if (readBack) traces.push(...readBack.fbtraceIds);
  deps.facts.assigned.set(request.wabaId, read.value);
  const actual = read.value.find((u) => u.id === request.userId)?.tasks ?? null;
  if (actual === null) {
    // "Missing" only from a read that could have listed the user (a wrong business reads as empty).
    const scoped = await confirmReadScope(deps, request);
    if (!scoped.ok) return scoped;
  }
  const exact = { exact: request.exact === true };
  const tasks = compareTasks(request.tasks, actual, exact);
  const verified = checksPass(tasks, exact);
  if (options.crossCheck) {
    const reverse = await graph.userAssignedWabas(request.userId, { traces });
    const seen = reverse.ok ? reverse.value.find((w) => w.wabaId === request.wabaId)?.tasks ?? null : undefined;
    if (seen !== undefined && verified !== checksPass(compareTasks(request.tasks, seen, exact), exact)) {
      deps.log.warn('verify', 'the user-side read disagrees with assigned_users; assigned_users is authoritative', { wabaId: request.wabaId });
    }
  }
  deps.log.info('verify', verified ? 'assignment verified' : 'assignment NOT verified', {
    missing: tasks.filter((t) => t.state === 'missing').map((t) => t.task),
    ...(exact.exact ? { notAskedFor: tasks.filter((t) => t.state === 'extra').map((t) => t.task) } : {}),
    includedInManage: tasks.filter((t) => t.state === 'included').map((t) => t.task),
  });
  return ok({
    wabaId: request.wabaId,
    businessId: request.businessId,
    userId: request.userId,
    tasks,
    verified,
    checkedAt: deps.now().toISOString(),
    fbtraceIds: traces,
  });
}
