/**
 * The system users of a business, with their role and, when a WABA is given,
 * each user's current tasks on it (graph-api.md §1, §2.2). system_users is
 * always read on the business id, never the WABA id (§11.1); both reads go
 * in one batch when neither is known yet.
 */
import type { AssignedUser } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { BusinessId, WabaId } from '../../../shared/ids';
import type { SystemUserAccess } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';
import { wrongIdError } from './id-kinds';
import { readFacts, readOf } from './read-facts';

export interface SystemUsersRequest {
  readonly businessId: BusinessId;
  readonly wabaId?: WabaId;
}

/** Remembers the ids for next time (settings' cachedSystemUserIds); never fails the listing. */
export type RememberUsers = (businessId: string, userIds: readonly string[]) => void;

/** A read refused because --business or --waba is another kind of ID (issue 8.3): said as bad input naming it. */
const asBusiness = (deps: UseCaseDeps, error: AppError, businessId: BusinessId): Promise<AppError> =>
  wrongIdError(deps, error, { field: 'business', id: businessId, expected: 'Business' });
const asWaba = (deps: UseCaseDeps, error: AppError, businessId: BusinessId, wabaId: WabaId): Promise<AppError> =>
  wrongIdError(deps, error, { field: 'waba', id: wabaId, expected: 'WhatsAppBusinessAccount', businessIds: [businessId] });

async function readBoth(deps: UseCaseDeps, businessId: BusinessId, wabaId: WabaId) {
  const read = await readFacts(deps, { systemUsers: [businessId], assigned: [[wabaId, businessId]] });
  if (!read.ok) return read;
  const users = readOf(read.value.systemUsers, businessId);
  if (!users.ok) return err(await asBusiness(deps, users.error, businessId));
  const assigned = readOf(read.value.assigned, wabaId);
  if (!assigned.ok) return err(await asWaba(deps, assigned.error, businessId, wabaId));
  return ok({ users: users.value, assigned: assigned.value });
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
    if (!read.ok) return err(await asBusiness(deps, read.error, businessId));
    users = read.value;
  } else if (wabaId !== undefined) {
    const read = await graph.assignedUsers(wabaId, businessId);
    if (!read.ok) return err(await asWaba(deps, read.error, businessId, wabaId));
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
