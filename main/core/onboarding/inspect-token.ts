/**
 * Inspect the connected token (graph-api.md §5, §4): debug_token and, in
 * parallel, one batch with /me and /me/businesses; then one batch with each
 * business's system users (for the token's role) and its owned and client
 * WABAs (for the reach). Two sequential steps, three requests in all; the
 * answers are kept for the rest of the onboarding.
 */
import type { Business, Identity, TokenInfo } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { TokenDiagnosis, TokenFingerprint } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import * as map from '../graph/map';
import { relativePath } from '../graph/paths';
import { batchGet, list, one, type ListRead } from './batch-read';
import type { UseCaseDeps } from './deps';
import { diagnose, fingerprintOf } from './diagnose';
import { businessesFromTargets } from './discover';
import { LIST_LIMIT } from './list-reads';
import { readFacts, readOf } from './read-facts';

const MY_BUSINESSES: ListRead<Business> = { url: relativePath(['me', 'businesses'], { fields: 'id,name', limit: LIST_LIMIT }), mapItem: map.mapBusiness };

/** At most this many businesses are read for role and reach (3 items each, one batch of 50). */
export const MAX_BUSINESSES_INSPECTED = 16;

export interface Inspection {
  readonly diagnosis: TokenDiagnosis;
  /** What debug_token said; null when Meta refused the token outright. */
  readonly info: TokenInfo | null;
}

const isBlocked = (error: AppError): boolean => error.kind === 'permission-denied' || error.kind === 'invalid-request';

interface Reach {
  readonly role: string | null;
  readonly wabaCount: number;
  readonly blocked: boolean;
  readonly worked: boolean;
}

/** One batch: system users and both WABA edges of every business. */
async function readReach(deps: UseCaseDeps, businesses: readonly Business[], me: Identity | null): Promise<Result<Reach, AppError>> {
  const inspected = businesses.slice(0, MAX_BUSINESSES_INSPECTED).map((b) => b.id);
  const read = await readFacts(deps, { systemUsers: inspected, wabaLists: inspected });
  if (!read.ok) return read;
  let role: string | null = null;
  let blocked = false;
  let worked = false;
  const wabaIds = new Set<string>();
  for (const business of inspected) {
    const users = readOf(read.value.systemUsers, business);
    if (users.ok) {
      worked = true;
      const mine = users.value.find((u) => u.id === me?.id);
      if (mine && role !== 'ADMIN') role = mine.role;
    } else if (isBlocked(users.error)) blocked = true;
    const wabas = readOf(read.value.wabaLists, business);
    if (wabas.ok) {
      worked = true;
      for (const waba of wabas.value) wabaIds.add(waba.id);
    } else if (isBlocked(wabas.error)) blocked = true;
  }
  return ok({ role, wabaCount: wabaIds.size, blocked, worked });
}

export async function inspectToken(deps: UseCaseDeps, last4: string): Promise<Result<Inspection, AppError>> {
  const graph = deps.graph();
  deps.facts.clear();
  const [debug, first] = await Promise.all([
    graph.debugToken(),
    batchGet(graph, [relativePath(['me'], { fields: 'id,name' }), MY_BUSINESSES.url]),
  ]);
  const base = { now: deps.now(), last4, role: null, businesses: [], wabaCount: 0, businessEdgesBlocked: false, businessEdgesWorked: false };
  if (!debug.ok) {
    // Meta refusing the token is an answer, not a failure of the inspection.
    if (debug.error.kind !== 'token-invalid') return err(debug.error);
    const subcode = debug.error.graph?.subcode;
    return ok({ info: null, diagnosis: diagnose({ ...base, info: null, me: null, ...(subcode ? { refusedSubcode: subcode } : {}) }) });
  }
  const info = debug.value;
  if (!info.isValid || !first.ok) {
    if (!first.ok && first.error.kind !== 'token-invalid' && info.isValid) return err(first.error);
    return ok({ info, diagnosis: diagnose({ ...base, info: { ...info, isValid: false }, me: null }) });
  }
  const me = one(first.value[0], map.mapIdentity);
  if (me.ok) deps.facts.me = { id: me.value.id };
  let businesses = await list(graph, MY_BUSINESSES, first.value[1]);
  const meBusinessesBlocked = !businesses.ok && isBlocked(businesses.error);
  if (!businesses.ok || businesses.value.length === 0) {
    const fallback = await businessesFromTargets(deps, info);
    businesses = fallback.ok || !businesses.ok ? fallback : businesses;
  }
  if (!businesses.ok) return err(businesses.error);
  deps.facts.businesses = businesses.value;
  const reach = businesses.value.length > 0 ? await readReach(deps, businesses.value, me.ok ? me.value : null) : ok(null);
  if (!reach.ok) return err(reach.error);
  const diagnosis = diagnose({
    ...base,
    info,
    me: me.ok ? me.value : null,
    role: reach.value?.role ?? null,
    businesses: businesses.value,
    wabaCount: reach.value?.wabaCount ?? 0,
    businessEdgesBlocked: (reach.value?.blocked ?? false) || (meBusinessesBlocked && businesses.value.length === 0 && !info.scopes.includes('business_management')),
    businessEdgesWorked: reach.value?.worked ?? false,
  });
  deps.log.info('inspect', 'token inspected', { usable: diagnosis.usable, businesses: businesses.value.length, wabas: reach.value?.wabaCount ?? 0 });
  return ok({ info, diagnosis });
}

/**
 * The fingerprint with type, app and expiry: a token not inspected in this process (a fresh CLI run,
 * --token-stdin) has only its last four characters, so one debug_token call fills in the rest.
 */
export async function completeFingerprint(deps: UseCaseDeps, fingerprint: TokenFingerprint | null): Promise<TokenFingerprint | null> {
  if (fingerprint === null || fingerprint.type !== null) return fingerprint;
  const info = await deps.graph().debugToken();
  return info.ok ? fingerprintOf(info.value, fingerprint.last4) : fingerprint;
}
