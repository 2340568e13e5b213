/**
 * The issue-9 use cases bound to a session (CoreServices): the IPC handlers
 * and the CLI both call these, so the wizard and `waba-access` behave alike.
 * See main/core/README-handoff.md for the contract.
 */

import { saidError } from '../said-error';
import type { AppError } from '../../../shared/errors';
import type { HandoffReport } from '../../../shared/handoff';
import { translate } from '../../../shared/i18n';
import type { ManyProgress, MultiApplyReport, MultiPlan } from '../../../shared/multi-account';
import type { LoadedProfile, ProviderMention } from '../../../shared/provider-profile';
import type { ReceiptCheckReport } from '../../../shared/receipt-check';
import { err, ok, type Result } from '../../../shared/result';
import { writeFileAtomic } from '../journal/atomic-file';
import type { BulkOptions } from '../onboarding/bulk';
import { buildBulkReceipt, saveBulkReceipt } from '../onboarding/bulk-receipt';
import { completeFingerprint } from '../onboarding/inspect-token';
import { accountResults, applyAccounts, planAccounts, type MultiAccountRequest } from '../onboarding/multi-account';
import { expiryDay, writeReceiptFile } from '../onboarding/receipt';
import type { CoreServices } from '../onboarding/session';
import { checkGrants, openReceipt } from '../receipts/check';
import { checkHandoff } from './handoff';
import { buildIcs } from './ics';
import { renderKitHtml, saveKit } from './kit';
import { parseProviderProfile } from './profile';

const textIn = (core: CoreServices) => {
  const language = core.language();
  return { language, t: (key: string, params?: Readonly<Record<string, string | number>>) => translate(language, key, params) };
};

/** How receipts and kits name the provider of the loaded profile. */
export const providerOf = (core: CoreServices): ProviderMention | null =>
  core.handoff.profile ? { name: core.handoff.profile.profile.provider.name, profileSha256: core.handoff.profile.sha256 } : null;

/** Validates a profile and makes it the session's; a refused profile leaves the previous one in place. */
export function loadProfile(core: CoreServices, input: string | Uint8Array): Result<LoadedProfile, AppError> {
  const loaded = parseProviderProfile(input);
  if (loaded.ok) {
    core.handoff.profile = loaded.value;
    core.log.info('profile', 'provider profile loaded', { provider: loaded.value.profile.provider.name, sha256: loaded.value.sha256 });
  }
  return loaded;
}

export interface HandoffTarget {
  readonly wabaId: string;
  readonly businessId?: string;
  readonly userId?: string;
  /** The provider's token as pasted; or, in practice mode, a scenario token's label. */
  readonly token?: string;
  readonly practiceLabel?: string;
}

/** Checks the provider's token (memory only) and builds the kit; the session keeps the report for saving. */
export async function runHandoff(core: CoreServices, target: HandoffTarget): Promise<Result<HandoffReport, AppError>> {
  let pasted = target.token;
  if (target.practiceLabel !== undefined) {
    if (core.mode() !== 'practice') return err(saidError('bad-input', 'coreError.practiceOnly', undefined, { fields: ['practiceLabel'] }));
    pasted = core.practice.tokenFor(target.practiceLabel) ?? undefined;
    if (pasted === undefined) return err(saidError('bad-input', 'coreError.practiceNoSuchToken', undefined, { fields: ['practiceLabel'] }));
  }
  if (pasted === undefined) return err(saidError('bad-input', 'coreError.providerTokenMissing', undefined, { fields: ['token'] }));
  const session = target.userId ? core.results.get(target.wabaId, target.userId)?.verify : undefined;
  const verifiedTasks = session && session.verified ? session.tasks.filter((c) => c.state !== 'missing').map((c) => c.task) : null;
  const report = await core.withToken(pasted, (deps, last4) =>
    checkHandoff(deps, {
      wabaId: target.wabaId,
      ...(target.businessId ? { businessId: target.businessId } : {}),
      ...(target.userId ? { userId: target.userId } : {}),
      profile: core.handoff.profile,
      verifiedTasks,
      mode: () => core.receiptMode(),
      last4,
    }),
  );
  if (report.ok) core.handoff.last = report.value;
  return report;
}

/** Saves the last hand-off's kit (JSON or printable HTML) under the receipts folder, or at `path` exactly. */
export async function saveLastKit(core: CoreServices, format: 'json' | 'html', path?: string): Promise<Result<{ path: string }, AppError>> {
  const kit = core.handoff.last?.kit;
  if (!kit) return err(saidError('not-verified', 'coreError.noProviderKit'));
  const { language, t } = textIn(core);
  const html = (k: typeof kit): string => renderKitHtml(k, t, language);
  if (path !== undefined) {
    await writeFileAtomic(path, format === 'json' ? `${JSON.stringify(kit, null, 2)}\n` : html(kit));
    return ok({ path });
  }
  return ok({ path: await saveKit(core.receiptsDir, kit, format, html) });
}

