/**
 * "What is this ID?" (product.md, struggle 6): says whether an id is a
 * business, a WABA, a phone number or a system user, or nothing the token can
 * see, before the user builds anything on it. Ids this session already knows
 * are answered without asking Meta.
 */
import { saidError } from '../said-error';
import type { IdentifiedObject } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { isGraphId } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from './deps';

const PHONE_LIKE = /^\+[\d\s().-]{6,}$|^\d{1,4}[\s.-]\d[\d\s.-]{4,}$/;

/** Checks the pasted text; ids are 1-20 digits (spaces from copying are dropped). */
export function parseId(raw: string): Result<string, AppError> {
  const text = raw.trim();
  if (PHONE_LIKE.test(text)) {
    return err(saidError('bad-input', 'coreError.idLooksLikePhone', undefined, { fields: ['id'] }));
  }
  const id = text.replace(/\s+/g, '');
  if (!isGraphId(id)) return err(saidError('bad-input', 'coreError.idDigitsOnly', undefined, { fields: ['id'] }));
  return ok(id);
}

function fromSession(deps: UseCaseDeps, id: string): IdentifiedObject | undefined {
  const { facts } = deps;
  const business = facts.businesses?.find((b) => b.id === id);
  if (business) return { id, kind: 'business', ...(business.name ? { name: business.name } : {}) };
  for (const wabas of facts.listedWabas.values()) {
    const waba = wabas.find((w) => w.id === id);
    if (waba) return { id, kind: 'waba', ...(waba.name ? { name: waba.name } : {}) };
  }
  for (const users of facts.systemUsers.values()) {
    const user = users.find((u) => u.id === id);
    if (user) return { id, kind: 'system-user', ...(user.name ? { name: user.name } : {}) };
  }
  return undefined;
}

export async function identifyId(deps: UseCaseDeps, raw: string): Promise<Result<IdentifiedObject, AppError>> {
  const id = parseId(raw);
  if (!id.ok) return id;
  const known = fromSession(deps, id.value);
  if (known) return ok(known);
  const answer = await deps.graph().identify(id.value);
  // "Nothing this token can see" is an answer, not a failure.
  if (!answer.ok && answer.error.kind === 'not-found') return ok({ id: id.value, kind: 'unknown' });
  return answer;
}
