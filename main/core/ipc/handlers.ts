/**
 * The handler table: every IPC channel mapped to its use case (style.md P3).
 * `satisfies Handlers` makes a missing or mistyped channel a compile error.
 * Requests arrive already validated by the router.
 */
import { saidError } from '../said-error';
import { connectWithAppSecret } from '../onboarding/connect-app-secret';
import type { ModeInfo, SettingsView } from '../../../shared/ipc/contract';
import { translate } from '../../../shared/i18n';
import type { Receipt, RemoveOutcome } from '../../../shared/onboarding';
import { err, ok } from '../../../shared/result';
import type { AssignRequest } from '../../../shared/domain';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import type { WabaTask } from '../../../shared/tasks';
import { withCachedSystemUsers } from '../settings/schema';
import { applyAccess } from '../onboarding/apply';
import { discoverWabas, listBusinesses } from '../onboarding/discover';
import { identifyId } from '../onboarding/identify';
import { sentFor, blockingCodes } from '../onboarding/plan';
import { planFor } from '../onboarding/plan-facts';
import { buildReceipt, buildRemovalReceipt, saveReceipt, saveRemovalReceipt, type ReceiptContext } from '../onboarding/receipt';
import { renderReceiptHtml } from '../onboarding/receipt-html';
import { removeAccess } from '../onboarding/remove';
import type { CoreServices } from '../onboarding/session';
import { listSystemUsers } from '../onboarding/system-users';
import { verifyAccess } from '../onboarding/verify';
import { completeFingerprint } from '../onboarding/inspect-token';
import { providerOf } from '../handoff/service';
import { createHandoffHandlers } from './handoff-handlers';
import type { Handlers } from './router';
import { readCaFile } from '../graph/trust';

/** The router validated the ids (numeric strings); here they get their brands. */
const assign = (r: { wabaId: string; businessId: string; userId: string; tasks: readonly WabaTask[]; exact?: boolean | undefined }): AssignRequest => ({
  wabaId: asWabaId(r.wabaId),
  businessId: asBusinessId(r.businessId),
  userId: asSystemUserId(r.userId),
  tasks: r.tasks,
  ...(r.exact === true ? { exact: true } : {}),
});

function settingsView(core: CoreServices): SettingsView {
  const s = core.settings.get();
  const notice = core.settingsNotice ? { notice: core.settingsNotice } : {};
  return {
    language: core.language(),
    languageChosen: s.language !== null,
    theme: s.theme,
    apiVersion: core.apiVersion(),
    proxy: { mode: s.proxy.mode, ...(s.proxy.url ? { url: s.proxy.url } : {}) },
    lastBusinessId: s.lastBusinessId,
    caFile: s.caFile,
    ...notice,
  };
}

const modeInfo = (core: CoreServices): ModeInfo => ({
  mode: core.mode(),
  practiceTokens: core.mode() === 'practice' ? core.practice.tokens() : [],
});

async function receiptContext(core: CoreServices): Promise<ReceiptContext> {
  const status = await core.tokens.status();
  return {
    now: core.deps().now(),
    mode: core.receiptMode(),
    app: core.app,
    graphApiVersion: core.apiVersion(),
    // However the token came (stored, --token-stdin, practice): type, app and expiry, not just the last four.
    token: await completeFingerprint(core.deps(), status.fingerprint),
    facts: core.deps().facts,
    provider: providerOf(core),
  };
}

async function receiptFor(core: CoreServices, target: { wabaId: string; businessId: string; userId: string }) {
  return buildReceipt(core.results.get(target.wabaId, target.userId), target, await receiptContext(core));
}

/** Saves the receipt of a removal that changed something; a failed save is logged, the removal stands. */
async function withRemovalReceipt(core: CoreServices, target: { wabaId: string; businessId: string; userId: string }, removal: RemoveOutcome): Promise<RemoveOutcome> {
  if (removal.nothingToRemove) return removal;
  try {
    const path = await saveRemovalReceipt(core.receiptsDir, buildRemovalReceipt(target, removal, await receiptContext(core)));
    return { ...removal, receiptPath: path };
  } catch (error) {
    core.log.error('remove', 'the removal receipt could not be saved', { error: error instanceof Error ? error : String(error) });
    return removal;
  }
}

