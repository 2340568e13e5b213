/**
 * Wire -> domain. Graph answers are checked here, field by field: an item
 * without a usable id is an error (silently skipping it could hide an
 * assignment), optional fields that have the wrong type are dropped.
 */
import { foldManage } from '../../../shared/tasks';
import type {
  AssignedUser,
  Business,
  Identity,
  PhoneNumber,
  SystemUser,
  TokenInfo,
  Waba,
  WabaAssignment,
  WabaDetails,
} from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { asAppId, asBusinessId, asPhoneNumberId, asSystemUserId, asWabaId, isGraphId } from '../../../shared/ids';
import { err, ok, type Result } from '../../../shared/result';
import type {
  GraphAssignedUser,
  GraphDebugToken,
  GraphNamed,
  GraphPhoneNumber,
  GraphSystemUser,
  GraphWaba,
} from './wire-types';

type Mapped<T> = Result<T, AppError>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const strings = (v: unknown): readonly string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

const shapeError = (what: string): AppError => saidError('unexpected', 'coreError.answerShape', { what });

/** Checks that the body is an object with a Graph id; returns the id. */
function idOf(raw: unknown, what: string): Mapped<string> {
  if (!isRecord(raw)) return err(shapeError(what));
  const id = raw.id;
  const asText = typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : id;
  return isGraphId(asText) ? ok(asText) : err(shapeError(what));
}

/** Maps every item or fails on the first bad one. */
export function mapAll<W, D>(items: readonly W[], map: (item: W) => Mapped<D>): Mapped<readonly D[]> {
  const out: D[] = [];
  for (const item of items) {
    const mapped = map(item);
    if (!mapped.ok) return mapped;
    out.push(mapped.value);
  }
  return ok(out);
}

export function mapTokenInfo(raw: unknown): Mapped<TokenInfo> {
  if (!isRecord(raw) || !isRecord(raw.data)) return err(shapeError('debug_token'));
  const d = raw.data as NonNullable<GraphDebugToken['data']> & Record<string, unknown>;
  const granular = Array.isArray(d.granular_scopes) ? d.granular_scopes : [];
  const error = isRecord(d.error) ? d.error : undefined;
  return ok({
    isValid: d.is_valid === true,
    type: text(d.type) ?? null,
    appId: isGraphId(d.app_id) ? asAppId(d.app_id) : null,
    application: text(d.application) ?? null,
    expiresAt: count(d.expires_at),
    dataAccessExpiresAt: count(d.data_access_expires_at),
    issuedAt: count(d.issued_at),
    scopes: strings(d.scopes),
    granularScopes: granular
      .filter((g): g is { scope: string; target_ids?: readonly string[] } => isRecord(g) && typeof g.scope === 'string')
      .map((g) => ({ scope: g.scope, ...(Array.isArray(g.target_ids) ? { targetIds: strings(g.target_ids) } : {}) })),
    userId: isGraphId(d.user_id) ? d.user_id : null,
    ...(error
      ? {
          invalidReason: {
            ...optional('code', count(error.code) ?? undefined),
            ...optional('subcode', count(error.subcode) ?? undefined),
            message: text(error.message) ?? 'The token is not valid.',
          },
        }
      : {}),
  });
}

export function mapIdentity(raw: unknown): Mapped<Identity> {
  const id = idOf(raw, 'me');
  if (!id.ok) return id;
  return ok({ id: asSystemUserId(id.value), name: text((raw as GraphNamed).name) ?? '' });
}

export function mapBusiness(raw: unknown): Mapped<Business> {
  const id = idOf(raw, 'Business');
  if (!id.ok) return id;
  return ok({ id: asBusinessId(id.value), name: text((raw as GraphNamed).name) ?? '' });
}

