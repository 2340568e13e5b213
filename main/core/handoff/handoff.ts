/**
 * The hand-off check (issue 9.1) as a use case over a Graph client that holds
 * the PROVIDER's token (session.ts `withToken` builds it; the admin token is
 * never involved). Checks, in order: the token itself (valid, a system user's,
 * expiry, permissions), whose it is (the expected system user, its role), what
 * a provider profile expects (app, system-user name), and its reach (this WABA
 * and its phone numbers, read functionally). Returns the report with the
 * provider kit; the kit never holds the token.
 */
import type { Business, TokenInfo } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { HANDOFF_PERMISSIONS, type HandoffCheck, type HandoffReport, type HandoffVerdict, type ProviderKit } from '../../../shared/handoff';
import { asBusinessId, asWabaId } from '../../../shared/ids';
import type { LoadedProfile } from '../../../shared/provider-profile';
import { err, ok, type Result } from '../../../shared/result';
import type { UseCaseDeps } from '../onboarding/deps';
import { SHORT_TOKEN_SECONDS } from '../onboarding/diagnose';
import { wrongIdError } from '../onboarding/id-kinds';
import { userKindError } from '../onboarding/user-kind';
import { handoffBusinessError } from './business';

/** A 60-day token ends within ~70 days (slack for clock skew and issue time), as the admin diagnosis counts it. */
const SIXTY_DAY_SECONDS = 70 * 24 * 3600;
/** Businesses read to learn the system user's role (its own business comes first in practice). */
const ROLE_BUSINESSES = 5;

export interface HandoffInput {
  readonly wabaId: string;
  readonly businessId?: string;
  /** The system user the token must belong to (the one just assigned, or --user). */
  readonly userId?: string;
  readonly profile: LoadedProfile | null;
  /** Tasks this session verified for the user on the WABA (the wizard's Verify step), when known. */
  readonly verifiedTasks?: readonly string[] | null;
  /** Asked after the reads: answers from the practice server make the kit a practice kit. */
  readonly mode: () => 'live' | 'practice';
  readonly last4: string;
}

/** Failures that are an answer about the token or its reach, not a failure of the check. */
const REFUSALS: readonly string[] = ['permission-denied', 'not-found', 'invalid-request', 'token-invalid'];
const isoDate = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

function verdictOf(checks: readonly HandoffCheck[]): HandoffVerdict {
  const problems = checks.filter((c) => c.severity === 'problem').map((c) => c.code);
  if (problems.some((code) => !code.startsWith('reach-'))) return 'token-unfit';
  return problems.length > 0 ? 'no-reach' : 'fit';
}

function tokenChecks(info: TokenInfo, input: HandoffInput, nowSeconds: number): HandoffCheck[] {
  const checks: HandoffCheck[] = [];
  checks.push(info.type === 'SYSTEM_USER' ? { code: 'token-system-user', severity: 'ok' } : { code: 'token-not-system-user', severity: 'problem', params: { type: info.type ?? 'unknown' } });
  const expiresAt = info.expiresAt;
  if (expiresAt === 0) checks.push({ code: 'token-never-expires', severity: 'ok' });
  else if (expiresAt !== null && expiresAt <= nowSeconds) checks.push({ code: 'token-expired', severity: 'problem', params: { date: isoDate(expiresAt) } });
  else if (expiresAt !== null && expiresAt - nowSeconds <= SHORT_TOKEN_SECONDS) checks.push({ code: 'token-expires-24-hour', severity: 'warning', params: { date: isoDate(expiresAt) } });
  else if (expiresAt !== null && expiresAt - nowSeconds <= SIXTY_DAY_SECONDS) checks.push({ code: 'token-expires-60-day', severity: 'warning', params: { date: isoDate(expiresAt) } });
  else if (expiresAt !== null) checks.push({ code: 'token-expires-on', severity: 'ok', params: { date: isoDate(expiresAt) } });
  const needed = [...new Set([...HANDOFF_PERMISSIONS, ...(input.profile?.profile.tokenPermissions ?? [])])];
  for (const scope of needed) {
    checks.push(info.scopes.includes(scope) ? { code: 'permission-present', severity: 'ok', params: { scope } } : { code: 'permission-missing', severity: 'problem', params: { scope } });
  }
  return checks;
}

