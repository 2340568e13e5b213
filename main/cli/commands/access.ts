/**
 * `assign`, `verify` and `remove`: the commands that change or check access.
 * assign shows the plan and asks before it writes (unless --yes), then reads
 * the result back; every write is journaled by the core, and interrupted
 * earlier writes are settled by a read first.
 */
import { readFileSync } from 'node:fs';
import { appError, inputWithFix } from '../../../shared/errors';
import { readableParams, translate, translateWithKind, type Language, type MessageKey } from '../../../shared/i18n';
import type { AccessPlan, PlanProblem } from '../../../shared/onboarding';
import { parseTaskList, readTaskNames, WABA_TASKS, type WabaTask } from '../../../shared/tasks';
import { completeFingerprint } from '../../core/onboarding/inspect-token';
import { blockingFields, fieldOfCode, wholeRefusals } from '../../core/onboarding/plan';
import { writeRefusals } from '../../core/onboarding/token-role';
import { businessOfUser, currentAssignment } from '../../core/onboarding/remove';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { withTakenAwayChecked } from '../../../shared/taken-away';
import type { LoadedProfile } from '../../../shared/provider-profile';
import type { Ctx } from '../context';
import { HANDOFF_TEXT } from '../handoff-messages';
import { placeReceipt, remindIfExpiring } from '../receipt-out';
import { profileOption } from './profile-option';
import { planLines, verifyLines } from '../format';
import { askingIo, confirm } from '../io';
import { TEXT } from '../messages';
import { cliTasks } from '../task-words';
import { EXIT } from '../output';

interface Target {
  readonly wabaId: string;
  readonly businessId: string;
  readonly userId: string;
}

function targetOf(ctx: Ctx): Target | number {
  const wabaId = ctx.option('waba', true);
  if (typeof wabaId === 'number') return wabaId;
  const businessId = ctx.option('business', true);
  if (typeof businessId === 'number') return businessId;
  const userId = ctx.option('user', true);
  if (typeof userId === 'number') return userId;
  return { wabaId, businessId, userId };
}

/** --tasks; else the provider profile's tasks (with a notice); --tasks wins when both are given. */
function tasksOf(ctx: Ctx, profile: LoadedProfile | null = null): WabaTask[] | number {
  if (profile && ctx.parsed.options.tasks !== undefined) ctx.out.say(HANDOFF_TEXT.tasksWin);
  if (profile && ctx.parsed.options.tasks === undefined) {
    const fromProfile = profile.profile.tasks.map((t) => t.task);
    ctx.out.say(HANDOFF_TEXT.tasksFromProfile(cliTasks(fromProfile)));
    return fromProfile;
  }
  const text = ctx.option('tasks');
  if (typeof text === 'number') return text;
  const read = readTaskNames(parseTaskList(text, ','));
  const unknown = read.unknown[0];
  if (unknown !== undefined || read.tasks.length === 0 || read.tasks.length > 16) {
    const message = TEXT.unknownTask(unknown?.typed ?? text, WABA_TASKS.join(', ')) + (unknown?.suggestion ? ` ${TEXT.didYouMean(unknown.suggestion)}` : '');
    return ctx.out.fail(inputWithFix(message, ['tasks']));
  }
  for (const alias of read.aliases) ctx.out.say(TEXT.aliasSent(alias.typed, alias.sent));
  return [...read.tasks];
}

/** The plan's blocking problems in the user's words, each with its code. */
function blockingTexts(plan: AccessPlan, language: Language): string {
  return plan.problems.filter((p) => p.severity === 'problem').map((p) => `${translateWithKind(language, `plan.${p.code}`, p.params)} (${p.code})`).join(' ');
}

/**
 * A refusal about the whole command (the token's role, an ID of the wrong kind, a user not in the
 * business), first and alone: no plan line or hint before it, exit 2 like the plan's other refusals.
 */
export function refuseWhole(ctx: Ctx, refusals: readonly PlanProblem[]): number {
  const language = ctx.globals.language;
  const t = (key: MessageKey): string => translate(language, key);
  const said = (p: PlanProblem): string => translateWithKind(language, `plan.${p.code}`, readableParams(t, p.params, language));
  const fields = [...new Set(refusals.map((p) => fieldOfCode(p.code)))];
  // Each refusal's own words say how to fix it (another ID, an admin's token); the codes stay for --json.
  const message = ctx.out.json
    ? TEXT.planBlockedJson(refusals.map((p) => `${said(p)} (${p.code})`).join(' '))
    : TEXT.refusedWhole(refusals.map(said).join(' '));
  return ctx.out.fail(inputWithFix(message, fields));
}