export function mapWaba(raw: unknown, relation?: 'owned' | 'client'): Mapped<Waba> {
  const id = idOf(raw, 'WhatsAppBusinessAccount');
  if (!id.ok) return id;
  const w = raw as GraphWaba;
  const tz = typeof w.timezone_id === 'number' ? String(w.timezone_id) : text(w.timezone_id);
  return ok({
    id: asWabaId(id.value),
    name: text(w.name) ?? '',
    ...optional('currency', text(w.currency)),
    ...optional('timezoneId', tz),
    ...optional('messageTemplateNamespace', text(w.message_template_namespace)),
    ...optional('relation', relation),
  });
}

/**
 * Multi-Partner restriction from the client edge's `permitted_tasks` (tasks
 * assignable to our users on that asset, graph-api.md §4.3): when MANAGE is
 * not assignable the WABA is shared through a Multi-Partner Solution without
 * full access (§3.1). A plain share or a full-access solution both permit
 * MANAGE and need no flag: the same tasks are allowed either way.
 */
function multiPartnerOf(w: GraphWaba): WabaDetails['multiPartner'] {
  if (!Array.isArray(w.permitted_tasks)) return undefined;
  const permitted = strings(w.permitted_tasks);
  return permitted.includes('MANAGE') ? undefined : { messagingGranted: permitted.includes('MESSAGING') };
}

/** A WABA from client_whatsapp_business_accounts: a Waba that also carries the Multi-Partner restriction. */
export function mapClientWaba(raw: unknown): Mapped<WabaDetails> {
  const base = mapWaba(raw, 'client');
  if (!base.ok) return base;
  const multiPartner = multiPartnerOf(raw as GraphWaba);
  return ok(multiPartner ? { ...base.value, multiPartner } : base.value);
}

/** WABA details (graph-api.md A5), with the owner business from owner_business_info. */
export function mapWabaDetails(raw: unknown, relation?: 'owned' | 'client'): Mapped<WabaDetails> {
  const base = mapWaba(raw, relation);
  if (!base.ok) return base;
  const w = raw as GraphWaba;
  const owner = isRecord(w.owner_business_info) ? mapBusiness(w.owner_business_info) : undefined;
  const multiPartner = multiPartnerOf(w);
  return ok({
    ...base.value,
    ...optional('accountReviewStatus', text(w.account_review_status)),
    ...optional('ownershipType', text(w.ownership_type)),
    ...optional('ownerBusiness', owner?.ok ? owner.value : undefined),
    ...(multiPartner ? { multiPartner } : {}),
  });
}

export function mapPhoneNumber(raw: unknown): Mapped<PhoneNumber> {
  const id = idOf(raw, 'PhoneNumber');
  if (!id.ok) return id;
  const p = raw as GraphPhoneNumber;
  return ok({
    id: asPhoneNumberId(id.value),
    displayPhoneNumber: text(p.display_phone_number) ?? '',
    ...optional('verifiedName', text(p.verified_name)),
    ...optional('qualityRating', text(p.quality_rating)),
  });
}

export function mapSystemUser(raw: unknown): Mapped<SystemUser> {
  const id = idOf(raw, 'SystemUser');
  if (!id.ok) return id;
  const u = raw as GraphSystemUser;
  return ok({ id: asSystemUserId(id.value), name: text(u.name) ?? '', role: text(u.role) ?? '' });
}

export function mapAssignedUser(raw: unknown): Mapped<AssignedUser> {
  const id = idOf(raw, 'AssignedUser');
  if (!id.ok) return id;
  const u = raw as GraphAssignedUser;
  // MANAGE read back unpacked into its tasks is MANAGE again, for every reader (verify, reconcile, plan).
  return ok({ id: id.value, name: text(u.name) ?? '', tasks: foldManage(strings(u.tasks)), ...optional('userType', text(u.user_type)) });
}

export function mapWabaAssignment(raw: unknown): Mapped<WabaAssignment> {
  const id = idOf(raw, 'assigned WhatsAppBusinessAccount');
  if (!id.ok) return id;
  const w = raw as GraphWaba;
  return ok({ wabaId: asWabaId(id.value), name: text(w.name) ?? '', tasks: strings(w.tasks) });
}
