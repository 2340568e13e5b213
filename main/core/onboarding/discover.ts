/**
 * Discovery (architecture.md): the business portfolios the token sees, and a
 * business's owned and client WABAs with their phone numbers and sharing.
 * Both edges go in one batch, all phone-number lists in a second one.
 */
import type { Business, PhoneNumber, TokenInfo } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { asBusinessId, type BusinessId } from '../../../shared/ids';
import type { DiscoveredWaba } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import * as map from '../graph/map';
import { relativePath } from '../graph/paths';
import { batchGet, list, one, type ListRead } from './batch-read';
import type { UseCaseDeps } from './deps';
import { wrongKindError } from './id-kinds';
import type { ListedWaba } from './facts';
import { LIST_LIMIT, readWabaLists, wabaListUrls } from './list-reads';

const MODULE = 'discover';
const PHONE_FIELDS = 'id,display_phone_number,verified_name,quality_rating';

const phonesRead = (wabaId: string): ListRead<PhoneNumber> => ({
  url: relativePath([wabaId, 'phone_numbers'], { fields: PHONE_FIELDS, limit: LIST_LIMIT }),
  mapItem: map.mapPhoneNumber,
});

/** A business's WABAs as listed (cached for the session). One batch request. */
export async function listWabas(deps: UseCaseDeps, businessId: BusinessId): Promise<Result<readonly ListedWaba[], AppError>> {
  const cached = deps.facts.listedWabas.get(businessId);
  if (cached) return ok(cached);
  const graph = deps.graph();
  const answers = await batchGet(graph, wabaListUrls(businessId));
  if (!answers.ok) return answers;
  const wabas = await readWabaLists(graph, businessId, answers.value[0], answers.value[1]);
  if (wabas.ok) deps.facts.listedWabas.set(businessId, wabas.value);
  return wabas;
}

/** Owned and client WABAs of a business, each with its phone numbers and sharing. */
export async function discoverWabas(deps: UseCaseDeps, businessId: BusinessId): Promise<Result<readonly DiscoveredWaba[], AppError>> {
  const cached = deps.facts.discovered.get(businessId);
  if (cached) return ok(cached);
  const listed = await listWabas(deps, businessId);
  if (!listed.ok) return err(wrongKindError(listed.error, 'businessId', businessId, 'Business'));
  const graph = deps.graph();
  const answers = await batchGet(graph, listed.value.map((w) => phonesRead(w.id).url));
  if (!answers.ok) return answers;
  const out: DiscoveredWaba[] = [];
  for (const [index, waba] of listed.value.entries()) {
    const phones = await list(graph, phonesRead(waba.id), answers.value[index]);
    // A WABA whose numbers the token may not read is still worth showing.
    if (!phones.ok) deps.log.warn(MODULE, 'phone numbers not readable', { wabaId: waba.id, kind: phones.error.kind });
    out.push({ ...waba, phoneNumbers: phones.ok ? phones.value : [] });
  }
  deps.facts.discovered.set(businessId, out);
  return ok(out);
}

/**
 * Businesses named by the token itself, for when /me/businesses is refused:
 * business_management target ids are businesses; whatsapp_business_management
 * target ids are WABAs, whose owner_business_info names the business.
 */
export async function businessesFromTargets(deps: UseCaseDeps, info: TokenInfo): Promise<Result<readonly Business[], AppError>> {
  const targets = (scope: string): string[] => info.granularScopes.filter((g) => g.scope === scope).flatMap((g) => g.targetIds ?? []);
  const businessIds = [...new Set(targets('business_management'))];
  const wabaIds = [...new Set([...targets('whatsapp_business_management'), ...targets('whatsapp_business_messaging')])].slice(0, 50);
  const found = new Map<string, Business>(businessIds.map((id) => [id, { id: asBusinessId(id), name: '' }]));
  if (wabaIds.length > 0) {
    const answers = await batchGet(deps.graph(), wabaIds.map((id) => relativePath([id], { fields: 'id,name,owner_business_info' })));
    if (!answers.ok) return answers;
    for (const answer of answers.value) {
      const waba = one(answer, (raw) => map.mapWabaDetails(raw));
      const owner = waba.ok ? waba.value.ownerBusiness : undefined;
      if (owner) found.set(owner.id, owner);
    }
  }
  return ok([...found.values()]);
}

/** The businesses the token sees: the session's answer, /me/businesses, or the token's own targets. */
export async function listBusinesses(deps: UseCaseDeps): Promise<Result<readonly Business[], AppError>> {
  if (deps.facts.businesses) return ok(deps.facts.businesses);
  const graph = deps.graph();
  const mine = await graph.myBusinesses();
  if (mine.ok && mine.value.length > 0) {
    deps.facts.businesses = mine.value;
    return mine;
  }
  if (!mine.ok && !['permission-denied', 'invalid-request', 'not-found'].includes(mine.error.kind)) return mine;
  const info = await graph.debugToken();
  if (!info.ok) return mine.ok ? info : err(mine.error);
  const fallback = await businessesFromTargets(deps, info.value);
  if (fallback.ok) deps.facts.businesses = fallback.value;
  return fallback;
}
