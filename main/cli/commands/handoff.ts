/**
 * `handoff --waba ID [--business ID] [--user ID]` (issue 9.1): checks the
 * PROVIDER's token, read from standard input (--token-stdin) or typed at a
 * hidden prompt, and prints the provider kit. Only that token is used: the
 * stored admin token is never read. It lives in memory for this run,
 * registered with the redactor. Exit: 0 fit (warnings allowed), 2 bad input,
 * 3 token unfit, 4 cannot reach the WABA, 6 rate-limited, 7 network, 1 other.
 */
import { appError, inputWithFix, type AppErrorKind } from '../../../shared/errors';
import type { HandoffReport, ProviderKit } from '../../../shared/handoff';
import { translate, type Language } from '../../../shared/i18n';
import { runHandoff, saveReminder } from '../../core/handoff/service';
import type { Ctx } from '../context';
import { HANDOFF_TEXT as H } from '../handoff-messages';
import { isInteractive, readAll, readLine } from '../io';
import { TEXT } from '../messages';
import { cliParams, cliTasks } from '../task-words';
import { errorJson, EXIT } from '../output';
import { profileOption } from './profile-option';

/** An optional id option: undefined when absent, the id, or an exit code after printing the problem. */
export function optionalId(ctx: Ctx, name: string): string | undefined | number {
  return ctx.parsed.options[name as keyof Ctx['parsed']['options']] === undefined ? undefined : ctx.option(name, true);
}

export function kitLines(kit: ProviderKit): string[] {
  return [
    H.kitTitle,
    ...(kit.provider ? [H.kitProvider(kit.provider.name)] : []),
    H.kitBusiness(kit.businessId ?? H.unknown),
    H.kitWaba(kit.waba.id, kit.waba.name ?? ''),
    ...(kit.phoneNumbers.length > 0 ? kit.phoneNumbers.map((p) => H.kitPhone(p.id, p.displayPhoneNumber, p.verifiedName ?? '')) : [H.kitNoPhone]),
    H.kitApp(kit.appId ?? H.unknown),
    H.kitUser(kit.systemUser.id ?? H.unknown, kit.systemUser.name ?? ''),
    H.kitTasks(kit.tasksVerified ? cliTasks(kit.tasksVerified) : H.unknown),
    H.kitExpiry(kit.tokenExpiry === 'never' ? H.never : (kit.tokenExpiry ?? H.unknown)),
  ];
}

const checkLines = (report: HandoffReport, language: Language): string[] =>
  report.checks.map((check) => `${TEXT.mark[check.severity] ?? ''}${translate(language, `handoff.${check.code}.text`, cliParams(check.params))}`);

/**
 * "What to do" for the hand-off: it uses only the PROVIDER's token, so its remedies talk about that
 * token and that system user's access, never the admin token (`inspect`, `token set`).
 */
function providerActions(): Partial<Record<AppErrorKind, string>> {
  return { 'token-invalid': H.actionToken, 'token-missing': H.actionToken, 'permission-denied': H.actionReach, 'not-found': H.actionReach };
}

/** The provider's token; the hints name the WABA given, so they can be run as they are. */
async function providerToken(ctx: Ctx, wabaId: string): Promise<string | number> {
  const pasted = ctx.globals.tokenStdin ? await readAll(ctx.io) : isInteractive(ctx.io) ? await readLine(ctx.io, H.tokenPrompt, true) : '';
  if (pasted.trim() === '') return ctx.out.fail(inputWithFix(ctx.globals.tokenStdin ? H.emptyStdin(wabaId) : H.noToken(wabaId), ['token']));
  return pasted.slice(0, 4096);
}

export async function handoff(ctx: Ctx): Promise<number> {
  if (ctx.parsed.rest.length > 0) return ctx.out.fail(inputWithFix(H.tokenNotFromArgv, ['token']));
  const wabaId = ctx.option('waba', true);
  if (typeof wabaId === 'number') return wabaId;
  const businessId = optionalId(ctx, 'business');
  if (typeof businessId === 'number') return businessId;
  const userId = optionalId(ctx, 'user');
  if (typeof userId === 'number') return userId;
  const profile = await profileOption(ctx);
  if (typeof profile === 'number') return profile;
  const token = await providerToken(ctx, wabaId);
  if (typeof token === 'number') return token;

  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  const services = core.value.services;
  const checked = await runHandoff(services, { wabaId, ...(businessId ? { businessId } : {}), ...(userId ? { userId } : {}), token });
  if (!checked.ok) return ctx.out.fail(checked.error, providerActions());
  const report = checked.value;
  for (const line of checkLines(report, ctx.globals.language)) ctx.out.say(line);
  let reminderPath: string | null = null;
  if (report.reminderDate) {
    const saved = await saveReminder(services, 'provider');
    if (saved.ok) {
      reminderPath = saved.value.path;
      ctx.out.say(H.reminder(reminderPath));
    }
  }
  if (report.verdict === 'fit' && report.kit) {
    for (const line of kitLines(report.kit)) ctx.out.say(line);
    ctx.out.say(H.howToPass);
    ctx.out.say(H.fit);
    ctx.out.result({ ...report.kit, checks: report.checks, reminderPath });
    return EXIT.ok;
  }
  const error =
    report.verdict === 'no-reach'
      ? appError('permission-denied', H.noReach, { fields: ['waba'] })
      : appError('token-invalid', ctx.out.json ? H.unfitTokenJson : H.unfitToken, { fields: ['token'], untitled: true });
  if (ctx.out.json) {
    ctx.io.stdout.write(`${JSON.stringify({ ...(errorJson(error, ctx.globals.language) as object), verdict: report.verdict, checks: report.checks, kit: report.kit })}\n`);
    return report.verdict === 'no-reach' ? EXIT.permission : EXIT.token;
  }
  return ctx.out.fail(error, providerActions());
}
