/**
 * The system users of a business, with their role and, when a WABA is given,
 * each user's current tasks on it (graph-api.md §1, §2.2). system_users is
 * always read on the business id, never the WABA id (§11.1); both reads go
 * in one batch when neither is known yet.
 */
import type { AssignedUser, SystemUser } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { BusinessId, WabaId } from '../../../shared/ids';
import type { SystemUserAccess } from '../../../shared/onboarding';
import { ok, type Result } from '../../../shared/result';
import * as map from '../graph/map';
import { relativePath } from '../graph/paths';
import { batchGet, list } from './batch-read';
import type { UseCaseDeps } from './deps';
import { LIST_LIMIT } from './discover';

export interface SystemUsersRequest {
  readonly businessId: BusinessId;
  readonly wabaId?: WabaId;
}

/** Remembers the ids for next time (settings' cachedSystemUserIds); never fails the listing. */
export type RememberUsers = (businessId: string, userIds: readonly string[]) => void;

export const assignedUsersUrl = (wabaId: string, businessId: string): string =>
  relativePath([wabaId, 'assigned_users'], { business: businessId, fields: 'id,name,tasks,user_type', limit: LIST_LIMIT });

async function readBoth(deps: UseCaseDeps, businessId: BusinessId, wabaId: WabaId) {
  const graph = deps.graph();
  const answers = await batchGet(graph, [relativePath([businessId, 'system_users'], { fields: 'id,name,role', limit: LIST_LIMIT }), assignedUsersUrl(wabaId, businessId)]);
  if (!answers.ok) return answers;
  const users = await list<SystemUser>(answers.value[0], map.mapSystemUser, () => graph.systemUsers(businessId));
  if (!users.ok) return users;
  const assigned = await list<AssignedUser>(answers.value[1], map.mapAssignedUser, () => graph.assignedUsers(wabaId, businessId));
  return assigned.ok ? ok({ users: users.value, assigned: assigned.value }) : assigned;
}

export async function listSystemUsers(
  deps: UseCaseDeps,
  request: SystemUsersRequest,
  remember?: RememberUsers,
): Promise<Result<readonly SystemUserAccess[], AppError>> {
  const { businessId, wabaId } = request;
  const graph = deps.graph();
  let users = deps.facts.systemUsers.get(businessId);
  let assigned: readonly AssignedUser[] | undefined;
  if (wabaId !== undefined && users === undefined) {
    const both = await readBoth(deps, businessId, wabaId);
    if (!both.ok) return both;
    ({ users, assigned } = both.value);
  } else if (users === undefined) {
    const read = await graph.systemUsers(businessId);
    if (!read.ok) return read;
    users = read.value;
  } else if (wabaId !== undefined) {
    const read = await graph.assignedUsers(wabaId, businessId);
    if (!read.ok) return read;
    assigned = read.value;
  }
  deps.facts.systemUsers.set(businessId, users);
  if (wabaId !== undefined && assigned !== undefined) deps.facts.assigned.set(wabaId, assigned);
  try {
    remember?.(businessId, users.map((u) => u.id));
  } catch (error) {
    deps.log.warn('system-users', 'could not remember system user ids', { error: error instanceof Error ? error.name : 'error' });
  }
  return ok(
    users.map((user): SystemUserAccess =>
      assigned === undefined ? user : { ...user, currentTasks: assigned.find((a) => a.id === user.id)?.tasks ?? null },
    ),
  );
}
