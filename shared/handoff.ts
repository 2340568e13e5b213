/**
 * The hand-off (issue 9.1): the provider's token is checked (never stored) and
 * the "provider kit" is produced: the ids the provider's setup page asks for,
 * and the token's expiry. The kit never holds the token.
 * Plain-language text for each check code is `handoff.<code>` in shared/i18n.
 */
import type { Severity } from './onboarding';
import type { ProviderMention } from './provider-profile';

export const HANDOFF_CHECK_CODES = [
  // the token itself
  'token-invalid',
  'token-expired',
  'token-not-system-user',
  'token-system-user',
  'token-never-expires',
  'token-expires-on',
  'token-expires-60-day',
  'token-expires-24-hour',
  'permission-present',
  'permission-missing',
  // whose token
  'user-matches',
  'user-other',
  'user-person',
  'admin-system-user',
  'employee-system-user',
  'role-unknown',
  // what the profile expects
  'profile-app-mismatch',
  'profile-user-name-mismatch',
  // reach
  'reach-waba',
  'reach-waba-refused',
  'reach-phones',
  'reach-phones-none',
] as const;
export type HandoffCheckCode = (typeof HANDOFF_CHECK_CODES)[number];

export interface HandoffCheck {
  readonly code: HandoffCheckCode;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Permissions the provider's token needs at least (more come from a profile). */
export const HANDOFF_PERMISSIONS = ['whatsapp_business_messaging', 'whatsapp_business_management'] as const;

/**
 * fit: usable (warnings allowed); token-unfit: person's token, expired,
 * invalid, missing permission, another system user (CLI exit 3); no-reach: the
 * token cannot read this WABA (CLI exit 4).
 */
export type HandoffVerdict = 'fit' | 'token-unfit' | 'no-reach';

export interface KitPhoneNumber {
  readonly id: string;
  readonly displayPhoneNumber: string;
  readonly verifiedName: string | null;
}

export interface ProviderKit {
  readonly kind: 'waba-access-provider-kit';
  readonly version: 1;
  readonly createdAt: string;
  readonly mode: 'live' | 'practice';
  readonly provider: ProviderMention | null;
  readonly businessId: string | null;
  readonly waba: { readonly id: string; readonly name: string | null };
  readonly phoneNumbers: readonly KitPhoneNumber[];
  readonly appId: string | null;
  readonly application: string | null;
  readonly systemUser: { readonly id: string | null; readonly name: string | null; readonly role: string | null };
  /** The tasks verified for the provider's system user on this WABA (this session's check, or read with the provider's token); null when unknown. */
  readonly tasksVerified: readonly string[] | null;
  /** "never", or the ISO date (YYYY-MM-DD) the token stops working; null when Meta did not say. */
  readonly tokenExpiry: string | null;
  /** Last four characters of the provider's token, so the provider can tell which token was checked. */
  readonly tokenLast4: string;
}

export interface HandoffReport {
  readonly verdict: HandoffVerdict;
  readonly checks: readonly HandoffCheck[];
  /** Present when the token reached the WABA (even with warnings or a token problem found after). */
  readonly kit: ProviderKit | null;
  /** The day the provider token stops working (YYYY-MM-DD) when it expires: a reminder (.ics) a week before is offered. */
  readonly reminderDate: string | null;
}
