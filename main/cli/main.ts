/**
 * The `waba-access` command as a function of its arguments and streams:
 * parse, dispatch to the command, return the exit code. The entry file only
 * binds it to the real process.
 */
import { WABA_TASKS } from '../../shared/tasks';
import { globalsOf, parseCommandLine, type CommandName } from './args';
import { createContext, type Ctx } from './context';
import { assign, remove, verify } from './commands/access';
import { bulk } from './commands/bulk';
import { systemUsers, wabas, whatis } from './commands/account';
import { practice } from './commands/practice';
import { appSecretForget, appSecretSet } from './commands/app-secret';
import { inspect, tokenForget, tokenSet, tokenStatus } from './commands/token';
import type { CliIo } from './io';
import { COMMAND_HELP, USAGE } from './messages';
import { createOutput, EXIT } from './output';
import { appError } from '../../shared/errors';

const RUN: Readonly<Record<CommandName, (ctx: Ctx) => Promise<number>>> = {
  'token set': tokenSet,
  'token status': tokenStatus,
  'token forget': tokenForget,
  'app-secret set': appSecretSet,
  'app-secret forget': appSecretForget,
  inspect,
  wabas,
  'system-users': systemUsers,
  whatis,
  assign,
  verify,
  remove,
  bulk,
  practice,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) return createOutput(io, parsed.json).fail(appError('bad-input', parsed.message));
  const { command } = parsed.value;
  if (command === null || parsed.value.help) {
    const text = command === null ? USAGE : (COMMAND_HELP[command] ?? USAGE).replace('{tasks}', WABA_TASKS.join(', '));
    io.stdout.write(`${text}\n`);
    return EXIT.ok;
  }
  const out = createOutput(io, parsed.value.json);
  const ctx = createContext(parsed.value, globalsOf(parsed.value, io.env), io, out);
  try {
    return await RUN[command](ctx);
  } catch (error) {
    // A bug must not print a stack that could carry request details; the log has the rest.
    const core = await ctx.core().catch(() => undefined);
    if (core?.ok) core.value.services.log.error('cli', `${command} crashed`, { error: error instanceof Error ? error : String(error) });
    return out.fail(appError('unexpected', `The command "${command}" stopped because of an internal error. The details are in the log.`));
  } finally {
    await ctx.close();
  }
}
