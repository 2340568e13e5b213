/**
 * A --user (or a bulk row's user) that is not one of the business's system
 * users may be an ID of another kind: a WABA, a phone number, a business
 * (issue 8.3). Asked only on that negative path (one "what is this ID?" read,
 * none when the session already knows the ID), so a good run makes no extra
 * request. A phone number is named with its WhatsApp account when the
 * business's accounts show it.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import { asBusinessId } from '../../../shared/ids';
import type { PlanProblem } from '../../../shared/onboarding';
import type { UseCaseDeps } from './deps';
import { discoverWabas } from './discover';
import { wabaOfPhone } from './id-kinds';
import { identifyId } from './identify';

/**
 * The plan problem naming what `userId` is when it is not a system user; null when it is one (of another
 * business), when the token cannot see it, or when asking failed: "not in the business" then stays the answer.
 */
export async function userKindProblem(deps: UseCaseDeps, userId: string, businessIds: readonly string[]): Promise<PlanProblem | null> {
  const found = await identifyId(deps, userId);
  if (!found.ok) return null;
  const { kind } = found.value;
  if (kind === 'system-user' || kind === 'unknown') return null;
  if (kind === 'phone-number') {
    for (const business of businessIds) {
      if (wabaOfPhone(deps, userId) !== null) break;
      await discoverWabas(deps, asBusinessId(business));
    }
    const wabaId = wabaOfPhone(deps, userId);
    if (wabaId !== null) return { code: 'user-id-phone-number', severity: 'problem', params: { id: userId, wabaId } };
  }
  return { code: 'user-id-wrong-kind', severity: 'problem', params: { id: userId, kind } };
}

/** The same, said as a bad input naming --user (exit 2 in the CLI); null when the user is a system user. */
export async function userKindError(deps: UseCaseDeps, userId: string, businessIds: readonly string[]): Promise<AppError | null> {
  const problem = await userKindProblem(deps, userId, businessIds);
  return problem ? saidError('bad-input', `plan.${problem.code}`, problem.params, { fields: ['user'] }) : null;
}
