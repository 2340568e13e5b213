/**
 * What the onboarding use cases report: the three-layer token diagnosis,
 * discovery, the plan, the verification and the receipt. Plain-language text
 * for every finding/problem code lives in shared/i18n, keyed by code.
 */
import type { Business, PhoneNumber, SystemUser, WabaDetails } from './domain';
import type { BusinessId, SystemUserId, WabaId } from './ids';
import type { ProviderMention } from './provider-profile';
import type { WabaSharing, WabaTask } from './tasks';

export type Severity = 'ok' | 'warning' | 'problem';

export const FINDING_CODES = [
  // layer 1: the token
  'token-valid',
  'token-invalid',
  'token-expired',
  'token-never-expires',
  'token-expires-60-day',
  'token-expires-24-hour',
  'token-expires-soon',
  'token-not-system-user',
  'scope-present',
  'scope-missing',
  // layer 2: identity and role
  'identity-admin',
  'identity-employee',
  'identity-person',
  'identity-unknown',
  'identity-role-unknown',
  // layers 2 and 3 when the token itself is refused
  'check-skipped',
  // layer 3: reach
  'reach-businesses',
  'reach-wabas',
  'reach-none',
  'reach-business-management-missing',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** Values for the message, e.g. { scope: 'business_management' } or { date: '2026-12-31' }. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface DiagnosisLayer {
  readonly layer: 'token' | 'identity' | 'reach';
  /** The worst severity of the layer's findings. */
  readonly verdict: Severity;
  readonly findings: readonly Finding[];
}

export interface TokenFingerprint {
  readonly type: string | null;
  readonly appId: string | null;
  readonly application: string | null;
  /** Unix seconds; 0 = never; null unknown. */
  readonly expiresAt: number | null;
  /** Last four characters, the only part of the token ever shown. */
  readonly last4: string;
}

export interface TokenDiagnosis {
  readonly layers: readonly [DiagnosisLayer, DiagnosisLayer, DiagnosisLayer];
  /** True when nothing is a problem (warnings allowed). */
  readonly usable: boolean;
  readonly fingerprint: TokenFingerprint | null;
  readonly identity: { readonly id: string; readonly name: string; readonly role: string | null } | null;
  readonly businesses: readonly Business[];
}

export interface TokenStatus {
  readonly connected: boolean;
  /** True when the token is in the OS keychain; false when kept in memory for this run only. */
  readonly persisted: boolean;
  readonly backend: 'keychain' | 'memory';
  /** Why the keychain is not used, when it is not. */
  readonly keychainProblem?: 'no-dbus' | 'no-secret-service' | 'keyring-locked' | 'keychain-error';
  readonly fingerprint: TokenFingerprint | null;
}

export interface ConnectOutcome {
  /** Stored only when Meta says the token is valid. */
  readonly stored: boolean;
  readonly status: TokenStatus;
  readonly diagnosis: TokenDiagnosis;
}

export interface DiscoveredWaba extends WabaDetails {
  readonly phoneNumbers: readonly PhoneNumber[];
  readonly sharing: WabaSharing;
}

export interface SystemUserAccess extends SystemUser {
  /** The user's current tasks on the chosen WABA; null when not assigned; undefined when not asked. */
  readonly currentTasks?: readonly string[] | null;
}

export const PLAN_PROBLEM_CODES = [
  'manage-needs-full-access',
  'unknown-task',
  'no-tasks',
  'no-change',
  'target-is-admin',
  'manage-billing-for-credit-line',
  'user-not-in-business',
  'messaging-not-shared',
  'task-not-permitted',
  'token-not-admin',
  'token-not-admin-remove',
  'business-id-wrong-kind',
  'waba-id-wrong-kind',
  'phone-number-not-waba',
  'user-id-wrong-kind',
  'user-id-phone-number',
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

export interface PlanProblem {
  readonly code: PlanProblemCode;
  readonly severity: Severity;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface AccessPlan {
  readonly wabaId: WabaId;
  readonly businessId: BusinessId;
  readonly userId: SystemUserId;
  readonly tasks: readonly WabaTask[];
  readonly current: readonly string[];
  readonly diff: { readonly add: readonly string[]; readonly remove: readonly string[]; readonly keep: readonly string[] };
  readonly sharing: WabaSharing;
  readonly problems: readonly PlanProblem[];
  /** False when any problem has severity 'problem'. */
  readonly canApply: boolean;
}

export interface ApplyOutcome {
  readonly changeId: string;
  readonly reconciled: boolean;
  readonly appliedAt: string;
  readonly fbtraceIds: readonly string[];
}

/** `included`: not listed on its own, but the user holds MANAGE (full control), which includes it. */
export type TaskCheck = 'granted' | 'included' | 'missing' | 'extra';

export interface VerifyReport {
  readonly wabaId: WabaId;
  readonly businessId: BusinessId;
  readonly userId: SystemUserId;
  readonly tasks: readonly { readonly task: string; readonly state: TaskCheck }[];
  /** Every requested task granted (extras do not fail verification but are reported). */
  readonly verified: boolean;
  readonly checkedAt: string;
  readonly fbtraceIds: readonly string[];
}

export interface RemoveOutcome {
  /** The journal entry of the DELETE; null when nothing was sent (nothing to remove). */
  readonly changeId: string | null;
  readonly removedAt: string;
  readonly fbtraceIds: readonly string[];
  /** The read before the DELETE showed the user not assigned: nothing was sent (issue 8.6). */
  readonly nothingToRemove: boolean;
  /** The tasks the user had, as the read before the DELETE showed them. */
  readonly removedTasks: readonly string[];
  /** The read after the DELETE no longer lists the user. */
  readonly verified: boolean;
  /** Where the removal receipt was saved, when one was. */
  readonly receiptPath?: string;
}

export interface RemovalReceipt {
  readonly kind: 'waba-access-removal-receipt';
  readonly version: 1;
  readonly createdAt: string;
  readonly mode: 'live' | 'practice';
  readonly app: { readonly name: string; readonly version: string };
  readonly graphApiVersion: string;
  readonly business: { readonly id: BusinessId };
  readonly waba: { readonly id: WabaId; readonly name?: string };
  readonly systemUser: { readonly id: SystemUserId; readonly name?: string };
  readonly removal: RemoveOutcome;
  readonly token: TokenFingerprint | null;
  readonly tokenExpiresOn?: string;
  readonly provider?: ProviderMention;
  /** SHA-256 (hex) of the RFC 8785 canonical form of this receipt without this field. */
  readonly digest?: string;
}

export interface Receipt {
  readonly kind: 'waba-access-receipt';
  readonly version: 1;
  readonly createdAt: string;
  readonly mode: 'live' | 'practice';
  readonly app: { readonly name: string; readonly version: string };
  readonly graphApiVersion: string;
  readonly business: { readonly id: BusinessId; readonly name?: string };
  readonly waba: { readonly id: WabaId; readonly name?: string };
  readonly systemUser: { readonly id: SystemUserId; readonly name?: string; readonly role?: string };
  readonly tasksRequested: readonly string[];
  /** The tasks the change took away because the list was made exact (Review's choice, the CLI's --exact); absent when none were. */
  readonly tasksTakenAway?: readonly string[];
  readonly verification: VerifyReport;
  readonly apply?: ApplyOutcome;
  readonly token: TokenFingerprint | null;
  /** The ISO date (YYYY-MM-DD) the token used here stops working; absent when it never expires or Meta did not say. */
  readonly tokenExpiresOn?: string;
  /** The provider named by the profile loaded in this session. */
  readonly provider?: ProviderMention;
  /** SHA-256 (hex) of the RFC 8785 canonical form of this receipt without this field (core/receipts/digest.ts). */
  readonly digest?: string;
}

/**
 * A token that works but cannot give access: its own system user is an employee (Meta takes
 * assignments only from an admin system user's token, graph-api.md §2.3). It can read, no more.
 */
export const readsOnly = (diagnosis: TokenDiagnosis): boolean =>
  diagnosis.usable && diagnosis.layers.some((l) => l.findings.some((f) => f.code === 'identity-employee'));
