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
import { identifyItems, readIdentifyAnswers } from '../graph/identify';
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

/** The token's own app, as debug_token names it (app_id and application). */
function ownApp(info: { readonly appId: string | null; readonly application: string | null } | undefined, id: string): IdentifiedObject | undefined {
  if (!info || info.appId !== id) return undefined;
  return { id, kind: 'app', ...(info.application ? { name: info.application } : {}) };
}

function fromSession(deps: UseCaseDeps, id: string): IdentifiedObject | undefined {
  const { facts } = deps;
  const app = ownApp(facts.tokenInfo ?? facts.fingerprint, id);
  if (app) return app;
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
  // debug_token rides in the probes' batch (no extra round trip): the token's own app is no node the
  // probes can read, but debug_token names it.
  const read = await deps.graph().debugTokenWith(identifyItems(id.value));
  if (!read.ok) return read;
  const { info, answers } = read.value;
  if (info.ok && info.value.isValid) {
    deps.facts.tokenInfo = info.value;
    if (deps.facts.me === undefined && info.value.userId !== null) deps.facts.me = { id: info.value.userId };
    const app = ownApp(info.value, id.value);
    if (app) return ok(app);
  }
  const answer = readIdentifyAnswers(id.value, answers);
  // "Nothing this token can see" is an answer, not a failure.
  if (!answer.ok && answer.error.kind === 'not-found') return ok({ id: id.value, kind: 'unknown' });
  return answer;
}
