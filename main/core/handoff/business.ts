/**
 * `--business` of the hand-off, checked against the WABA read the hand-off
 * makes anyway: the business that owns the account needs no further request.
 * Only when they disagree are the given business's WhatsApp accounts read
 * (owned and shared, one batch): an ID of another kind (a system user's, a
 * WABA's) is named as such, and a business that neither owns the account nor
 * has it shared is refused, so the kit never names the wrong business.
 */
import type { Business } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { asBusinessId } from '../../../shared/ids';
import { listWabas } from '../onboarding/discover';
import type { UseCaseDeps } from '../onboarding/deps';
import { wrongKindError } from '../onboarding/id-kinds';
import { saidError } from '../said-error';

/** Reads that say "this token cannot see that business", not a failure of the check. */
const NOT_VISIBLE: readonly string[] = ['not-found', 'permission-denied'];

/** null when `businessId` owns the WABA or has it shared; else the bad-input error naming --business (or a failed read). */
export async function handoffBusinessError(
  deps: UseCaseDeps,
  ids: { readonly businessId: string; readonly wabaId: string; readonly owner: Business | undefined },
): Promise<AppError | null> {
  const { businessId, wabaId, owner } = ids;
  if (owner !== undefined && owner.id === businessId) return null;
  const listed = await listWabas(deps, asBusinessId(businessId));
  if (!listed.ok) {
    const wrongKind = wrongKindError(listed.error, 'business', businessId, 'Business');
    if (wrongKind !== listed.error) return wrongKind;
    if (!NOT_VISIBLE.includes(listed.error.kind)) return listed.error;
  } else if (listed.value.some((w) => w.id === wabaId)) {
    return null;
  }
  // Meta did not name the owner (rare): there is no business to point to instead, so the given one stays.
  if (owner === undefined) return null;
  const params = { business: businessId, waba: wabaId, owner: owner.name ? `${owner.id} (${owner.name})` : owner.id };
  return saidError('bad-input', listed.ok ? 'coreError.handoffBusinessNotOfWaba' : 'coreError.handoffBusinessNotVisible', params, { fields: ['business'] });
}
