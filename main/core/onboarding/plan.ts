/**
 * The access plan, as a pure function of the request and what Meta told us:
 * which chosen tasks the catalogue and the multi-partner rules allow, hints
 * worth showing before anything changes, and the diff against the user's
 * current tasks (a POST replaces the task set, so the diff is exact).
 */
import type { AccessPlan, PlanProblem } from '../../../shared/onboarding';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import {
  isWabaTask,
  LINE_OF_CREDIT_TASK,
  manageAllowed,
  sameTasks,
  type WabaSharing,
  type WabaTask,
} from '../../../shared/tasks';

export interface PlanRequest {
  readonly wabaId: WabaId;
  readonly businessId: BusinessId;
  readonly userId: SystemUserId;
  readonly tasks: readonly string[];
}

/** What the plan needs to know about the WABA and the target user. */
export interface PlanFacts {
  readonly sharing: WabaSharing;
  /** The user's current tasks on the WABA; null when not assigned. */
  readonly current: readonly string[] | null;
  /** The target's role in the business; null when unknown. */
  readonly targetRole: string | null;
  /** False when the business's system users were read and the target is not among them; null when unknown. */
  readonly userInBusiness: boolean | null;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** True when both lists hold the same tasks, in any order. */

function problemsFor(request: PlanRequest, tasks: readonly WabaTask[], facts: PlanFacts): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const unknown = unique(request.tasks.filter((task) => !isWabaTask(task)));
  if (request.tasks.length === 0) problems.push({ code: 'no-tasks', severity: 'problem' });
  for (const task of unknown) problems.push({ code: 'unknown-task', severity: 'problem', params: { task } });
  if (tasks.includes('MANAGE') && !manageAllowed(facts.sharing)) {
    problems.push({ code: 'manage-needs-full-access', severity: 'problem', params: { task: 'MANAGE' } });
  }
  if (facts.userInBusiness === false) {
    problems.push({ code: 'user-not-in-business', severity: 'problem', params: { userId: request.userId, businessId: request.businessId } });
  }
  if (facts.targetRole === 'ADMIN') {
    // Admins reach every WABA of the portfolio anyway (graph-api.md §11.15); an explicit assignment is still allowed.
    problems.push({ code: 'target-is-admin', severity: 'warning', params: { userId: request.userId } });
  }
  if (facts.sharing.multiPartner && !tasks.includes('MANAGE') && !tasks.includes(LINE_OF_CREDIT_TASK) && tasks.length > 0) {
    problems.push({ code: 'manage-billing-for-credit-line', severity: 'ok', params: { task: LINE_OF_CREDIT_TASK } });
  }
  if (facts.current !== null && tasks.length > 0 && unknown.length === 0 && sameTasks(facts.current, tasks)) {
    problems.push({ code: 'no-change', severity: 'ok' });
  }
  return problems;
}

export function planAccess(request: PlanRequest, facts: PlanFacts): AccessPlan {
  const tasks = unique(request.tasks.filter(isWabaTask));
  const current = facts.current ?? [];
  const wanted = new Set<string>(tasks);
  const had = new Set(current);
  const problems = problemsFor(request, tasks, facts);
  return {
    wabaId: request.wabaId,
    businessId: request.businessId,
    userId: request.userId,
    tasks,
    current,
    diff: {
      add: tasks.filter((task) => !had.has(task)),
      remove: unique(current.filter((task) => !wanted.has(task))),
      keep: tasks.filter((task) => had.has(task)),
    },
    sharing: facts.sharing,
    problems,
    canApply: problems.every((problem) => problem.severity !== 'problem'),
  };
}

/** True when applying the plan would change nothing on Meta's side. */
export const isNoChange = (plan: AccessPlan): boolean => plan.problems.some((problem) => problem.code === 'no-change');

/** The codes of the problems that block the plan (empty when it may be applied). */
export const blockingCodes = (plan: AccessPlan): string[] =>
  plan.problems.filter((problem) => problem.severity === 'problem').map((problem) => problem.code);
