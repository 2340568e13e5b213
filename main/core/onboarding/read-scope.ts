/**
 * When a read of a WABA's assigned users does not list the user, that means
 * "not assigned" only if the read could have listed them at all: Graph lists
 * the users of the business passed as `business`, and may answer a business
 * that is not this WABA's (or is not a business) with an empty list
 * (graph-api.md §2.2, UNCONFIRMED). Before a remove says "nothing to remove" or
 * a verify says "missing", this check makes sure the user is one of that
 * business's system users. It runs only on that negative path, so a normal
 * run makes no extra request.
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import type { BusinessId, SystemUserId, WabaId } from '../../../shared/ids';
import { ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';
import { wrongIdError, wrongKindError } from './id-kinds';
import { userKindError } from './user-kind';

export interface ReadScope {
  readonly wabaId: WabaId;
  readonly businessId: BusinessId;
  readonly userId: SystemUserId;
}

/** ok when an absent user really means "not assigned"; a bad-input error naming the field otherwise. */
export async function confirmReadScope(deps: UseCaseDeps, scope: ReadScope): Promise<Result<true, AppError>> {
  let users = deps.facts.systemUsers.get(scope.businessId);
  if (users === undefined) {
    const read = await deps.graph().systemUsers(scope.businessId);
    if (!read.ok) return { ok: false, error: businessReadError(read.error, scope) };
    users = read.value;
    deps.facts.systemUsers.set(scope.businessId, users);
  }
  if (users.some((u) => u.id === scope.userId)) return ok(true);
  // A WABA, phone number or business ID given as the user is named as such (issue 8.3).
  const wrongKind = await userKindError(deps, scope.userId, [scope.businessId]);
  if (wrongKind !== null) return { ok: false, error: wrongKind };
  return {
    ok: false,
    error: saidError('bad-input', 'coreError.userNotInBusiness', { user: scope.userId, business: scope.businessId, waba: scope.wabaId }, { fields: ['business'] }),
  };
}

/** The business's system users could not be read: a business of another kind, or one this token cannot see, names --business. */
function businessReadError(error: AppError, scope: ReadScope): AppError {
  const wrongKind = wrongKindError(error, 'business', scope.businessId, 'Business');
  if (wrongKind !== error || error.kind !== 'not-found') return wrongKind;
  return saidError('bad-input', 'coreError.businessNotVisible', { business: scope.businessId, waba: scope.wabaId }, { fields: ['business'] });
}

/**
 * A refused read of the WABA's assigned users, said as precisely as we can: a
 * WABA id of another kind names --waba (a phone number's own WABA too); an object Graph
 * cannot find with that business is checked against the business first, so a
 * business of the wrong kind, or one the user is not in, names --business.
 */
export async function assignedReadError(deps: UseCaseDeps, error: AppError, scope: ReadScope): Promise<AppError> {
  // A phone number's WABA is looked up among the business's WABAs, on this error path only.
  const wrongWaba = await wrongIdError(deps, error, { field: 'waba', id: scope.wabaId, expected: 'WhatsAppBusinessAccount', businessIds: [scope.businessId] });
  if (wrongWaba !== error || error.kind !== 'not-found') return wrongWaba;
  const scoped = await confirmReadScope(deps, scope);
  return scoped.ok ? error : scoped.error;
}
