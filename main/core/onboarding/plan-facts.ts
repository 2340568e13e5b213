/**
 * Gathers what the plan needs: the WABA's sharing as seen from the business,
 * the target user's current tasks, and the target's role. Whatever this
 * session does not know yet is read in ONE batch request.
 */
import type { AssignedUser, SystemUser } from '../../../shared/domain';
import { appError, type AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import * as map from '../graph/map';
import { relativePath } from '../graph/paths';
import { batchGet, list, type Answer } from './batch-read';
import type { UseCaseDeps } from './deps';
import { LIST_LIMIT, readWabaLists, wabaListUrls } from './discover';
import { knownWaba } from './facts';
import type { PlanFacts, PlanRequest } from './plan';
import { sharingOf } from './sharing';
import { assignedUsersUrl } from './system-users';

export async function gatherPlanFacts(deps: UseCaseDeps, request: PlanRequest): Promise<Result<PlanFacts, AppError>> {
  const { wabaId, businessId, userId } = request;
  const graph = deps.graph();
  const facts = deps.facts;
  const needWabas = knownWaba(facts, businessId, wabaId) === undefined && !facts.listedWabas.has(businessId);
  const needUsers = !facts.systemUsers.has(businessId);
  const needAssigned = !facts.assigned.has(wabaId);
  const urls: string[] = [];
  if (needWabas) urls.push(...wabaListUrls(businessId));
  if (needUsers) urls.push(relativePath([businessId, 'system_users'], { fields: 'id,name,role', limit: LIST_LIMIT }));
  if (needAssigned) urls.push(assignedUsersUrl(wabaId, businessId));
  const answers = await batchGet(graph, urls);
  if (!answers.ok) return answers;
  const queue: (Answer | undefined)[] = [...answers.value];

  if (needWabas) {
    const [owned, client] = [queue.shift(), queue.shift()];
    const wabas = await readWabaLists(deps, businessId, owned, client);
    if (!wabas.ok) return wabas;
    facts.listedWabas.set(businessId, wabas.value);
  }
  if (needUsers) {
    const users = await list<SystemUser>(queue.shift(), map.mapSystemUser, () => graph.systemUsers(businessId));
    // An employee token may not list users; the plan then just cannot check the role.
    if (users.ok) facts.systemUsers.set(businessId, users.value);
    else if (users.error.kind === 'token-invalid') return users;
  }
  if (needAssigned) {
    const assigned = await list<AssignedUser>(queue.shift(), map.mapAssignedUser, () => graph.assignedUsers(wabaId, businessId));
    if (!assigned.ok) return assigned;
    facts.assigned.set(wabaId, assigned.value);
  }

  let listed = knownWaba(facts, businessId, wabaId);
  if (!listed) {
    // Not on the business's edges (e.g. an employee token sees only some): ask the WABA who owns it.
    const details = await graph.waba(wabaId);
    if (!details.ok) return details;
    if (details.value.ownerBusiness?.id !== businessId) {
      return err(
        appError('not-found', `WhatsApp account ${wabaId} is neither owned by nor shared with business ${businessId} as far as this token can see.`, {
          fields: ['wabaId'],
        }),
      );
    }
    listed = { ...details.value, sharing: sharingOf({ businessId, ownerBusinessId: businessId }) };
  }
  const users = facts.systemUsers.get(businessId);
  const target = users?.find((u) => u.id === userId);
  return ok({
    sharing: listed.sharing,
    current: facts.assigned.get(wabaId)?.find((u) => u.id === userId)?.tasks ?? null,
    targetRole: target?.role ?? null,
    userInBusiness: users === undefined ? null : target !== undefined,
  });
}
