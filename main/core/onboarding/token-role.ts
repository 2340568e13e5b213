/**
 * The token's own role as a whole-command refusal (issue 8.1): Meta takes
 * assignments and removals only from an admin system user's token
 * (graph-api.md §2.3, §5 item 5) and answers an employee's with 200/1349174
 * after the write was sent. The role is read from debug_token's user_id and
 * the business's system users, in one batch when the session lacks either;
 * the plan reads the same facts for assign and bulk, so they cost nothing
 * there. A business ID of the wrong kind shows in that very read.
 */
import type { AppError } from '../../../shared/errors';
import type { PlanProblem } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import { saidError } from '../said-error';
import type { UseCaseDeps } from './deps';
import type { FactCache } from './facts';
import { idKindProblems } from './id-kinds';
import { fieldOfCode } from './plan';
import { errorOf, tokenRoleIn } from './plan-facts';
import { readFacts } from './read-facts';
import { tokenKindError } from './token-kind';

/** What the write does: give access (assign, bulk) or take it away (remove); the refusal says which. */
export type WriteAction = 'give' | 'take';

/** The refusal for a known role other than ADMIN, else null (an unknown role is left to Meta). */
export function tokenRoleProblem(role: string | null | undefined, action: WriteAction = 'give'): PlanProblem | null {
  if (typeof role !== 'string' || role === 'ADMIN') return null;
  return { code: action === 'take' ? 'token-not-admin-remove' : 'token-not-admin', severity: 'problem', params: { role } };
}

/**
 * What refuses a write as a whole before anything is shown or sent: the token of an employee system
 * user of the business, or a business or WABA ID that is another kind of object (named from the
 * same batch: the business's system users and, with `wabaId`, the WABA's assigned users). Empty
 * when nothing does; an error only when the read itself failed (a token Meta refuses, the network).
 */
export async function writeRefusals(
  deps: UseCaseDeps,
  ids: { readonly businessId: string; readonly wabaId?: string },
  action: WriteAction = 'give',
): Promise<Result<PlanProblem[], AppError>> {
  const { facts } = deps;
  const { businessId, wabaId } = ids;
  const needUsers = !facts.systemUsers.has(businessId);
  const needAssigned = wabaId !== undefined && !facts.assigned.has(wabaId);
  const needMe = facts.me === undefined && facts.tokenInfo === undefined;
  if (needUsers || needAssigned || needMe) {
    const wants = {
      ...(needUsers ? { systemUsers: [businessId] } : {}),
      ...(needAssigned ? { assigned: [[wabaId, businessId] as const] } : {}),
    };
    const read = await readFacts(deps, wants, { inspectToken: needMe });
    if (!read.ok) return read;
    const users = read.value.systemUsers.get(businessId);
    if (users && !users.ok && users.error.kind === 'token-invalid') return err(users.error);
    const assigned = wabaId === undefined ? undefined : read.value.assigned.get(wabaId);
    const wrongIds = await idKindProblems(deps, { businessId, wabaId: wabaId ?? '', business: [errorOf(users)], waba: errorOf(assigned) });
    if (wrongIds.length > 0) return ok(wrongIds);
  }
  // A person's (or a page's) token: a token problem (exit 3), said as inspect says it.
  const notSystemUser = tokenKindError(facts);
  if (notSystemUser) return err(notSystemUser);
  const role = tokenRoleProblem(tokenRoleIn(facts, businessId), action);
  return ok(role ? [role] : []);
}

/** The token's role as a refusal of a whole run over `businessIds`, from the facts its planning read (no request). */
export function runRoleRefusal(facts: FactCache, businessIds: Iterable<string>): PlanProblem | null {
  for (const businessId of new Set(businessIds)) {
    const problem = tokenRoleProblem(tokenRoleIn(facts, businessId));
    if (problem) return problem;
  }
  return null;
}

/** A whole-command refusal as the core's error: a bad input naming its field, in the user's words. */
export const refusalError = (problem: PlanProblem): AppError =>
  saidError('bad-input', `plan.${problem.code}`, problem.params, { fields: [fieldOfCode(problem.code)] });
