/**
 * Gathers what the plan needs: the WABA's sharing as seen from the business,
 * the target user's current tasks, and the target's role. Whatever this
 * session does not know yet is read in ONE batch request.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';
import { knownWaba } from './facts';
import type { AccessPlan } from '../../../shared/onboarding';
import { planAccess, type PlanFacts, type PlanRequest } from './plan';
import { readFacts } from './read-facts';
import { sharingOf } from './sharing';
import { idKindProblems } from './id-kinds';

/** Sharing when the WABA could not be read as one: nothing is refused on a guess. */
const UNKNOWN_SHARING = { multiPartner: false, messagingGranted: true } as const;

export async function gatherPlanFacts(deps: UseCaseDeps, request: PlanRequest): Promise<Result<PlanFacts, AppError>> {
  const { wabaId, businessId, userId } = request;
  const graph = deps.graph();
  const facts = deps.facts;
  const needWabas = knownWaba(facts, businessId, wabaId) === undefined && !facts.listedWabas.has(businessId);
  const read = await readFacts(deps, {
    ...(needWabas ? { wabaLists: [businessId] } : {}),
    ...(facts.systemUsers.has(businessId) ? {} : { systemUsers: [businessId] }),
    ...(facts.assigned.has(wabaId) ? {} : { assigned: [[wabaId, businessId] as const] }),
  });
  if (!read.ok) return read;
  const wabas = read.value.wabaLists.get(businessId);
  const userList = read.value.systemUsers.get(businessId);
  const assigned = read.value.assigned.get(wabaId);
  const errorOf = <T>(r: Result<T, AppError> | undefined): AppError | undefined => (r && !r.ok ? r.error : undefined);
  // An id of the wrong kind shows in these very reads: a rule refusal, not a failure (issue 8.3).
  const wrongIds = await idKindProblems(deps, { businessId, wabaId, business: [errorOf(wabas), errorOf(userList)], waba: errorOf(assigned) });
  if (wrongIds.length > 0) return ok({ sharing: UNKNOWN_SHARING, current: null, targetRole: null, userInBusiness: null, idProblems: wrongIds });
  if (wabas && !wabas.ok) return wabas;
  // An employee token may not list users; the plan then just cannot check the role.
  if (userList && !userList.ok && userList.error.kind === 'token-invalid') return userList;
  if (assigned && !assigned.ok) return assigned;

  let listed = knownWaba(facts, businessId, wabaId);
  if (!listed) {
    // Not on the business's edges (e.g. an employee token sees only some): ask the WABA who owns it.
    const details = await graph.waba(wabaId);
    if (!details.ok) return details;
    if (details.value.ownerBusiness?.id !== businessId) {
      return err(
        saidError('not-found', 'coreError.wabaNotOfBusiness', { waba: wabaId, business: businessId }, {
          fields: ['wabaId'],
        }),
      );
    }
    listed = { ...details.value, sharing: sharingOf({ businessId, ownerBusinessId: businessId }) };
  }
  const users = facts.systemUsers.get(businessId);
  const target = users?.find((u) => u.id === userId);
  const me = facts.me;
  return ok({
    // The token's own role, when this session inspected it: an employee's token cannot give access (issue 8.1).
    ...(me && users ? { tokenRole: users.find((u) => u.id === me.id)?.role ?? null } : {}),
    sharing: listed.sharing,
    current: facts.assigned.get(wabaId)?.find((u) => u.id === userId)?.tasks ?? null,
    targetRole: target?.role ?? null,
    userInBusiness: users === undefined ? null : target !== undefined,
  });
}

/** The plan for a request, from what the session knows (reading the rest in one batch). */
export async function planFor(deps: UseCaseDeps, request: PlanRequest): Promise<Result<AccessPlan, AppError>> {
  const facts = await gatherPlanFacts(deps, request);
  return facts.ok ? ok(planAccess(request, facts.value)) : facts;
}
