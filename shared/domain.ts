/**
 * Domain types that cross IPC and the CLI's --json output. Raw Graph wire
 * shapes (`Graph*`) stay in main/core/graph; these are what the product uses.
 */
import type { AppId, BusinessId, PhoneNumberId, SystemUserId, WabaId } from './ids';
import type { WabaTask } from './tasks';

/** What `debug_token` says about the token (never the token itself). */
export interface TokenInfo {
  readonly isValid: boolean;
  /** "SYSTEM_USER", "USER", "PAGE", "APP", or another string Meta sends. */
  readonly type: string | null;
  readonly appId: AppId | null;
  readonly application: string | null;
  /** Unix seconds; 0 means never expires; null when unknown. */
  readonly expiresAt: number | null;
  readonly dataAccessExpiresAt: number | null;
  readonly issuedAt: number | null;
  readonly scopes: readonly string[];
  /** Granular scopes; `targetIds` present when the scope is limited to some assets. */
  readonly granularScopes: readonly { readonly scope: string; readonly targetIds?: readonly string[] }[];
  readonly userId: string | null;
  /** For an invalid token, Meta's reason (already redacted). */
  readonly invalidReason?: { readonly code?: number; readonly subcode?: number; readonly message: string };
}

export interface Identity {
  readonly id: SystemUserId;
  readonly name: string;
}

export interface Business {
  readonly id: BusinessId;
  readonly name: string;
}

export interface Waba {
  readonly id: WabaId;
  readonly name: string;
  readonly currency?: string;
  readonly timezoneId?: string;
  readonly messageTemplateNamespace?: string;
  /** Which edge listed it for the business. */
  readonly relation?: 'owned' | 'client';
  /** Shared through a Multi-Partner Solution; `messagingGranted` says whether MESSAGING is included. */
  readonly multiPartner?: { readonly messagingGranted: boolean };
}

export interface WabaDetails extends Waba {
  readonly accountReviewStatus?: string;
  /** Free string: Meta's value set is unconfirmed (graph-api.md §4). */
  readonly ownershipType?: string;
  readonly ownerBusiness?: Business;
}

export interface PhoneNumber {
  readonly id: PhoneNumberId;
  readonly displayPhoneNumber: string;
  readonly verifiedName?: string;
  readonly qualityRating?: string;
}

export type SystemUserRole = 'ADMIN' | 'EMPLOYEE' | (string & {});

export interface SystemUser {
  readonly id: SystemUserId;
  readonly name: string;
  readonly role: SystemUserRole;
}

export interface AssignedUser {
  readonly id: string;
  readonly name: string;
  /** Task strings as Meta returned them (may include tasks this catalogue does not know). */
  readonly tasks: readonly string[];
  readonly userType?: string;
}

export interface WabaAssignment {
  readonly wabaId: WabaId;
  readonly name: string;
  readonly tasks: readonly string[];
}

/** Result of the "what is this ID?" check. */
/** `app`: the Meta app the connected token belongs to (debug_token's app_id), not a probe's answer. */
export type ObjectKind = 'business' | 'waba' | 'phone-number' | 'system-user' | 'app' | 'unknown';

export interface IdentifiedObject {
  readonly id: string;
  readonly kind: ObjectKind;
  readonly name?: string;
}

export interface AssignRequest {
  readonly wabaId: WabaId;
  readonly businessId: BusinessId;
  readonly userId: SystemUserId;
  readonly tasks: readonly WabaTask[];
  /** Take away tasks not in `tasks` (CLI --exact, the wizard's choice at Review); default: add to what the user has. */
  readonly exact?: boolean;
}