/** The token's system user and its role, as far as the token can read them. */
interface Who {
  readonly id: string | null;
  readonly name: string | null;
  readonly role: string | null;
  /** The businesses the token sees (kept to find a phone number's WABA if one is given as the WABA). */
  readonly businesses: readonly Business[];
}

async function whoAndRole(deps: UseCaseDeps, info: TokenInfo): Promise<Who> {
  const graph = deps.graph();
  const me = await graph.me();
  const id = me.ok ? me.value.id : info.userId;
  const name = me.ok ? me.value.name : null;
  if (id === null) return { id, name, role: null, businesses: [] };
  const businesses = await graph.myBusinesses();
  const list: readonly Business[] = businesses.ok ? businesses.value : [];
  for (const business of list.slice(0, ROLE_BUSINESSES)) {
    const users = await graph.systemUsers(business.id);
    const mine = users.ok ? users.value.find((u) => u.id === id) : undefined;
    if (mine) return { id, name: name ?? mine.name, role: mine.role, businesses: list };
  }
  return { id, name, role: null, businesses: list };
}

function identityChecks(who: Who, input: HandoffInput, info: TokenInfo): HandoffCheck[] {
  const checks: HandoffCheck[] = [];
  if (input.userId !== undefined) {
    checks.push(
      who.id === input.userId
        ? { code: 'user-matches', severity: 'ok', params: { user: input.userId, name: who.name ?? '' } }
        : { code: info.type === 'USER' ? 'user-person' : 'user-other', severity: 'problem', params: { expected: input.userId, actual: who.id ?? 'unknown', name: who.name ?? '' } },
    );
  }
  if (info.type === 'SYSTEM_USER') {
    if (who.role === 'ADMIN') checks.push({ code: 'admin-system-user', severity: 'warning', params: { name: who.name ?? '' } });
    else if (who.role !== null) checks.push({ code: 'employee-system-user', severity: 'ok', params: { name: who.name ?? '', role: who.role } });
    // Unknown is not fine: the advice about an admin's token could not be given (business_management reads the role).
    else checks.push({ code: 'role-unknown', severity: 'warning', params: { name: who.name ?? '' } });
  }
  const profile = input.profile?.profile;
  if (profile && info.appId !== null && !profile.appIds.includes(info.appId)) {
    checks.push({ code: 'profile-app-mismatch', severity: 'warning', params: { expected: profile.appIds.join(', '), actual: info.appId, provider: profile.provider.name } });
  }
  if (profile && who.name !== null && who.name.trim().toLowerCase() !== profile.systemUserName.trim().toLowerCase()) {
    checks.push({ code: 'profile-user-name-mismatch', severity: 'warning', params: { expected: profile.systemUserName, actual: who.name, provider: profile.provider.name } });
  }
  return checks;
}

/** Refused checks when Meta refused the token itself. */
function refusedToken(error: AppError | null, info: TokenInfo | null): HandoffReport {
  const expired = error?.graph?.subcode === 463 || info?.invalidReason?.subcode === 463 || (info?.expiresAt ?? 0) > 0 && (info?.expiresAt ?? 0) * 1000 <= Date.now();
  const at = info?.expiresAt ? { params: { date: isoDate(info.expiresAt) } } : {};
  const check: HandoffCheck = expired ? { code: 'token-expired', severity: 'problem', ...at } : { code: 'token-invalid', severity: 'problem' };
  return { verdict: 'token-unfit', checks: [check], kit: null, reminderDate: null };
}

