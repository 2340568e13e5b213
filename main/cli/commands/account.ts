/** `wabas`, `system-users` and `whatis`: read-only discovery. */
import { inputWithFix } from '../../../shared/errors';
import { translate } from '../../../shared/i18n';
import { idKindKey } from '../../../shared/id-kind';
import type { Ctx } from '../context';
import { userLines, wabaLines } from '../format';
import { TEXT } from '../messages';
import { EXIT } from '../output';
import { cliLanguageInUse } from '../texts';

export async function wabas(ctx: Ctx): Promise<number> {
  const businessId = ctx.option('business', true);
  if (typeof businessId === 'number') return businessId;
  const reply = await ctx.call('account.wabas', { businessId });
  if (!reply.ok) return reply.code;
  ctx.out.result(reply.value);
  for (const line of wabaLines(reply.value, businessId)) ctx.out.say(line);
  return EXIT.ok;
}

export async function systemUsers(ctx: Ctx): Promise<number> {
  const businessId = ctx.option('business', true);
  if (typeof businessId === 'number') return businessId;
  const wabaId = ctx.parsed.options.waba === undefined ? undefined : ctx.option('waba', true);
  if (typeof wabaId === 'number') return wabaId;
  const reply = await ctx.call('account.systemUsers', { businessId, ...(wabaId ? { wabaId } : {}) });
  if (!reply.ok) return reply.code;
  ctx.out.result(reply.value);
  for (const line of userLines(reply.value, businessId, wabaId)) ctx.out.say(line);
  return EXIT.ok;
}

export async function whatis(ctx: Ctx): Promise<number> {
  const [id, ...extra] = ctx.parsed.rest;
  if (id === undefined || extra.length > 0) return ctx.out.fail(inputWithFix(TEXT.oneId, ['id']));
  const reply = await ctx.call('account.identify', { id: id.slice(0, 64) });
  if (!reply.ok) return reply.code;
  const found = reply.value;
  ctx.out.result(found);
  // The kind in the same words every message that names an ID's kind uses (shared/id-kind.ts); an app is
  // only ever found as the token's own (debug_token), which whatis says, and nothing found is no kind.
  const kind = found.kind === 'unknown' ? TEXT.whatisUnknown : found.kind === 'app' ? TEXT.whatisApp : translate(cliLanguageInUse(), idKindKey(found.kind));
  ctx.out.say(TEXT.whatisLine(found.id, kind, found.name));
  return found.kind === 'unknown' ? EXIT.permission : EXIT.ok;
}
