/**
 * The receipt (product.md): what was applied and verified in this session,
 * with ids, timestamps, Meta trace ids and a token fingerprint (type, app,
 * expiry, last four characters), never the token. Built from this session's
 * own results; a receipt without a verification is refused.
 */
import { saidError } from '../said-error';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssignRequest } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import type { ApplyOutcome, Receipt, RemovalReceipt, RemoveOutcome, TokenFingerprint, VerifyReport } from '../../../shared/onboarding';
import { err, ok, type Result } from '../../../shared/result';
import type { ProviderMention } from '../../../shared/provider-profile';
import { writeFileAtomic } from '../journal/atomic-file';
import { sealed } from '../receipts/digest';
import type { FactCache } from './facts';
import { knownWaba } from './facts';

export interface SessionResult {
  readonly request: AssignRequest;
  readonly apply?: ApplyOutcome;
  /** The tasks that apply took away (an exact list); what the read before the POST showed and the request left out. */
  readonly takenAway?: readonly string[];
  readonly verify?: VerifyReport;
}

/** This session's latest apply/verify per (WABA, user). */
export interface ResultLog {
  noteApply(request: AssignRequest, outcome: ApplyOutcome, takenAway?: readonly string[]): void;
  noteVerify(request: AssignRequest, report: VerifyReport): void;
  /** Removal ends the story of an assignment: its receipt no longer holds. */
  forget(wabaId: string, userId: string): void;
  get(wabaId: string, userId: string): SessionResult | undefined;
}

export function createResultLog(): ResultLog {
  const results = new Map<string, SessionResult>();
  const key = (wabaId: string, userId: string): string => `${wabaId}:${userId}`;
  return {
    noteApply: (request, apply, takenAway) =>
      results.set(key(request.wabaId, request.userId), { request, apply, ...(takenAway && takenAway.length > 0 ? { takenAway: [...takenAway] } : {}) }),
    noteVerify(request, verify) {
      const previous = results.get(key(request.wabaId, request.userId));
      const same = previous?.apply && previous.request.businessId === request.businessId ? previous : undefined;
      const carried = same ? { apply: same.apply, ...(same.takenAway ? { takenAway: same.takenAway } : {}) } : {};
      results.set(key(request.wabaId, request.userId), { request, ...carried, verify });
    },
    forget: (wabaId, userId) => void results.delete(key(wabaId, userId)),
    get: (wabaId, userId) => results.get(key(wabaId, userId)),
  };
}

export interface ReceiptContext {
  readonly now: Date;
  readonly mode: 'live' | 'practice';
  readonly app: { readonly name: string; readonly version: string };
  readonly graphApiVersion: string;
  readonly token: TokenFingerprint | null;
  readonly facts: FactCache;
  /** The provider named by a profile loaded in this session. */
  readonly provider?: ProviderMention | null;
}

/** The ISO date a token stops working, when it expires at all (for receipts, kits and reminders). */
export const expiryDay = (token: TokenFingerprint | null): string | undefined =>
  token?.expiresAt ? new Date(token.expiresAt * 1000).toISOString().slice(0, 10) : undefined;

/** Fields every receipt kind shares at its end: the token's expiry date and the provider, when known. */
export const receiptExtras = (token: TokenFingerprint | null, provider: ProviderMention | null | undefined) => {
  const expires = expiryDay(token);
  return { ...(expires ? { tokenExpiresOn: expires } : {}), ...(provider ? { provider } : {}) };
};

const named = <T extends object>(base: T, name: string | undefined): T & { name?: string } => (name ? { ...base, name } : base);

export function buildReceipt(
  result: SessionResult | undefined,
  target: { readonly wabaId: string; readonly businessId: string; readonly userId: string },
  context: ReceiptContext,
): Result<Receipt, AppError> {
  if (!result?.verify || result.request.businessId !== target.businessId) {
    return err(saidError('not-verified', 'coreError.noCheckYet'));
  }
  const { request, verify } = result;
  const business = context.facts.businesses?.find((b) => b.id === request.businessId);
  const waba = knownWaba(context.facts, request.businessId, request.wabaId);
  const user = context.facts.systemUsers.get(request.businessId)?.find((u) => u.id === request.userId);
  return ok(sealed<Receipt>({
    kind: 'waba-access-receipt',
    version: 1,
    createdAt: context.now.toISOString(),
    mode: context.mode,
    app: context.app,
    graphApiVersion: context.graphApiVersion,
    business: named({ id: request.businessId }, business?.name || undefined),
    waba: named({ id: request.wabaId }, waba?.name || undefined),
    systemUser: { ...named({ id: request.userId }, user?.name || undefined), ...(user?.role ? { role: user.role } : {}) },
    tasksRequested: [...request.tasks],
    ...(result.takenAway ? { tasksTakenAway: [...result.takenAway] } : {}),
    verification: verify,
    ...(result.apply ? { apply: result.apply } : {}),
    token: context.token,
    ...receiptExtras(context.token, context.provider),
  }));
}

/** Writes one receipt file under `dir` (folder 0700, file 0600 by the atomic writer), named with its time; returns the path. */
export async function writeReceiptFile(dir: string, name: string, at: string, extension: string, body: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${name}-${at.replace(/[:.]/g, '-')}.${extension}`);
  await writeFileAtomic(path, body);
  return path;
}

/** Writes the receipt (JSON, or a printable page) under `dir`, private to the user; returns the path. */
export function saveReceipt(dir: string, receipt: Receipt, format: 'json' | 'html', html?: (receipt: Receipt) => string): Promise<string> {
  const body = format === 'json' || !html ? `${JSON.stringify(receipt, null, 2)}\n` : html(receipt);
  return writeReceiptFile(dir, `waba-access-receipt-${receipt.waba.id}-${receipt.systemUser.id}`, receipt.createdAt, format, body);
}

/** The receipt of a removal: which tasks went, and whether the read-back shows the user gone. */
export function buildRemovalReceipt(
  target: { readonly wabaId: string; readonly businessId: string; readonly userId: string },
  removal: RemoveOutcome,
  context: ReceiptContext,
): RemovalReceipt {
  const waba = knownWaba(context.facts, target.businessId, target.wabaId);
  const user = context.facts.systemUsers.get(target.businessId)?.find((u) => u.id === target.userId);
  return sealed<RemovalReceipt>({
    kind: 'waba-access-removal-receipt',
    version: 1,
    createdAt: context.now.toISOString(),
    mode: context.mode,
    app: context.app,
    graphApiVersion: context.graphApiVersion,
    business: { id: target.businessId as RemovalReceipt['business']['id'] },
    waba: named({ id: target.wabaId as RemovalReceipt['waba']['id'] }, waba?.name || undefined),
    systemUser: named({ id: target.userId as RemovalReceipt['systemUser']['id'] }, user?.name || undefined),
    removal,
    token: context.token,
    ...receiptExtras(context.token, context.provider),
  });
}

/** Writes a removal receipt (JSON) under `dir`; returns the path. */
export function saveRemovalReceipt(dir: string, receipt: RemovalReceipt): Promise<string> {
  return writeReceiptFile(dir, `waba-access-removal-${receipt.waba.id}-${receipt.systemUser.id}`, receipt.createdAt, 'json', `${JSON.stringify(receipt, null, 2)}\n`);
}
