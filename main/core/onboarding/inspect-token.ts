/**
 * Inspect the connected token (graph-api.md §5, §4) in ONE batch (issue 11):
 * debug_token, /me, /me/businesses (named), and the system users (for the
 * token's role) and owned and client WABAs (for the reach) of the business
 * that list names, through `{result=businesses:$.data.*.id}`. When the token
 * sees several businesses (or none, or the list is paged), those three reads
 * cannot be addressed that way and one more batch reads each business. The
 * answers are kept for the rest of the onboarding.
 */
import type { Business, Identity, TokenInfo } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { TokenDiagnosis, TokenFingerprint } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import * as map from '../graph/map';
import { idsOf, relativePath } from '../graph/paths';
import type { BatchItem } from '../graph/api';
import { list, one, type Answer, type ListRead } from './batch-read';
import type { UseCaseDeps } from './deps';
import { diagnose, fingerprintOf } from './diagnose';
import { businessesFromTargets } from './discover';
import { LIST_LIMIT } from './list-reads';
import { factsFromAnswers, factUrls, readFacts, readOf, type FactWants } from './read-facts';

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

const BUSINESSES = 'businesses';
const reachWants = (ids: readonly string[]): FactWants => ({ systemUsers: ids, wabaLists: ids });
/** The first batch: /me, /me/businesses, and the reach reads of the business it lists (after debug_token). */
const FIRST_ITEMS: readonly BatchItem[] = [
  { method: 'GET', relativeUrl: relativePath(['me'], { fields: 'id,name' }) },
  { method: 'GET', relativeUrl: MY_BUSINESSES.url, name: BUSINESSES },
  ...factUrls(reachWants([BUSINESSES]), () => idsOf(BUSINESSES)).map((relativeUrl) => ({ method: 'GET' as const, relativeUrl })),
];

/** Whether the businesses list was one page naming exactly `businesses`, so the referenced reads address it. */
function referencedOne(answer: Answer | undefined, businesses: readonly Business[]): boolean {
  if (businesses.length !== 1 || !answer?.ok) return false;
  const page = answer.value as { data?: unknown[]; paging?: { next?: unknown } };
  return page.data?.length === 1 && typeof page.paging?.next !== 'string';
}

/** One batch (unless the first already read it): system users and both WABA edges of every business. */
async function readReach(deps: UseCaseDeps, businesses: readonly Business[], me: Identity | null, answered?: readonly Answer[]): Promise<Result<Reach, AppError>> {
  const inspected = businesses.slice(0, MAX_BUSINESSES_INSPECTED).map((b) => b.id);
  const read = answered ? ok(await factsFromAnswers(deps, reachWants(inspected), answered)) : await readFacts(deps, reachWants(inspected));
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
  const first = await graph.debugTokenWith(FIRST_ITEMS);
  const debug = first.ok ? first.value.info : first;
  const base = { now: deps.now(), last4, role: null, businesses: [], wabaCount: 0, businessEdgesBlocked: false, businessEdgesWorked: false };
  if (!debug.ok) {
    // Meta refusing the token is an answer, not a failure of the inspection.
    if (debug.error.kind !== 'token-invalid') return err(debug.error);
    const subcode = debug.error.graph?.subcode;
    return ok({ info: null, diagnosis: diagnose({ ...base, info: null, me: null, ...(subcode ? { refusedSubcode: subcode } : {}) }) });
  }
  const info = debug.value;
  // Kept for the plan: a token that is not a system user's is refused before any write (issue 8.1).
  deps.facts.tokenInfo = info;
  const answers = first.ok ? first.value.answers.map((a) => a.result) : [];
  const meAnswer = answers[0];
  if (!info.isValid || meAnswer?.ok !== true) {
    if (meAnswer !== undefined && !meAnswer.ok && meAnswer.error.kind !== 'token-invalid' && info.isValid) return err(meAnswer.error);
    return ok({ info, diagnosis: diagnose({ ...base, info: { ...info, isValid: false }, me: null }) });
  }
  const me = one(meAnswer, map.mapIdentity);
  if (me.ok) deps.facts.me = { id: me.value.id };
  let businesses = await list(graph, MY_BUSINESSES, answers[1]);
  const reachAnswered = businesses.ok && referencedOne(answers[1], businesses.value) ? answers.slice(2) : undefined;
  const meBusinessesBlocked = !businesses.ok && isBlocked(businesses.error);
  if (!businesses.ok || businesses.value.length === 0) {
    const fallback = await businessesFromTargets(deps, info);
    businesses = fallback.ok || !businesses.ok ? fallback : businesses;
  }
  if (!businesses.ok) return err(businesses.error);
  deps.facts.businesses = businesses.value;
  const reach = businesses.value.length > 0 ? await readReach(deps, businesses.value, me.ok ? me.value : null, reachAnswered) : ok(null);
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
  const known = deps.facts.fingerprint;
  if (known?.last4 === fingerprint.last4) return known;
  // Already read alongside this run's planning (bulk), or one debug_token call now.
  const info = deps.facts.tokenInfo ? ok(deps.facts.tokenInfo) : await deps.graph().debugToken();
  if (!info.ok) return fingerprint;
  deps.facts.fingerprint = fingerprintOf(info.value, fingerprint.last4);
  // The token's own system user: with it the plan knows the token's role (an employee's cannot give access).
  if (deps.facts.me === undefined && info.value.isValid && info.value.userId !== null) deps.facts.me = { id: info.value.userId };
  return deps.facts.fingerprint;
}
