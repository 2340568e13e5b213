/**
 * `app-secret set|forget`: the app secret of a Meta app with "Require App
 * Secret" on (graph-api.md §9). Like the token, it crosses inward only:
 * standard input -> core -> keychain, never the command line, output or log.
 */
import { inputWithFix } from '../../../shared/errors';
import { isGraphId } from '../../../shared/ids';
import { checkAppSecret } from '../../core/graph/appsecret-proof';
import type { Ctx } from '../context';
import { isInteractive, readAll, readLine } from '../io';
import { TEXT } from '../messages';
import { EXIT } from '../output';
import { keychainUnreachable } from './token';

/** The --app option, checked; undefined when not given. */
function appOption(ctx: Ctx): { ok: true; value: string | undefined } | { ok: false; code: number } {
  const raw = ctx.parsed.options.app;
  if (raw === undefined) return { ok: true, value: undefined };
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!isGraphId(text)) return { ok: false, code: ctx.out.fail(inputWithFix(TEXT.appIdBad, ['app'])) };
  return { ok: true, value: text };
}

export async function appSecretSet(ctx: Ctx): Promise<number> {
  const { out } = ctx;
  if (ctx.parsed.rest.length > 0) return out.fail(inputWithFix(TEXT.appSecretNotFromArgv, ['app-secret']));
  if (ctx.globals.tokenStdin) return out.fail(inputWithFix(TEXT.appSecretStdinTaken, ['token-stdin']));
  const app = appOption(ctx);
  if (!app.ok) return app.code;
  const pasted = isInteractive(ctx.io) ? await readLine(ctx.io, TEXT.appSecretPrompt, true) : await readAll(ctx.io);
  const secret = checkAppSecret(pasted);
  if (!secret.ok) return out.fail(secret.error);
  const core = await ctx.core();
  if (!core.ok) return out.fail(core.error);
  const { appSecrets, tokens } = core.value.services;
  let appId = app.value;
  if (appId === undefined) {
    // No --app: the connected token says which app it belongs to, and Meta checks the secret on the way.
    if ((await tokens.current()) === null) return out.fail(inputWithFix(TEXT.appIdNeeded, ['app']));
    const info = await appSecrets.trying(secret.value, () => core.value.services.deps().graph().debugToken());
    if (!info.ok) return out.fail(info.error);
    if (info.value.appId === null) return out.fail(inputWithFix(TEXT.appIdNeeded, ['app']));
    appId = info.value.appId;
  }
  const stored = await appSecrets.set(appId, secret.value);
  // No keychain: scripts pass the secret per run with --app-secret-file (a token-stdin run still needs it).
  if (!stored.ok) return out.fail(stored.error, { 'keychain-unavailable': TEXT.appSecretNoKeychain });
  out.result({ appId, stored: true, backend: 'keychain' });
  out.say(TEXT.appSecretStored(appId));
  return EXIT.ok;
}

export async function appSecretForget(ctx: Ctx): Promise<number> {
  const app = appOption(ctx);
  if (!app.ok) return app.code;
  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  // App secrets live in the same keychain as the token: when it cannot be reached, nothing was removed.
  const unreachable = keychainUnreachable(ctx, await core.value.services.tokens.status());
  if (unreachable !== null) return unreachable;
  const forgotten = await core.value.services.appSecrets.forget(app.value);
  if (!forgotten.ok) return ctx.out.fail(forgotten.error);
  ctx.out.result({ forgotten: forgotten.value });
  ctx.out.say(forgotten.value.length === 0 ? TEXT.appSecretNone : TEXT.appSecretForgotten(forgotten.value));
  return EXIT.ok;
}