export async function checkHandoff(deps: UseCaseDeps, input: HandoffInput): Promise<Result<HandoffReport, AppError>> {
  const graph = deps.graph();
  const debug = await graph.debugToken();
  if (!debug.ok) return debug.error.kind === 'token-invalid' ? ok(refusedToken(debug.error, null)) : err(debug.error);
  const info = debug.value;
  if (!info.isValid) return ok(refusedToken(null, info));
  const nowSeconds = Math.floor(deps.now().getTime() / 1000);
  const checks = tokenChecks(info, input, nowSeconds);
  const who = await whoAndRole(deps, info);
  if (input.userId !== undefined && who.id !== input.userId) {
    // --user of another kind (a WABA's or phone number's ID) is bad input, named as such (issue 8.3); asked only here.
    const wrongUser = await userKindError(deps, input.userId, input.businessId !== undefined ? [input.businessId] : who.businesses.map((b) => b.id));
    if (wrongUser !== null) return err(wrongUser);
  }
  checks.push(...identityChecks(who, input, info));

  const wabaId = asWabaId(input.wabaId);
  const waba = await graph.waba(wabaId);
  if (!waba.ok) {
    // Another kind of ID as --waba (a phone number's, say) is bad input, named from this very read (issue 8.3).
    const businessIds = input.businessId !== undefined ? [input.businessId] : who.businesses.map((b) => b.id);
    const wrong = await wrongIdError(deps, waba.error, { field: 'waba', id: input.wabaId, expected: 'WhatsAppBusinessAccount', businessIds });
    if (wrong !== waba.error || !REFUSALS.includes(waba.error.kind)) return err(wrong);
  }
  if (waba.ok && input.businessId !== undefined) {
    // A --business that is not the owner is checked (only then: one batch); the kit must not name the wrong business.
    const wrongBusiness = await handoffBusinessError(deps, { businessId: input.businessId, wabaId: input.wabaId, owner: waba.value.ownerBusiness });
    if (wrongBusiness !== null) return err(wrongBusiness);
  }
  const phones = waba.ok ? await graph.phoneNumbers(wabaId) : null;
  if (phones && !phones.ok && !REFUSALS.includes(phones.error.kind)) return err(phones.error);
  if (!waba.ok) checks.push({ code: 'reach-waba-refused', severity: 'problem', params: { waba: input.wabaId, kind: waba.error.kind } });
  else checks.push({ code: 'reach-waba', severity: 'ok', params: { waba: input.wabaId, name: waba.value.name } });
  if (phones && !phones.ok) checks.push({ code: 'reach-waba-refused', severity: 'problem', params: { waba: input.wabaId, kind: phones.error.kind } });
  else if (phones?.ok) checks.push(phones.value.length > 0 ? { code: 'reach-phones', severity: 'ok', params: { count: phones.value.length } } : { code: 'reach-phones-none', severity: 'warning' });

  const businessId = input.businessId ?? (waba.ok ? (waba.value.ownerBusiness?.id ?? null) : null);
  let tasksVerified: readonly string[] | null = input.verifiedTasks ?? null;
  if (tasksVerified === null && businessId !== null && who.id !== null && waba.ok) {
    // The provider's token may read the assignments too; a refusal here only leaves the tasks unknown.
    const assigned = await graph.assignedUsers(wabaId, asBusinessId(businessId));
    if (assigned.ok) tasksVerified = assigned.value.find((u) => u.id === who.id)?.tasks ?? null;
  }
  const expiresOn = info.expiresAt ? isoDate(info.expiresAt) : null;
  const kit: ProviderKit | null = waba.ok
    ? {
        kind: 'waba-access-provider-kit',
        version: 1,
        createdAt: deps.now().toISOString(),
        mode: input.mode(),
        provider: input.profile ? { name: input.profile.profile.provider.name, profileSha256: input.profile.sha256 } : null,
        businessId,
        waba: { id: waba.value.id, name: waba.value.name || null },
        phoneNumbers: phones?.ok ? phones.value.map((p) => ({ id: p.id, displayPhoneNumber: p.displayPhoneNumber, verifiedName: p.verifiedName ?? null })) : [],
        appId: info.appId,
        application: info.application,
        systemUser: { id: who.id, name: who.name, role: who.role },
        tasksVerified: tasksVerified ? [...tasksVerified].sort() : null,
        tokenExpiry: info.expiresAt === 0 ? 'never' : expiresOn,
        tokenLast4: input.last4,
      }
    : null;
  const verdict = verdictOf(checks);
  deps.log.info('handoff', 'provider token checked', { verdict, problems: checks.filter((c) => c.severity === 'problem').map((c) => c.code).join(',') });
  return ok({ verdict, checks, kit, reminderDate: expiresOn && verdict !== 'token-unfit' ? expiresOn : null });
}
