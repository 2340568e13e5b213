/**
 * "What is this ID?" folded into the reads the plan makes anyway (issue 8.3):
 * Graph answers an edge read on the wrong kind of node with "(#100) Tried
 * accessing nonexisting field (x) on node type (Y)", so a business id that is
 * a WABA, or a WABA id that is a phone number, is named from the planning
 * batch itself. Only on that error path is a phone number's WABA looked up.
 */
import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import type { PlanProblem } from '../../../shared/onboarding';
import { nodeTypeOf } from '../graph/identify';
import type { UseCaseDeps } from './deps';
import { discoverWabas } from './discover';
import { asBusinessId } from '../../../shared/ids';
import { kindOfNodeType } from '../../../shared/id-kind';

const isPhone = (nodeType: string): boolean => kindOfNodeType(nodeType) === 'phone-number';

/** A read refused because the id is of the wrong kind: said as a bad input naming the field (exit 2 in the CLI). */
export function wrongKindError(error: AppError, field: string, id: string, expected: string): AppError {
  const type = wrongNodeType(error, expected);
  if (type === null) return error;
  const key = expected === 'Business' ? 'plan.business-id-wrong-kind' : 'plan.waba-id-wrong-kind';
  return saidError('bad-input', key, { id, kind: kindOfNodeType(type) }, { fields: [field] });
}

/** The node type Meta named when an edge was read on the wrong kind of object, if it did. */
export function wrongNodeType(error: AppError | undefined, expected: string): string | null {
  if (error === undefined) return null;
  const type = nodeTypeOf(error);
  return type !== undefined && type !== expected ? type : null;
}

/** The WABA a phone number belongs to, from what the session has listed (discovered WABAs with their numbers). */
export function wabaOfPhone(deps: UseCaseDeps, phoneId: string): string | null {
  for (const wabas of deps.facts.discovered.values()) {
    const found = wabas.find((w) => w.phoneNumbers.some((p) => p.id === phoneId));
    if (found) return found.id;
  }
  return null;
}

/**
 * A refused read on `id` (given as `field`, meant to be an `expected` node), said as a bad input
 * when Meta named another node type: what the ID is and, for a phone number given as a WABA, its
 * WABA, looked up (only on this error path) among the WABAs of `businessIds`. Any other error is
 * returned as it is.
 */
export async function wrongIdError(
  deps: UseCaseDeps,
  error: AppError,
  ids: { readonly field: string; readonly id: string; readonly expected: 'Business' | 'WhatsAppBusinessAccount'; readonly businessIds?: readonly string[] },
): Promise<AppError> {
  const type = wrongNodeType(error, ids.expected);
  if (type === null) return error;
  const fields = { fields: [ids.field] };
  if (ids.expected === 'Business') return saidError('bad-input', 'plan.business-id-wrong-kind', { id: ids.id, kind: kindOfNodeType(type) }, fields);
  if (isPhone(type)) {
    for (const business of ids.businessIds ?? []) {
      if (wabaOfPhone(deps, ids.id) !== null) break;
      await discoverWabas(deps, asBusinessId(business));
    }
    const meant = wabaOfPhone(deps, ids.id);
    if (meant !== null) return saidError('bad-input', 'plan.phone-number-not-waba', { id: ids.id, wabaId: meant }, fields);
  }
  return saidError('bad-input', 'plan.waba-id-wrong-kind', { id: ids.id, kind: kindOfNodeType(type) }, fields);
}

export interface IdErrors {
  readonly businessId: string;
  readonly wabaId: string;
  /** Errors of the reads on the business (its WABA lists, its system users). */
  readonly business: readonly (AppError | undefined)[];
  /** The error of the assigned_users read on the WABA. */
  readonly waba: AppError | undefined;
}

/** Plan problems for ids of the wrong kind; empty when every id is what its field says. */
export async function idKindProblems(deps: UseCaseDeps, ids: IdErrors): Promise<PlanProblem[]> {
  const problems: PlanProblem[] = [];
  const businessType = ids.business.map((e) => wrongNodeType(e, 'Business')).find((t) => t !== null) ?? null;
  if (businessType !== null) problems.push({ code: 'business-id-wrong-kind', severity: 'problem', params: { id: ids.businessId, kind: kindOfNodeType(businessType) } });
  const wabaType = wrongNodeType(ids.waba, 'WhatsAppBusinessAccount');
  if (wabaType !== null) {
    const phone = isPhone(wabaType);
    // Only on this error path: the business's WABAs with their numbers say which WABA was meant.
    if (phone && wabaOfPhone(deps, ids.wabaId) === null && businessType === null) await discoverWabas(deps, asBusinessId(ids.businessId));
    const meant = phone ? wabaOfPhone(deps, ids.wabaId) : null;
    problems.push(
      meant !== null
        ? { code: 'phone-number-not-waba', severity: 'problem', params: { id: ids.wabaId, wabaId: meant } }
        : { code: 'waba-id-wrong-kind', severity: 'problem', params: { id: ids.wabaId, kind: kindOfNodeType(wabaType) } },
    );
  }
  return problems;
}