export function createHandlers(core: CoreServices): Handlers {
  return {
    'app.mode': async () => ok(modeInfo(core)),
    'app.setMode': async ({ mode }) => {
      const set = await core.setMode(mode);
      return set.ok ? ok(modeInfo(core)) : set;
    },

    'token.connect': ({ token, appSecret }) => (appSecret === undefined ? core.tokens.connect(token) : connectWithAppSecret(core, token, appSecret)),
    'token.usePractice': async ({ label }) => {
      const token = core.practice.tokenFor(label);
      if (token === null) return err(saidError('bad-input', 'coreError.practiceNoSuchToken', undefined, { fields: ['label'] }));
      return core.tokens.usePractice(token);
    },
    'token.status': async () => ok(await core.tokens.status()),
    'token.inspect': async () => {
      const inspection = await core.tokens.inspect();
      return inspection.ok ? ok(inspection.value.diagnosis) : inspection;
    },
    'token.forget': () => core.tokens.forget(),

    'account.businesses': () => listBusinesses(core.deps()),
    'account.wabas': async ({ businessId }) => {
      const wabas = await discoverWabas(core.deps(), asBusinessId(businessId));
      if (wabas.ok && core.settings.get().lastBusinessId !== businessId) core.settings.update({ lastBusinessId: businessId });
      return wabas;
    },
    'account.identify': ({ id }) => identifyId(core.deps(), id),
    'account.systemUsers': ({ businessId, wabaId }) =>
      listSystemUsers(core.deps(), { businessId: asBusinessId(businessId), ...(wabaId ? { wabaId: asWabaId(wabaId) } : {}) }, (businessId, ids) => {
        core.settings.update({ cachedSystemUserIds: withCachedSystemUsers(core.settings.get().cachedSystemUserIds, businessId, ids) });
      }),

    'access.plan': (request) => planFor(core.deps(), assign(request)),
    'access.apply': async (raw) => {
      const request = assign(raw);
      const plan = await planFor(core.deps(), request);
      if (!plan.ok) return plan;
      const blocking = blockingCodes(plan.value);
      if (blocking.length > 0) {
        return err(saidError('bad-input', 'coreError.planProblems', { problems: blocking.join(', ') }, { fields: ['tasks'] }));
      }
      const applied = await applyAccess(core.deps(), sentFor(request, plan.value));
      // What an exact list took away goes on the receipt: undo cannot give it back.
      if (applied.ok) core.results.noteApply(request, applied.value, request.exact === true ? plan.value.diff.remove : undefined);
      return applied;
    },
    'access.verify': async (raw) => {
      const request = assign(raw);
      const report = await verifyAccess(core.deps(), request);
      if (report.ok) core.results.noteVerify(request, report.value);
      return report;
    },
    'access.remove': async (request) => {
      const removed = await removeAccess(core.deps(), {
        wabaId: asWabaId(request.wabaId),
        userId: asSystemUserId(request.userId),
        businessId: asBusinessId(request.businessId),
      });
      if (!removed.ok) return removed;
      core.results.forget(request.wabaId, request.userId);
      return ok(await withRemovalReceipt(core, request, removed.value));
    },

    'receipt.get': (target) => receiptFor(core, target),
    'receipt.save': async ({ format, ...target }) => {
      const receipt = await receiptFor(core, target);
      if (!receipt.ok) return receipt;
      const language = core.language();
      const html = (r: Receipt): string => renderReceiptHtml(r, (key, params) => translate(language, key, params), language);
      const path = await saveReceipt(core.receiptsDir, receipt.value, format, html);
      return ok({ path });
    },

    'settings.get': async () => ok(settingsView(core)),
    'settings.update': async (patch) => {
      // A CA file is read and checked before it is saved: only PEM certificates are trusted (issue 10.1).
      if (typeof patch.caFile === 'string') {
        const read = readCaFile({ path: patch.caFile, source: 'caFile' });
        if (!read.ok) return read;
      }
      const updated = core.settings.update(patch);
      if (!updated.ok) return updated;
      if (patch.apiVersion !== undefined || patch.proxy !== undefined || patch.caFile !== undefined) {
        const rebuilt = core.refreshClient();
        if (!rebuilt.ok) return rebuilt;
      }
      return ok(settingsView(core));
    },

    'progress.get': async () => ok(await core.progress.load()),
    'progress.save': async (progress) => {
      const saved = await core.progress.save(progress);
      return saved.ok ? ok(null) : saved;
    },
    'progress.clear': async () => {
      await core.progress.clear();
      return ok(null);
    },
    ...createHandoffHandlers(core),
  } satisfies Handlers;
}
