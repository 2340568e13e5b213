/**
 * The receipt of a bulk run: every row with its outcome, the ids, the tasks
 * asked for and verified, Meta trace ids, timestamps and a token fingerprint
 * (type, app, expiry, last four characters), never the token. One JSON file
 * per run under the receipts folder, private to the user.
 */
import type { AppError } from '../../../shared/errors';
import type { TokenFingerprint } from '../../../shared/onboarding';
import type { ProviderMention } from '../../../shared/provider-profile';
import { sealed } from '../receipts/digest';
import { receiptExtras, writeReceiptFile } from './receipt';
import type { BulkReport, BulkRowResult, BulkSummary } from './bulk';

export interface BulkReceiptContext {
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly mode: 'live' | 'practice';
  readonly app: { readonly name: string; readonly version: string };
  readonly graphApiVersion: string;
  readonly token: TokenFingerprint | null;
  /** The file's name (not its folder), for the reader's orientation. */
  readonly source: string;
  readonly provider?: ProviderMention | null;
}

/** The JSON form of an error for reports: kind, message and Meta's support fields. */
export function errorFields(error: AppError): Record<string, unknown> {
  return {
    kind: error.kind,
    message: error.message,
    ...(error.retryAfterSec !== undefined ? { retryAfterSec: Math.ceil(error.retryAfterSec) } : {}),
    ...(error.graph?.code !== undefined ? { code: error.graph.code } : {}),
    ...(error.graph?.subcode !== undefined ? { subcode: error.graph.subcode } : {}),
    ...(error.graph?.fbtraceId ? { fbtraceId: error.graph.fbtraceId } : {}),
  };
}

/** One row as reports show it (the --json report and the receipt share this shape). */
export function rowReport(result: BulkRowResult): Record<string, unknown> {
  const { row } = result;
  return {
    line: row.line,
    waba: row.wabaId,
    business: row.businessId,
    user: row.userId,
    tasks: [...row.tasks],
    outcome: result.outcome,
    ...(result.reasons ? { reasons: result.reasons } : {}),
    ...(result.refusals ? { refusals: result.refusals } : {}),
    ...(result.diff ? { added: result.diff.added, takenAway: result.diff.takenAway } : {}),
    ...(result.error ? { error: errorFields(result.error) } : {}),
    ...(result.retryAt ? { retryAt: result.retryAt } : {}),
    ...(result.apply ? { changeId: result.apply.changeId, appliedAt: result.apply.appliedAt } : {}),
    ...(result.verify ? { verified: result.verify.verified, checkedAt: result.verify.checkedAt, check: result.verify.tasks } : {}),
    ...(result.stillThere ? { stillThere: [...result.stillThere] } : {}),
    fbtraceIds: [...result.fbtraceIds],
  };
}

export interface BulkReceipt {
  readonly kind: 'waba-access-bulk-receipt';
  readonly version: 1;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly mode: 'live' | 'practice';
  readonly app: { readonly name: string; readonly version: string };
  readonly graphApiVersion: string;
  readonly source: string;
  readonly token: TokenFingerprint | null;
  readonly rows: readonly Record<string, unknown>[];
  readonly summary: BulkSummary;
  readonly tokenExpiresOn?: string;
  readonly provider?: ProviderMention;
  /** SHA-256 (hex) of the RFC 8785 canonical form without this field (receipts/digest.ts). */
  readonly digest: string;
}

export function buildBulkReceipt(report: BulkReport, context: BulkReceiptContext): BulkReceipt {
  return sealed({
    kind: 'waba-access-bulk-receipt' as const,
    version: 1 as const,
    startedAt: context.startedAt.toISOString(),
    finishedAt: context.finishedAt.toISOString(),
    mode: context.mode,
    app: context.app,
    graphApiVersion: context.graphApiVersion,
    source: context.source,
    token: context.token,
    rows: report.rows.map(rowReport),
    summary: report.summary,
    ...receiptExtras(context.token, context.provider),
  });
}

/** Writes the receipt under `dir`, private to the user; returns the path. */
export function saveBulkReceipt(dir: string, receipt: BulkReceipt): Promise<string> {
  return writeReceiptFile(dir, 'waba-access-bulk-receipt', receipt.finishedAt, 'json', `${JSON.stringify(receipt, null, 2)}\n`);
}
