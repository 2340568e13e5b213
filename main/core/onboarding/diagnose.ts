/**
 * The three-layer token diagnosis as a pure function of what Meta said
 * (architecture.md, "inspect token"): (1) the token: validity, type, expiry,
 * scopes; (2) the identity: admin or employee system user; (3) the reach:
 * which businesses and WABAs it sees. Each finding is a code with values;
 * shared/i18n holds the plain-language text and the fix for each code.
 */
import type { Business, Identity, TokenInfo } from '../../../shared/domain';
import type { DiagnosisLayer, Finding, Severity, TokenDiagnosis, TokenFingerprint } from '../../../shared/onboarding';

export const REQUIRED_SCOPES = ['business_management', 'whatsapp_business_management', 'whatsapp_business_messaging'] as const;

const HOUR = 3600;
const DAY = 24 * HOUR;
/** A developer token lives 24 hours; anything ending within ~1.5 days is treated as one. */
export const SHORT_TOKEN_SECONDS = 36 * HOUR;
/** A 60-day token ends within ~70 days (some slack for clock skew and issue time). */
const SIXTY_DAY_SECONDS = 70 * DAY;

export interface DiagnosisInput {
  readonly now: Date;
  readonly last4: string;
  /** null when debug_token refused the token itself (code 190). */
  readonly info: TokenInfo | null;
  /** Meta's subcode when it refused the token (463 = expired). */
  readonly refusedSubcode?: number;
  readonly me: Identity | null;
  readonly role: string | null;
  readonly businesses: readonly Business[];
  readonly wabaCount: number;
  /** A business edge or /me/businesses was refused for lack of business_management. */
  readonly businessEdgesBlocked: boolean;
  /** At least one business edge answered (functional proof of business_management). */
  readonly businessEdgesWorked: boolean;
}

const date = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().slice(0, 10);
const RANK: Record<Severity, number> = { ok: 0, warning: 1, problem: 2 };
const worst = (findings: readonly Finding[]): Severity =>
  findings.reduce<Severity>((acc, f) => (RANK[f.severity] > RANK[acc] ? f.severity : acc), 'ok');
const layer = (name: DiagnosisLayer['layer'], findings: readonly Finding[]): DiagnosisLayer => ({ layer: name, verdict: worst(findings), findings });

function expiryFinding(info: TokenInfo, nowSeconds: number): Finding | null {
  const expiresAt = info.expiresAt;
  if (expiresAt === null) return null;
  if (expiresAt === 0) return { code: 'token-never-expires', severity: 'ok' };
  const left = expiresAt - nowSeconds;
  const params = { date: date(expiresAt) };
  if (left <= 0) return { code: 'token-expired', severity: 'problem', params };
  if (left <= HOUR) return { code: 'token-expires-soon', severity: 'warning', params };
  if (left <= SHORT_TOKEN_SECONDS) return { code: 'token-expires-24-hour', severity: 'warning', params };
  if (left <= SIXTY_DAY_SECONDS) return { code: 'token-expires-60-day', severity: 'warning', params };
  return { code: 'token-valid', severity: 'ok', params };
}

/**
 * Scope findings. A missing WhatsApp scope is only a warning when the token
 * demonstrably works, because Meta renames granular scopes (graph-api.md §11.11).
 */
function scopeFindings(info: TokenInfo, input: DiagnosisInput): Finding[] {
  return REQUIRED_SCOPES.map((scope): Finding => {
    if (info.scopes.includes(scope)) return { code: 'scope-present', severity: 'ok', params: { scope } };
    const works =
      scope === 'business_management' ? input.businessEdgesWorked && !input.businessEdgesBlocked
      : scope === 'whatsapp_business_management' ? input.wabaCount > 0
      : true;
    return { code: 'scope-missing', severity: works ? 'warning' : 'problem', params: { scope } };
  });
}

