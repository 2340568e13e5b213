/**
 * The access plan, as a pure function of the request and what Meta told us:
 * which chosen tasks the catalogue and the sharing rules allow (the ONE place
 * these rules live: wizard, assign and bulk all plan here), hints worth
 * showing before anything changes, and the diff against the user's current
 * tasks. Additive by default: the asked tasks are added to what the user has;
 * only `exact` takes tasks away (a POST replaces the task set, so the plan
 * sends the union).
 */
import type { AssignRequest } from '../../../shared/domain';
import type { AccessPlan, PlanProblem } from '../../../shared/onboarding';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import {
  allowedTasks,
  foldManage,
  GRANULAR_PRESET,
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
  /** Take away the tasks not asked for (`--exact`); default false: add to what the user has. */
  readonly exact?: boolean;
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
  /** The role of the token's own system user in the business; null or absent when unknown. */
  readonly tokenRole?: string | null;
  /** Ids of the wrong kind, found in the planning reads (they block the plan). */
  readonly idProblems?: readonly PlanProblem[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The least-privilege tasks out of `allowed` that stand in for what was refused. */
function alternativeOf(asked: readonly WabaTask[], allowed: readonly WabaTask[]): WabaTask[] {
  const kept = asked.filter((task) => allowed.includes(task));
  const base = asked.includes('MANAGE') ? [...kept, ...GRANULAR_PRESET.map((p) => p.task)] : kept;
  const alternative = unique(base.filter((task) => allowed.includes(task)));
  return alternative.length > 0 ? alternative : allowed.includes('DEVELOP') ? ['DEVELOP'] : allowed.slice(0, 1);
}

/** The sharing rules: what Meta will refuse on this WABA, named with the allowed set and the alternative. */
function sharingProblems(tasks: readonly WabaTask[], sharing: WabaSharing): PlanProblem[] {
  const allowed = allowedTasks(sharing);
  const refused = tasks.filter((task) => !allowed.includes(task));
  if (refused.length === 0) return [];
  const params = { allowed: allowed.join(', '), alternative: alternativeOf(tasks, allowed).join(', ') };
  return refused.map((task): PlanProblem => {
    const code = task === 'MANAGE' && !manageAllowed(sharing) ? 'manage-needs-full-access'
      : task === 'MESSAGING' && !manageAllowed(sharing) ? 'messaging-not-shared'
      : 'task-not-permitted';
    return { code, severity: 'problem', params: { task, ...params } };
  });
}

function problemsFor(request: PlanRequest, tasks: readonly WabaTask[], finalTasks: readonly WabaTask[], facts: PlanFacts): PlanProblem[] {
  const problems: PlanProblem[] = [...(facts.idProblems ?? [])];
  const unknown = unique(request.tasks.filter((task) => !isWabaTask(task)));
  if (request.tasks.length === 0) problems.push({ code: 'no-tasks', severity: 'problem' });
  for (const task of unknown) problems.push({ code: 'unknown-task', severity: 'problem', params: { task } });
  problems.push(...sharingProblems(tasks, facts.sharing));
  if (facts.tokenRole !== undefined && facts.tokenRole !== null && facts.tokenRole !== 'ADMIN') {
    // Meta takes assignments only from an admin system user's token (graph-api.md §2.3).
    problems.push({ code: 'token-not-admin', severity: 'problem', params: { role: facts.tokenRole } });
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
  if (facts.current !== null && tasks.length > 0 && unknown.length === 0 && sameTasks(facts.current, finalTasks)) {
    problems.push({ code: 'no-change', severity: 'ok' });
  }
  return problems;
}

export function planAccess(request: PlanRequest, facts: PlanFacts): AccessPlan {
  const asked = unique(request.tasks.filter(isWabaTask));
  // A read-back with MANAGE unpacked counts as MANAGE before any union (issue 8.4).
  const current = facts.current === null ? [] : foldManage(facts.current);
  const kept = request.exact === true ? [] : current.filter(isWabaTask);
  const tasks = unique([...kept, ...asked]);
  const wanted = new Set<string>(tasks);
  const had = new Set(current);
  const problems = problemsFor(request, asked, tasks, { ...facts, current: facts.current === null ? null : current });
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

/** The input field each refusal is about, so a script (--json) is pointed at the value to fix. */
const FIELD_OF_CODE: Readonly<Record<string, string>> = {
  'business-id-wrong-kind': 'business',
  'waba-id-wrong-kind': 'waba',
  'phone-number-not-waba': 'waba',
  'user-not-in-business': 'user',
  'user-id-wrong-kind': 'user',
  'user-id-phone-number': 'user',
  'token-not-admin': 'token',
  'token-not-admin-remove': 'token',
};

/**
 * The refusals about the whole command rather than its tasks (the token's role, an ID of the wrong kind,
 * a user not in the business): each names a field other than the tasks. They are said first and alone,
 * before any plan line, since a plan built on them would describe a change that cannot be.
 */
export const wholeRefusals = (plan: AccessPlan): PlanProblem[] => refusalsOf(plan).filter((problem) => FIELD_OF_CODE[problem.code] !== undefined);

/** The field a whole-command refusal is about (tasks for the task rules). */
export const fieldOfCode = (code: string): string => FIELD_OF_CODE[code] ?? 'tasks';

/** The fields the blocking problems name (tasks for the task rules), each once. */
export const blockingFields = (plan: AccessPlan): string[] => [...new Set(blockingCodes(plan).map(fieldOfCode))];

/** The request as it is sent: the plan's task set (additive: what the user has plus what was asked). */
export const sentFor = (request: AssignRequest, plan: AccessPlan | undefined): AssignRequest => (plan ? { ...request, tasks: plan.tasks } : request);

/** The problems that block the plan, with their values. */
export const refusalsOf = (plan: AccessPlan): PlanProblem[] => plan.problems.filter((problem) => problem.severity === 'problem');
