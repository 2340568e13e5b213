/**
 * The list edges onboarding reads in batches, each as its request URL and the
 * mapper for one item (batch-read.ts follows further pages with both). The
 * WABA lists carry everything the multi-partner rule (sharing.ts) needs, on
 * every page.
 */
import type { AssignedUser, SystemUser } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { ok, type Result } from '../../../shared/result';
import type { GraphClient } from '../graph/api';
import * as map from '../graph/map';
import { relativePath } from '../graph/paths';
import { list, type Answer, type ListRead } from './batch-read';
import type { ListedWaba } from './facts';
import { sharingOf } from './sharing';

export const LIST_LIMIT = '100';
const DETAIL_FIELDS = 'id,name,currency,timezone_id,message_template_namespace,account_review_status,ownership_type,owner_business_info,is_shared_with_partners';

/** system_users is always read on the business id, never the WABA id (graph-api.md §11.1). */
export const systemUsersUrl = (businessId: string): string =>
  relativePath([businessId, 'system_users'], { fields: 'id,name,role', limit: LIST_LIMIT });

export const assignedUsersUrl = (wabaId: string, businessId: string): string =>
  relativePath([wabaId, 'assigned_users'], { business: businessId, fields: 'id,name,tasks,user_type', limit: LIST_LIMIT });

/** A WABA's own fields: enough to tell whether the business owns it (then no list is needed). */
export const wabaDetailsUrl = (wabaId: string): string => relativePath([wabaId], { fields: DETAIL_FIELDS });

export const systemUsersRead = (businessId: string): ListRead<SystemUser> => ({ url: systemUsersUrl(businessId), mapItem: map.mapSystemUser });

export const assignedUsersRead = (wabaId: string, businessId: string): ListRead<AssignedUser> => ({
  url: assignedUsersUrl(wabaId, businessId),
  mapItem: map.mapAssignedUser,
});

const strings = (value: unknown): readonly string[] | undefined =>
  Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : undefined;

/** One listed WABA: Meta's details plus the sharing rule's verdict. */
export function toListedWaba(raw: unknown, relation: 'owned' | 'client', businessId: string): Result<ListedWaba, AppError> {
  const details = map.mapWabaDetails(raw, relation);
  if (!details.ok) return details;
  const record = raw as { permitted_tasks?: unknown; is_shared_with_partners?: unknown };
  const permittedTasks = strings(record.permitted_tasks);
  const sharing = sharingOf({
    businessId,
    relation,
    ...(details.value.ownerBusiness ? { ownerBusinessId: details.value.ownerBusiness.id } : {}),
    ...(permittedTasks ? { permittedTasks } : {}),
    ...(typeof record.is_shared_with_partners === 'boolean' ? { sharedWithPartners: record.is_shared_with_partners } : {}),
  });
  const { multiPartner: _fromMeta, ...rest } = details.value;
  return ok({ ...rest, ...(sharing.multiPartner ? { multiPartner: { messagingGranted: sharing.messagingGranted } } : {}), sharing });
}

/** The owned and client edges of a business, with everything the sharing rule needs. */
export function wabaListReads(businessId: string): readonly [ListRead<ListedWaba>, ListRead<ListedWaba>] {
  return [
    {
      url: relativePath([businessId, 'owned_whatsapp_business_accounts'], { fields: DETAIL_FIELDS, limit: LIST_LIMIT }),
      mapItem: (raw) => toListedWaba(raw, 'owned', businessId),
    },
    {
      url: relativePath([businessId, 'client_whatsapp_business_accounts'], { fields: `${DETAIL_FIELDS},permitted_tasks`, limit: LIST_LIMIT }),
      mapItem: (raw) => toListedWaba(raw, 'client', businessId),
    },
  ];
}

/** The two batch items that list a business's WABAs. */
export const wabaListUrls = (businessId: string): readonly [string, string] => {
  const [owned, client] = wabaListReads(businessId);
  return [owned.url, client.url];
};

/** Reads the owned and client edges' answers (from wabaListUrls) into one list, owned first. */
export async function readWabaLists(
  graph: GraphClient,
  businessId: string,
  owned: Answer | undefined,
  client: Answer | undefined,
): Promise<Result<readonly ListedWaba[], AppError>> {
  const [ownedRead, clientRead] = wabaListReads(businessId);
  const ownedList = await list(graph, ownedRead, owned);
  if (!ownedList.ok) return ownedList;
  const clientList = await list(graph, clientRead, client);
  if (!clientList.ok) return clientList;
  const seen = new Set(ownedList.value.map((w) => w.id));
  return ok([...ownedList.value, ...clientList.value.filter((w) => !seen.has(w.id))]);
}
