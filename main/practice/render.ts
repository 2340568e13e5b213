/**
 * Field tables per node type (graph-api.md §1.2, §2.2, §4) and the node type
 * names Meta prints in "(#100) Tried accessing nonexisting field (…) on node
 * type (…)".
 */
import { GRANULAR_TASKS } from '../../shared/tasks';
import { listedPermittedTasks, manageAllowedFor } from './access';
import type { FieldTable } from './fields';
import type {
  ScenarioBusiness,
  ScenarioPerson,
  ScenarioPhoneNumber,
  ScenarioSystemUser,
  ScenarioWaba,
} from './scenario';
import { OPENAPI_TASKS } from './tasks-param';
import type { World } from './world';

export const NODE_TYPE = {
  business: 'Business',
  waba: 'WhatsAppBusinessAccount',
  phone: 'WhatsAppBusinessPhoneNumber',
  systemUser: 'SystemUser',
  person: 'User',
} as const;

export const businessFields: FieldTable<ScenarioBusiness> = {
  id: (b) => b.id,
  name: (b) => b.name,
  verification_status: (b) => b.verificationStatus,
  timezone_id: (b) => b.timezoneId,
  created_time: (b) => b.createdTime,
};

export function wabaFields(world: World): FieldTable<ScenarioWaba> {
  return {
    id: (w) => w.id,
    name: (w) => w.name,
    currency: (w) => w.currency,
    timezone_id: (w) => w.timezoneId,
    message_template_namespace: (w) => w.messageTemplateNamespace,
    account_review_status: (w) => w.accountReviewStatus,
    ownership_type: (w) => w.ownershipType,
    owner_business_info: (w) => ({ id: w.ownerBusinessId, name: world.business(w.ownerBusinessId)?.name ?? '' }),
    is_shared_with_partners: (w) => w.sharedWith.length > 0,
  };
}

/** Tasks assignable to users of `businessId` on the WABA (client edge field `permitted_tasks`). */
export const permittedTasks = (waba: ScenarioWaba, businessId: string): readonly string[] =>
  listedPermittedTasks(waba, businessId) ?? (manageAllowedFor(waba, businessId) ? OPENAPI_TASKS : GRANULAR_TASKS);

export const phoneFields: FieldTable<ScenarioPhoneNumber> = {
  id: (p) => p.id,
  display_phone_number: (p) => p.displayPhoneNumber,
  verified_name: (p) => p.verifiedName,
  quality_rating: (p) => p.qualityRating,
  code_verification_status: (p) => p.codeVerificationStatus,
  platform_type: (p) => p.platformType,
  status: (p) => p.status,
};

/** Defaults of the phone_numbers edge, in Meta's sample order (S26). */
export const PHONE_DEFAULTS = ['verified_name', 'display_phone_number', 'id', 'quality_rating'];

export const systemUserFields: FieldTable<ScenarioSystemUser> = {
  id: (u) => u.id,
  name: (u) => u.name,
  created_time: (u) => u.createdTime,
  // Node fields per graph-api.md §1.2; the scenario does not model them, and
  // Graph omits a field that has no value rather than failing.
  finance_permission: () => undefined,
  ip_permission: () => undefined,
};

export const personFields: FieldTable<ScenarioPerson> = {
  id: (p) => p.id,
  name: (p) => p.name,
};

/** Default fields of a node read without `fields`: Meta's `{"name":…,"id":…}` (A1). */
export const NODE_DEFAULTS = ['name', 'id'];