/** The .ics reminder a week before the connected (admin) token or the provider's token expires. */
export async function saveReminder(core: CoreServices, which: 'connected' | 'provider', path?: string): Promise<Result<{ path: string }, AppError>> {
  const expiresOn =
    which === 'provider' ? (core.handoff.last?.reminderDate ?? undefined) : expiryDay(await completeFingerprint(core.deps(), (await core.tokens.status()).fingerprint));
  return writeReminder(core, which, expiresOn, path);
}

/** Writes the reminder for a known expiry day (YYYY-MM-DD); refused when there is none. */
export async function writeReminder(core: CoreServices, which: 'connected' | 'provider', expiresOn: string | undefined, path?: string): Promise<Result<{ path: string }, AppError>> {
  if (!expiresOn) return err(saidError('bad-input', 'coreError.noExpiryToRemind', undefined, { fields: ['token'] }));
  const { t } = textIn(core);
  const provider = providerOf(core);
  const ics = buildIcs({
    expiresOn,
    summary: t(which === 'provider' ? 'reminder.summaryProvider' : 'reminder.summaryConnected', { provider: provider?.name ?? '' }),
    description: t('reminder.description', { date: expiresOn }),
    now: core.deps().now(),
  });
  if (path !== undefined) {
    await writeFileAtomic(path, ics);
    return ok({ path });
  }
  return ok({ path: await writeReceiptFile(core.receiptsDir, `waba-access-token-reminder-${which}`, expiresOn, 'ics', ics) });
}

/** Re-checks an earlier receipt's grants with the session's token. */
export async function checkReceiptText(core: CoreServices, text: string): Promise<Result<ReceiptCheckReport, AppError>> {
  const opened = openReceipt(text);
  if (!opened.ok) return opened;
  if (opened.value.receipt.mode === 'practice' && core.liveGraph()) {
    return err(saidError('bad-input', 'coreError.practiceReceipt', undefined, { fields: ['receipt'] }));
  }
  return checkGrants(core.deps(), opened.value);
}

export const planMany = async (core: CoreServices, request: MultiAccountRequest): Promise<Result<MultiPlan, AppError>> =>
  ok((await planAccounts(core.deps(), request)).plan);

/** Keeps core.handoff.many up to date from the bulk core's callbacks, so the wizard can show each account as it goes. */
function trackProgress(core: CoreServices, wabaIds: readonly string[]) {
  type Entry = ManyProgress['accounts'][number];
  const accounts = new Map<string, Entry>(wabaIds.map((wabaId) => [wabaId, { wabaId, state: 'queued' }]));
  const publish = (running: boolean): void => {
    core.handoff.many = { accounts: [...accounts.values()], running };
  };
  publish(true);
  return {
    options: (given: BulkOptions): Pick<BulkOptions, 'onRow' | 'onWait'> => ({
      onRow: (result) => {
        accounts.set(result.row.wabaId, { wabaId: result.row.wabaId, state: result.outcome, ...(result.retryAt ? { until: result.retryAt } : {}) });
        publish(true);
        given.onRow?.(result);
      },
      onWait: (row, until, error) => {
        accounts.set(row.wabaId, { wabaId: row.wabaId, state: 'waiting', until: until.toISOString() });
        publish(true);
        given.onWait?.(row, until, error);
      },
    }),
    finish: () => publish(false),
  };
}

/** Applies and verifies each account (bulk core), then writes one receipt for the run. */
export async function applyMany(core: CoreServices, request: MultiAccountRequest, options: BulkOptions = {}): Promise<Result<MultiApplyReport, AppError>> {
  const deps = core.deps();
  const startedAt = deps.now();
  const progress = trackProgress(core, request.wabaIds);
  let report;
  try {
    report = await applyAccounts(deps, request, { maxWaitSec: 120, ...options, ...progress.options(options) });
  } finally {
    progress.finish();
  }
  for (const row of report.rows) {
    if (row.apply) core.results.noteApply(row.row, row.apply);
    if (row.verify) core.results.noteVerify(row.row, row.verify);
  }
  let receiptPath: string | null = null;
  try {
    const token = await completeFingerprint(deps, (await core.tokens.status()).fingerprint);
    const receipt = buildBulkReceipt(report, {
      startedAt,
      finishedAt: deps.now(),
      mode: core.receiptMode(),
      app: core.app,
      graphApiVersion: core.apiVersion(),
      token,
      source: 'several-accounts',
      provider: providerOf(core),
    });
    receiptPath = await saveBulkReceipt(core.receiptsDir, receipt);
  } catch (error) {
    core.log.error('multi', 'receipt not saved', { error: error instanceof Error ? error : String(error) });
  }
  return ok({ accounts: accountResults(report), summary: report.summary, receiptPath });
}