/** The token's expiry day a saved JSON receipt states, if any. */
function expiryOnReceipt(path: string): string | undefined {
  try {
    const stated = (JSON.parse(readFileSync(path, 'utf8')) as { tokenExpiresOn?: unknown }).tokenExpiresOn;
    return typeof stated === 'string' ? stated : undefined;
  } catch {
    return undefined;
  }
}

/** Warns when the system user's name differs from the one the provider profile asked for (the plan read the names). */
async function warnUserName(ctx: Ctx, target: Target, profile: LoadedProfile | null): Promise<void> {
  if (!profile) return;
  const core = await ctx.core();
  if (!core.ok) return;
  const user = core.value.services.deps().facts.systemUsers.get(target.businessId)?.find((u) => u.id === target.userId);
  const expected = profile.profile.systemUserName;
  if (user && user.name.trim().toLowerCase() !== expected.trim().toLowerCase()) ctx.out.say(HANDOFF_TEXT.userName(user.name, expected, profile.profile.provider.name));
}

/** Settles changes an earlier run left in flight, by a read, before anything new is sent. */
export async function settleInterrupted(ctx: Ctx): Promise<void> {
  const core = await ctx.core();
  if (!core.ok) return;
  const summary = await core.value.reconcile();
  if (summary.done + summary.failed > 0) ctx.out.say(TEXT.reconciled(summary.done, summary.failed));
}

/** Asks on a terminal; without one, only --yes lets a write through. Returns an exit code to stop with. */
export async function allowed(ctx: Ctx, question: string): Promise<number | null> {
  if (ctx.parsed.options.yes === true) return null;
  const asker = askingIo(ctx.io);
  if (!asker) return ctx.out.fail(inputWithFix(TEXT.needYes, ['yes']));
  const yes = await confirm(asker, question);
  // A terminal opened for this question only is closed again, so it holds nothing open.
  if (asker.stdin !== ctx.io.stdin) asker.stdin.destroy();
  if (yes) return null;
  ctx.out.say(TEXT.declined);
  return EXIT.other;
}

/** Completes the session's token fingerprint now, so the receipt later needs no request of its own. */
async function warmFingerprint(ctx: Ctx): Promise<void> {
  const core = await ctx.core();
  if (!core.ok) return;
  const { services } = core.value;
  await completeFingerprint(services.deps(), (await services.tokens.status()).fingerprint);
}

export async function assign(ctx: Ctx): Promise<number> {
  const target = targetOf(ctx);
  if (typeof target === 'number') return target;
  const profile = await profileOption(ctx);
  if (typeof profile === 'number') return profile;
  const tasks = tasksOf(ctx, profile);
  if (typeof tasks === 'number') return tasks;
  const request = { ...target, tasks, ...(ctx.parsed.options.exact === true ? { exact: true } : {}) };
  await settleInterrupted(ctx);
  // The plan's reads carry debug_token when the session lacks it (stored token or --token-stdin alike): it names
  // the token's own system user, so an employee's token is refused here, before anything is sent, not by Meta after.
  const plan = await ctx.call('access.plan', request);
  if (!plan.ok) return plan.code;
  // The receipt names the token's type and expiry: from that same debug_token answer, no request of its own.
  await warmFingerprint(ctx);
  const whole = wholeRefusals(plan.value);
  if (whole.length > 0) return refuseWhole(ctx, whole);
  for (const line of planLines(plan.value, ctx.globals.language)) ctx.out.say(line);
  await warnUserName(ctx, target, profile);
  if (!plan.value.canApply) {
    // --json prints no plan lines to point at: its message carries the refusals' own words.
    // People read the refusals in the plan lines above; the codes stay for --json, never in prose.
    const message = ctx.out.json ? TEXT.planBlockedJson(blockingTexts(plan.value, ctx.globals.language)) : TEXT.planBlocked;
    return ctx.out.fail(inputWithFix(message, blockingFields(plan.value)));
  }
  let apply = null;
  if (plan.value.problems.some((p) => p.code === 'no-change')) {
    ctx.out.say(TEXT.noChange);
  } else {
    const stop = await allowed(ctx, TEXT.confirmApply);
    if (stop !== null) return stop;
    const applied = await ctx.call('access.apply', request);
    if (!applied.ok) return applied.code;
    apply = applied.value;
    ctx.out.say(TEXT.applied(apply.reconciled));
  }
  const read = await ctx.call('access.verify', request);
  if (!read.ok) return read.code;
  // An exact change is verified only when what it took away is gone too (as bulk's rows and the wizard).
  const verified = withTakenAwayChecked(read.value, plan.value.diff.remove);
  for (const line of verifyLines(verified, request.exact === true)) ctx.out.say(line);
  let receiptPath: string | null = null;
  if (verified.verified) {
    const saved = await ctx.call('receipt.save', { ...target, format: 'json' });
    if (saved.ok) {
      receiptPath = await placeReceipt(ctx, saved.value.path);
      ctx.out.say(TEXT.receiptSaved(receiptPath));
      await remindIfExpiring(ctx, expiryOnReceipt(receiptPath));
    }
  }
  ctx.out.result({ plan: plan.value, apply, verification: verified, receiptPath });
  return verified.verified ? EXIT.ok : EXIT.notVerified;
}

