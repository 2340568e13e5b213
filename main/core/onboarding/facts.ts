/**
 * The session's memory of Meta's answers during one onboarding: the
 * businesses and system users the token sees, each business's WABAs with
 * their sharing, and the users assigned to a WABA. Reads that feed a
 * decision the user still confirms (discover, list, plan) may use it;
 * verification never does, except for the read-back that ran after this
 * session's own write in the same batch (`readBacks`, used once).
 * Cleared whenever the token or the mode changes.
 */
import type { AssignedUser, Business, SystemUser, TokenInfo, WabaDetails } from '../../../shared/domain';
import type { DiscoveredWaba, TokenFingerprint } from '../../../shared/onboarding';
import type { WabaSharing } from '../../../shared/tasks';

/** A business's WABA as its owned/client edge listed it, with the sharing rule already applied. */
export type ListedWaba = WabaDetails & { readonly sharing: WabaSharing };

export interface FactCache {
  businesses?: readonly Business[];
  /** The token's own system user, once an inspection read /me. */
  me?: { readonly id: string };
  /** The connected token's fingerprint as debug_token completed it (one read per session, however many receipts). */
  fingerprint?: TokenFingerprint;
  /** debug_token's answer when it travelled in a batch the session sent anyway (bulk planning); completes the fingerprint. */
  tokenInfo?: TokenInfo;
  readonly systemUsers: Map<string, readonly SystemUser[]>;
  readonly listedWabas: Map<string, readonly ListedWaba[]>;
  readonly discovered: Map<string, readonly DiscoveredWaba[]>;
  /** Keyed by WABA id. */
  readonly assigned: Map<string, readonly AssignedUser[]>;
  /** A WABA's own fields (owner, ownership), by WABA id: planning one row reads these before any list. */
  readonly wabaDetails: Map<string, WabaDetails>;
  /** By WABA id: assigned_users read right after this session's POST (apply+verify batch); taken once by verify. */
  readonly readBacks: Map<string, { readonly users: readonly AssignedUser[]; readonly fbtraceIds: readonly string[] }>;
  clear(): void;
}

export function createFactCache(): FactCache {
  const cache: FactCache = {
    businesses: undefined,
    me: undefined,
    fingerprint: undefined,
    tokenInfo: undefined,
    systemUsers: new Map(),
    listedWabas: new Map(),
    discovered: new Map(),
    assigned: new Map(),
    wabaDetails: new Map(),
    readBacks: new Map(),
    clear() {
      cache.readBacks.clear();
      cache.businesses = undefined;
      cache.me = undefined;
      cache.fingerprint = undefined;
      cache.tokenInfo = undefined;
      cache.systemUsers.clear();
      cache.listedWabas.clear();
      cache.discovered.clear();
      cache.assigned.clear();
      cache.wabaDetails.clear();
    },
  };
  return cache;
}

/** Each cached list by id, built once per list: a bulk run looks up every row's WABA (issue 11). */
const indexes = new WeakMap<readonly ListedWaba[], ReadonlyMap<string, ListedWaba>>();

function byId<T extends ListedWaba>(list: readonly T[] | undefined): ReadonlyMap<string, T> | undefined {
  if (list === undefined) return undefined;
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map(list.map((w) => [w.id, w]));
    indexes.set(list, index);
  }
  return index as ReadonlyMap<string, T>;
}

/** The WABA as the business's edges listed it, if this session has seen it. */
export function knownWaba(cache: FactCache, businessId: string, wabaId: string): ListedWaba | undefined {
  return byId(cache.discovered.get(businessId))?.get(wabaId) ?? byId(cache.listedWabas.get(businessId))?.get(wabaId);
}
