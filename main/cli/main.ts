/**
 * The `waba-access` command as a function of its arguments and streams:
 * parse, dispatch to the command, return the exit code. The entry file only
 * binds it to the real process.
 *
 * Start-up (issue 11): this file imports nothing that pulls in a package
 * (undici, zod, conf, keytar). The context and each command are loaded with
 * import() only once a command runs, so `--help` and bad usage never pay for
 * them; the CLI bundle is split at these seams (build/bundle.mjs).
 */
import { WABA_TASKS } from '../../shared/tasks';
import { globalsOf, parseCommandLine, type CommandName } from './args';
import type { Ctx } from './context';
import type { CliIo } from './io';
import { EXIT } from './exit-codes';
import { cliLanguage, LANGUAGE_LIST } from './language';
import { DEFAULT_LANGUAGE } from '../../shared/languages';
import { commandHelp, groupHelp, TEXT, usage } from './messages';
import { useCliLanguage } from './texts';
import { appError, inputWithFix } from '../../shared/errors';

type Command = (ctx: Ctx) => Promise<number>;

const RUN: Readonly<Record<CommandName, () => Promise<Command>>> = {
  'token set': async () => (await import('./commands/token')).tokenSet,
  'token status': async () => (await import('./commands/token')).tokenStatus,
  'token forget': async () => (await import('./commands/token')).tokenForget,
  'app-secret set': async () => (await import('./commands/app-secret')).appSecretSet,
  'app-secret forget': async () => (await import('./commands/app-secret')).appSecretForget,
  inspect: async () => (await import('./commands/token')).inspect,
  wabas: async () => (await import('./commands/account')).wabas,
  'system-users': async () => (await import('./commands/account')).systemUsers,
  whatis: async () => (await import('./commands/account')).whatis,
  assign: async () => (await import('./commands/access')).assign,
  verify: async () => (await import('./commands/access')).verify,
  remove: async () => (await import('./commands/access')).remove,
  bulk: async () => (await import('./commands/bulk')).bulk,
  handoff: async () => (await import('./commands/handoff')).handoff,
  check: async () => (await import('./commands/check')).check,
  practice: async () => (await import('./commands/practice')).practice,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv);
  const flag = parsed.ok ? parsed.value.options.lang : parsed.lang;
  const language = cliLanguage(typeof flag === 'string' ? flag : undefined, io.env);
  // Only this run's language is loaded (one chunk); an unknown one is refused in English.
  await useCliLanguage(language.ok ? language.language : DEFAULT_LANGUAGE);
  const json = parsed.ok ? parsed.value.json : parsed.json;
  if (!language.ok) {
    const { createOutput } = await import('./output');
    return createOutput(io, json).fail(inputWithFix(TEXT.badLanguage(language.source, LANGUAGE_LIST), ['lang']));
  }
  if (parsed.ok && (parsed.value.command === null || parsed.value.help)) {
    const { command, group } = parsed.value;
    const text = command !== null ? commandHelp(command, WABA_TASKS.join(', ')) : group !== undefined ? groupHelp(group) : usage();
    io.stdout.write(`${text}\n`);
    return EXIT.ok;
  }
  // The output (and with it the shared texts of findings and errors) loads only when something is printed through it.
  const { createOutput } = await import('./output');
  if (!parsed.ok) return createOutput(io, parsed.json, language.language).fail(inputWithFix(parsed.message()));
  const { command } = parsed.value;
  if (command === null) return EXIT.ok;
  const out = createOutput(io, parsed.value.json, language.language);
  const [{ createContext }, run, { tlsEnvNotice }] = await Promise.all([import('./context'), RUN[command](), import('../core/graph/trust')]);
  // Certificate checks cannot be turned off for Graph (security.md X1); say once that the variable is ignored.
  if (tlsEnvNotice(io.env) !== null) io.stderr.write(`${TEXT.tlsEnvIgnored}\n`);
  const ctx = createContext(parsed.value, globalsOf(parsed.value, io.env, language.language), io, out);
  try {
    return await run(ctx);
  } catch (error) {
    // A bug must not print a stack that could carry request details; the log has the rest, under a reference that is printed.
    const reference = globalThis.crypto.randomUUID().slice(0, 8);
    const core = await ctx.core().catch(() => undefined);
    if (core?.ok) core.value.services.log.error('cli', `${command} crashed (reference ${reference})`, { error: error instanceof Error ? error : String(error) });
    return out.fail(appError('unexpected', TEXT.crashed(command)), { unexpected: TEXT.crashedAction(reference) });
  } finally {
    await ctx.close();
  }
}