function tokenLayer(input: DiagnosisInput): DiagnosisLayer {
  const info = input.info;
  const expiredBySubcode = input.refusedSubcode === 463;
  if (!info || !info.isValid) {
    const expiresAt = info?.expiresAt ?? null;
    const nowSeconds = input.now.getTime() / 1000;
    const expired = expiredBySubcode || info?.invalidReason?.subcode === 463 || (expiresAt !== null && expiresAt > 0 && expiresAt <= nowSeconds);
    return layer('token', [
      expired
        ? { code: 'token-expired', severity: 'problem', ...(expiresAt ? { params: { date: date(expiresAt) } } : {}) }
        : { code: 'token-invalid', severity: 'problem' },
    ]);
  }
  const findings: Finding[] = [];
  const expiry = expiryFinding(info, Math.floor(input.now.getTime() / 1000));
  if (expiry?.code !== 'token-expired') findings.push({ code: 'token-valid', severity: 'ok' });
  if (info.type !== 'SYSTEM_USER') findings.push({ code: 'token-not-system-user', severity: 'problem', params: { type: info.type ?? 'unknown' } });
  if (expiry && !(expiry.code === 'token-valid')) findings.push(expiry);
  findings.push(...scopeFindings(info, input));
  return layer('token', findings);
}

function identityLayer(input: DiagnosisInput): DiagnosisLayer {
  const name = input.me?.name ?? '';
  // A person's token: its owner has no system-user role to read, so none is asked about. A warning:
  // the token layer already holds the problem, and token set's failedChecks name it once.
  if (input.me && input.info?.type === 'USER') return layer('identity', [{ code: 'identity-person', severity: 'warning', params: { name } }]);
  if (input.me && input.role === 'ADMIN') return layer('identity', [{ code: 'identity-admin', severity: 'ok', params: { name } }]);
  if (input.me && input.role !== null) return layer('identity', [{ code: 'identity-employee', severity: 'warning', params: { name, role: input.role } }]);
  // We know who, but the role comes from a business edge the token could not read.
  if (input.me) return layer('identity', [{ code: 'identity-role-unknown', severity: 'warning', params: { name } }]);
  return layer('identity', [{ code: 'identity-unknown', severity: 'warning' }]);
}

/** Meta refused the token itself: nothing behind it could be checked, and only a new token helps. */
const tokenRefused = (input: DiagnosisInput): boolean => input.info === null || !input.info.isValid;
const skipped = (name: DiagnosisLayer['layer']): DiagnosisLayer => layer(name, [{ code: 'check-skipped', severity: 'warning' }]);

function reachLayer(input: DiagnosisInput): DiagnosisLayer {
  const findings: Finding[] = [];
  if (input.businesses.length > 0) findings.push({ code: 'reach-businesses', severity: 'ok', params: { count: input.businesses.length } });
  if (input.wabaCount > 0) findings.push({ code: 'reach-wabas', severity: 'ok', params: { count: input.wabaCount } });
  if (input.businessEdgesBlocked) findings.push({ code: 'reach-business-management-missing', severity: 'problem', params: { scope: 'business_management' } });
  else if (findings.length === 0) findings.push({ code: 'reach-none', severity: 'problem' });
  return layer('reach', findings);
}

export function fingerprintOf(info: TokenInfo | null, last4: string): TokenFingerprint {
  return {
    type: info?.type ?? null,
    appId: info?.appId ?? null,
    application: info?.application ?? null,
    expiresAt: info?.expiresAt ?? null,
    last4,
  };
}

export function diagnose(input: DiagnosisInput): TokenDiagnosis {
  const layers = tokenRefused(input)
    ? ([tokenLayer(input), skipped('identity'), skipped('reach')] as const)
    : ([tokenLayer(input), identityLayer(input), reachLayer(input)] as const);
  return {
    layers,
    usable: layers.every((l) => l.verdict !== 'problem'),
    fingerprint: fingerprintOf(input.info, input.last4),
    identity: input.me ? { id: input.me.id, name: input.me.name, role: input.role } : null,
    businesses: input.businesses,
  };
}
