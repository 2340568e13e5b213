/**
 * What to do about a refusal, by Meta's code and subcode (issue 8.2): one
 * table for the wizard and the CLI alike. Only codes graph-api.md documents
 * are mapped (§6.2 code table, the 190 subcodes, §6.3 payloads, §11 common
 * failures); anything else gets null and the caller falls back to the error
 * kind's own remedy. The texts are `remedy.<id>` in every language; they say
 * what to do in Meta's screens, never a command or a wizard step, so both
 * surfaces (and the hand-off, which checks the provider's token) can show them.
 */
import type { AppError, GraphErrorDetail } from './errors';
import { translate, type Language, type MessageKey } from './i18n';

export const REMEDY_IDS = [
  'token-expired',
  'token-password-changed',
  'token-invalid',
  'token-app-not-installed',
  'token-account-blocked',
  'no-active-token',
  'unknown-path',
  'object-not-visible',
  'wrong-id-kind',
  'app-permission',
  'missing-scope',
  'not-admin',
  'multi-partner',
  'no-asset-access',
  'capability',
  'rate-app',
  'rate-user',
  'rate-custom',
  'rate-waba',
  'policy-block',
] as const;

export type RemedyId = (typeof REMEDY_IDS)[number];

export interface Remedy {
  readonly id: RemedyId;
  readonly params?: Readonly<Record<string, string>>;
}

/** 190's documented subcodes (graph-api.md §6.2, "Authentication subcodes"). */
const TOKEN_SUBCODE: Readonly<Record<number, RemedyId>> = {
  458: 'token-app-not-installed',
  459: 'token-account-blocked',
  460: 'token-password-changed',
  463: 'token-expired',
  464: 'token-account-blocked',
  467: 'token-invalid',
  492: 'token-invalid',
};

/** Rate-limit codes with a documented meaning (§6.2, §7). */
const RATE: Readonly<Record<number, RemedyId>> = { 4: 'rate-app', 341: 'rate-app', 17: 'rate-user', 32: 'rate-user', 613: 'rate-custom', 80008: 'rate-waba' };

/** The permission named in "(#200) Requires business_management permission to manage the object" (§1.5). */
const REQUIRES_SCOPE = /Requires ([a-z_]+) permission/i;

/** The specific remedy for Meta's refusal, or null when graph-api.md documents nothing more specific than the kind. */
export function remedyFor(graph: GraphErrorDetail | undefined): Remedy | null {
  const code = graph?.code;
  if (graph === undefined || code === undefined) return null;
  const message = graph.message ?? '';
  if (code === 190) return { id: (graph.subcode !== undefined ? TOKEN_SUBCODE[graph.subcode] : undefined) ?? 'token-invalid' };
  if (code === 102) return { id: 'token-invalid' };
  if (code === 2500) return { id: /active access token/i.test(message) ? 'no-active-token' : 'unknown-path' };
  if (code === 100 && graph.subcode === 33) return { id: 'object-not-visible' };
  if (code === 100 && /nonexisting field/i.test(message)) return { id: 'wrong-id-kind' };
  if (code === 3) return { id: 'capability' };
  if (code === 10) return { id: 'app-permission' };
  if (code === 368) return { id: 'policy-block' };
  const rate = RATE[code];
  if (rate !== undefined) return { id: rate };
  if (code >= 200 && code <= 299) {
    // Meta's multi-partner refusal names the solution in its message or its user-facing text (§11.8; wording UNCONFIRMED).
    if (/multi-partner/i.test(`${message} ${graph.userTitle ?? ''} ${graph.userMessage ?? ''}`)) return { id: 'multi-partner' };
    const scope = REQUIRES_SCOPE.exec(message)?.[1];
    if (scope !== undefined) return { id: 'missing-scope', params: { scope } };
    if (graph.subcode === 1349174) return { id: 'not-admin' };
    return { id: 'no-asset-access' };
  }
  return null;
}

export const remedyKey = (id: RemedyId): MessageKey => `remedy.${id}` as MessageKey;

/** The specific remedy's text in `language`, or null (then show the kind's own remedy). */
export function remedyText(language: Language, error: Pick<AppError, 'graph'>): string | null {
  const remedy = remedyFor(error.graph);
  return remedy === null ? null : translate(language, remedyKey(remedy.id), remedy.params);
}

/**
 * The core's said errors (AppError.text) whose sentence already says what to do:
 * saidError marks them `fixInMessage`, so no surface adds the generic "check the
 * values" line under a message that names the fix itself. Add a key here when
 * its text ends with the fix.
 */
const FIX_IN_MESSAGE: ReadonlySet<string> = new Set<MessageKey>([
  'coreError.tokenEmpty',
  'coreError.tokenTooShort',
  'coreError.tokenTooLong',
  'coreError.tokenBadCharacters',
  'coreError.idLooksLikePhone',
  'coreError.idDigitsOnly',
  'coreError.practiceOnly',
  'coreError.providerTokenMissing',
  'coreError.noProviderKit',
  'coreError.noExpiryToRemind',
  'coreError.practiceReceipt',
  'coreError.noCheckYet',
  'coreError.appIdNotNumber',
  'coreError.tokenNotSystemUser',
  'coreError.handoffBusinessNotOfWaba',
  'coreError.handoffBusinessNotVisible',
  'plan.business-id-wrong-kind',
  'plan.waba-id-wrong-kind',
  'plan.phone-number-not-waba',
  'plan.user-id-wrong-kind',
  'plan.user-id-phone-number',
]);

/** Whether the said error with this key carries its own fix. */
export const messageSaysFix = (key: string): boolean => FIX_IN_MESSAGE.has(key);

/** A "What to do" as an i18n key and its values. */
export interface WhatToDo {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string>>;
}

/**
 * The wizard's "What to do" for an error (every screen's error panel): the remedy
 * for Meta's code and subcode when one is documented, else the kind's own remedy.
 */
export function whatToDo(error: Pick<AppError, 'kind' | 'graph'>): WhatToDo {
  const remedy = remedyFor(error.graph);
  if (remedy === null) return { key: `error.${error.kind}.action` as MessageKey };
  return remedy.params === undefined ? { key: remedyKey(remedy.id) } : { key: remedyKey(remedy.id), params: remedy.params };
}