export async function verify(ctx: Ctx): Promise<number> {
  const target = targetOf(ctx);
  if (typeof target === 'number') return target;
  const tasks = tasksOf(ctx);
  if (typeof tasks === 'number') return tasks;
  // --exact: the list must be exactly these: only the tasks Meta lists by name count (MANAGE does not
  // stand in for the others) and any task not asked for fails it.
  const exact = ctx.parsed.options.exact === true;
  const report = await ctx.call('access.verify', { ...target, tasks, ...(exact ? { exact: true } : {}) });
  if (!report.ok) return report.code;
  ctx.out.result(report.value);
  for (const line of verifyLines(report.value, exact)) ctx.out.say(line);
  return report.value.verified ? EXIT.ok : EXIT.notVerified;
}

/** The business to check a removal against: --business, or the system user's own business (else the WABA's owner, `found`). */
async function businessFor(ctx: Ctx, wabaId: string, userId: string): Promise<{ readonly id: string; readonly found: boolean } | number> {
  if (ctx.parsed.options.business !== undefined) {
    const given = ctx.option('business', true);
    return typeof given === 'number' ? given : { id: given, found: false };
  }
  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  const found = await businessOfUser(core.value.services.deps(), asWabaId(wabaId), asSystemUserId(userId));
  if (!found.ok) return ctx.out.fail(found.error);
  const owner = found.value;
  if (owner === null) return ctx.out.fail(appError('bad-input', TEXT.missingOption('business'), { fields: ['business'] }));
  return { id: owner, found: true };
}

export async function remove(ctx: Ctx): Promise<number> {
  const wabaId = ctx.option('waba', true);
  if (typeof wabaId === 'number') return wabaId;
  const userId = ctx.option('user', true);
  if (typeof userId === 'number') return userId;
  await settleInterrupted(ctx);
  const business = await businessFor(ctx, wabaId, userId);
  if (typeof business === 'number') return business;
  const target = { wabaId: asWabaId(wabaId), businessId: asBusinessId(business.id), userId: asSystemUserId(userId) };
  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  // An employee's token, or an ID of the wrong kind, is refused first and alone: before any line, before the DELETE.
  const refused = await writeRefusals(core.value.services.deps(), target, 'take');
  if (!refused.ok) return ctx.out.fail(refused.error);
  if (refused.value.length > 0) return refuseWhole(ctx, refused.value);
  if (business.found) ctx.out.say(TEXT.businessFromOwner(business.id));
  if (ctx.parsed.options.yes !== true) {
    // Before asking, show what goes: the read decides, and "nothing to remove" needs no question.
    const current = await currentAssignment(core.value.services.deps(), target);
    if (!current.ok) return ctx.out.fail(current.error);
    if (current.value === null) return nothingToRemove(ctx, userId, wabaId);
    ctx.out.say(TEXT.removeWhat(userId, wabaId, cliTasks(current.value.tasks)));
    const stop = await allowed(ctx, TEXT.confirmRemove(userId, wabaId));
    if (stop !== null) return stop;
  }
  const removed = await ctx.call('access.remove', target);
  if (!removed.ok) return removed.code;
  const outcome = removed.value.receiptPath ? { ...removed.value, receiptPath: await placeReceipt(ctx, removed.value.receiptPath) } : removed.value;
  ctx.out.result(outcome);
  if (outcome.nothingToRemove) return nothingToRemove(ctx, userId, wabaId, false);
  ctx.out.say(TEXT.removedTasks(cliTasks(outcome.removedTasks)));
  if (outcome.receiptPath) ctx.out.say(TEXT.receiptSaved(outcome.receiptPath));
  if (!outcome.verified) {
    ctx.out.say(TEXT.removeNotVerified(business.id, wabaId));
    return EXIT.notVerified;
  }
  ctx.out.say(TEXT.removed);
  return EXIT.ok;
}

function nothingToRemove(ctx: Ctx, userId: string, wabaId: string, json = true): number {
  if (json) ctx.out.result({ nothingToRemove: true, changeId: null, removedTasks: [], verified: true });
  ctx.out.say(TEXT.nothingToRemove(userId, wabaId));
  return EXIT.ok;
}
