/** `token set|status|forget` and `inspect`: the token crosses inward only (stdin -> core -> keychain). */
import { appError, inputWithFix } from '../../../shared/errors';
import { readsOnly, type TokenDiagnosis, type TokenStatus } from '../../../shared/onboarding';
import { completeFingerprint } from '../../core/onboarding/inspect-token';
import type { Ctx } from '../context';
import { diagnosisLines, fingerprintLines } from '../format';
import { isInteractive, readAll, readLine } from '../io';
import { TEXT } from '../messages';
import { cliList } from '../task-words';
import { EXIT } from '../output';

/** 0 when usable; 3 when the token itself is the problem; 4 when its role or reach is. */
export const diagnosisExit = (diagnosis: TokenDiagnosis): number =>
  diagnosis.usable ? EXIT.ok : diagnosis.layers[0].verdict === 'problem' ? EXIT.token : EXIT.permission;

/** The checks a refused token failed: each problem finding of the diagnosis, by code. */
function failedChecksOf(diagnosis: TokenDiagnosis): { readonly layer: string; readonly code: string }[] {
  return diagnosis.layers.flatMap((layer) => layer.findings.filter((f) => f.severity === 'problem').map((f) => ({ layer: layer.layer, code: f.code })));
}

const where = (status: TokenStatus): string => (status.backend === 'keychain' ? TEXT.keychain : TEXT.memory);

export async function tokenSet(ctx: Ctx): Promise<number> {
  const { out } = ctx;
  if (ctx.parsed.rest.length > 0) return out.fail(inputWithFix(TEXT.tokenNotFromArgv, ['token']));
  if (ctx.globals.tokenStdin) return out.fail(inputWithFix(TEXT.tokenStdinWithSet, ['token-stdin']));
  const pasted = isInteractive(ctx.io) ? await readLine(ctx.io, TEXT.tokenPrompt, true) : await readAll(ctx.io);
  if (pasted.trim() === '') return out.fail(inputWithFix(TEXT.emptyStdin, ['token']));
  const reply = await ctx.call('token.connect', { token: pasted.slice(0, 4096) });
  if (!reply.ok) return reply.code;
  const outcome = reply.value;
  const failedChecks = failedChecksOf(outcome.diagnosis);
  out.result(outcome.stored ? outcome : { ...outcome, failedChecks });
  for (const line of diagnosisLines(outcome.diagnosis, ctx.globals.language)) out.say(line);
  if (!outcome.stored) {
    // Never stored, never replacing the stored token (issue 8.1): exit 3 whichever check failed.
    // The checks by the layer they belong to, in words (the codes stay in --json's failedChecks).
    out.say(TEXT.notStored(cliList([...new Set(failedChecks.map((check) => TEXT.layer[check.layer] ?? check.layer))])));
    return EXIT.token;
  }
  if (!outcome.status.persisted) {
    out.say(TEXT.storedMemory);
    return EXIT.token;
  }
  out.say(TEXT.stored(where(outcome.status)));
  return diagnosisExit(outcome.diagnosis);
}

export async function tokenStatus(ctx: Ctx): Promise<number> {
  const reply = await ctx.call('token.status', {});
  if (!reply.ok) return reply.code;
  let status = reply.value;
  const core = await ctx.core();
  if (status.connected && core.ok) status = { ...status, fingerprint: await completeFingerprint(core.value.services.deps(), status.fingerprint) };
  ctx.out.result(status);
  if (!status.connected || !status.fingerprint) {
    ctx.out.say(TEXT.tokenNone);
    if (status.keychainProblem) ctx.out.say(TEXT.keychainProblem(status.keychainProblem));
    return EXIT.token;
  }
  for (const line of fingerprintLines(status.fingerprint, where(status))) ctx.out.say(line);
  return EXIT.ok;
}

/**
 * The keychain could not be reached (no D-Bus, no Secret Service, locked): a forget cannot have
 * removed anything from it, so it says so, exit 3 like `token set` without a keychain.
 */
export function keychainUnreachable(ctx: Ctx, status: TokenStatus): number | null {
  if (status.persisted || status.keychainProblem === undefined) return null;
  const error = appError('keychain-unavailable', TEXT.keychainUnreachable(status.keychainProblem));
  return ctx.out.fail(error, { 'keychain-unavailable': TEXT.keychainUnreachableAction });
}

export async function tokenForget(ctx: Ctx): Promise<number> {
  // Read first, so a second forget says there was nothing stored instead of "removed" again.
  const before = await ctx.call('token.status', {});
  if (!before.ok) return before.code;
  const reply = await ctx.call('token.forget', {});
  if (!reply.ok) return reply.code;
  const unreachable = keychainUnreachable(ctx, reply.value);
  if (unreachable !== null) return unreachable;
  ctx.out.result(reply.value);
  ctx.out.say(before.value.connected ? TEXT.forgotten : TEXT.noTokenToForget);
  return EXIT.ok;
}

export async function inspect(ctx: Ctx): Promise<number> {
  const reply = await ctx.call('token.inspect', {});
  if (!reply.ok) return reply.code;
  // The business the token found is named (issue 8.14); --json carries it as `business` too.
  const business = reply.value.businesses[0] ?? null;
  // The verdict on the job itself (giving access): an employee's token reads but cannot give it, exit 4.
  const canGiveAccess = reply.value.usable && !readsOnly(reply.value);
  ctx.out.result({ ...reply.value, business, canGiveAccess });
  for (const line of diagnosisLines(reply.value, ctx.globals.language)) ctx.out.say(line);
  for (const found of reply.value.businesses) ctx.out.say(TEXT.inspectBusiness(found.name, found.id));
  return readsOnly(reply.value) ? EXIT.permission : diagnosisExit(reply.value);
}
