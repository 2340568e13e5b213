/**
 * Gathers what the plan needs: the WABA's sharing as seen from the business,
 * the target user's current tasks, and the target's role. Whatever this
 * session does not know yet is read in ONE batch request.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';
import { knownWaba, type FactCache, type ListedWaba } from './facts';
import type { AccessPlan } from '../../../shared/onboarding';
import { planAccess, type PlanFacts, type PlanRequest } from './plan';
import { readFacts } from './read-facts';
import { sharingOf } from './sharing';
import { idKindProblems } from './id-kinds';
import { userKindProblem } from './user-kind';
import { tokenKindError } from './token-kind';

/** Sharing when the WABA could not be read as one: nothing is refused on a guess. */
const UNKNOWN_SHARING = { multiPartner: false, messagingGranted: true } as const;

/** The error of a read, if it failed. */
export const errorOf = <T>(r: Result<T, AppError> | undefined): AppError | undefined => (r && !r.ok ? r.error : undefined);

const notShared = (wabaId: string, businessId: string): AppError =>
  saidError('not-found', 'coreError.wabaNotOfBusiness', { waba: wabaId, business: businessId }, { fields: ['wabaId'] });

/**
 * The WABA as the plan sees it, once its own fields are known: owned by the business, it needs no list;
 * otherwise the sharing rules need the client list's permitted_tasks (only that list carries them), read
 * once for the run. A plan result (wrong-kind ids) or an error when it cannot be placed.
 */
type Placed = { readonly listed: ListedWaba } | { readonly refused: PlanFacts };

async function placeWaba(deps: UseCaseDeps, request: PlanRequest, ownFields: AppError | undefined): Promise<Result<Placed, AppError>> {
  const { wabaId, businessId } = request;
  const facts = deps.facts;
  const own = facts.wabaDetails.get(wabaId);
  if (own && own.ownerBusiness?.id === businessId) return ok({ listed: { ...own, sharing: sharingOf({ businessId, ownerBusinessId: businessId }) } });
  if (!facts.listedWabas.has(businessId)) {
    const read = await readFacts(deps, { wabaLists: [businessId] });
    if (!read.ok) return read;
    const lists = read.value.wabaLists.get(businessId);
    const wrongIds = await idKindProblems(deps, { businessId, wabaId, business: [errorOf(lists)], waba: undefined });
    if (wrongIds.length > 0) return ok({ refused: { sharing: UNKNOWN_SHARING, current: null, targetRole: null, userInBusiness: null, idProblems: wrongIds } });
    if (lists && !lists.ok) return lists;
  }
  const listed = knownWaba(facts, businessId, wabaId);
  return listed ? ok({ listed }) : err(ownFields ?? notShared(wabaId, businessId));
}

/**
 * The role of the token's own system user in `businessId`, from what the session read (debug_token's
 * user_id, the business's system users): null when it is not among them, undefined when either is unknown.
 */
export function tokenRoleIn(facts: FactCache, businessId: string): string | null | undefined {
  const users = facts.systemUsers.get(businessId);
  const me = facts.me;
  if (me === undefined || users === undefined) return undefined;
  return users.find((u) => u.id === me.id)?.role ?? null;
}

export async function gatherPlanFacts(deps: UseCaseDeps, request: PlanRequest): Promise<Result<PlanFacts, AppError>> {
  const { wabaId, businessId, userId } = request;
  const facts = deps.facts;
  // The WABA's own fields first (issue 11): a business's list of client WABAs may run to many pages.
  const needFields = knownWaba(facts, businessId, wabaId) === undefined && !facts.wabaDetails.has(wabaId);
  // The token's own system user (debug_token's user_id) rides in the same batch whenever the session does not
  // know it yet, however the token came (stored or --token-stdin): without it an employee's token would only be
  // refused by Meta, after the write (issue 8.1).
  const inspectToken = facts.me === undefined && facts.tokenInfo === undefined;
  const read = await readFacts(deps, {
    ...(facts.systemUsers.has(businessId) ? {} : { systemUsers: [businessId] }),
    ...(facts.assigned.has(wabaId) ? {} : { assigned: [[wabaId, businessId] as const] }),
    ...(needFields ? { wabaDetails: [wabaId] } : {}),
  }, { inspectToken });
  if (!read.ok) return read;
  // A person's (or a page's) token: a token problem before anything is planned or sent, as inspect says it.
  const notSystemUser = tokenKindError(facts);
  if (notSystemUser) return err(notSystemUser);
  const userList = read.value.systemUsers.get(businessId);
  const assigned = read.value.assigned.get(wabaId);
  const ownFields = errorOf(read.value.wabaDetails.get(wabaId));
  // An id of the wrong kind shows in these very reads: a rule refusal, not a failure (issue 8.3).
  const wrongIds = await idKindProblems(deps, { businessId, wabaId, business: [errorOf(userList)], waba: errorOf(assigned) ?? ownFields });
  if (wrongIds.length > 0) return ok({ sharing: UNKNOWN_SHARING, current: null, targetRole: null, userInBusiness: null, idProblems: wrongIds });
  // An employee token may not list users; the plan then just cannot check the role.
  if (userList && !userList.ok && userList.error.kind === 'token-invalid') return userList;
  // An employee's token that cannot even read this WABA: its role, known from the same batch, is the answer.
  const earlyRole = tokenRoleIn(facts, businessId);
  if (assigned && !assigned.ok && typeof earlyRole === 'string' && earlyRole !== 'ADMIN') {
    return ok({ sharing: UNKNOWN_SHARING, current: null, targetRole: null, userInBusiness: null, tokenRole: earlyRole });
  }
  if (assigned && !assigned.ok) return assigned;

  const known = knownWaba(facts, businessId, wabaId);
  const placed = known ? ok({ listed: known }) : await placeWaba(deps, request, ownFields);
  if (!placed.ok) return placed;
  if ('refused' in placed.value) return ok(placed.value.refused);
  const listed = placed.value.listed;
  const users = facts.systemUsers.get(businessId);
  const target = users?.find((u) => u.id === userId);
  // Not one of the business's system users: a WABA, phone number or business ID is named as such (asked only here).
  const userKind = users !== undefined && target === undefined ? await userKindProblem(deps, userId, [businessId]) : null;
  if (userKind !== null) return ok({ sharing: listed.sharing, current: null, targetRole: null, userInBusiness: null, idProblems: [userKind] });
  const tokenRole = tokenRoleIn(facts, businessId);
  return ok({
    // The token's own role, when this session inspected it: an employee's token cannot give access (issue 8.1).
    ...(tokenRole !== undefined ? { tokenRole } : {}),
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
