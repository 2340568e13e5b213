/**
 * `practice`: runs the Graph practice server in this process on 127.0.0.1,
 * prints its URL and a paste-able table of ids and practice tokens, and
 * stays up until SIGINT/SIGTERM.
 */
import { appError, inputWithFix, type ErrorText } from '../../../shared/errors';
import { describeServer } from '../../practice/runner';
import { startPracticeServer } from '../../practice/start-practice-server';
import type { Ctx } from '../context';
import { TEXT } from '../messages';
import { EXIT } from '../output';
import { cliText } from '../texts';

export async function practice(ctx: Ctx): Promise<number> {
  const portText = ctx.parsed.options.port;
  const port = typeof portText === 'string' ? Number(portText) : 0;
  if (typeof portText === 'string' && (!/^\d{1,5}$/.test(portText) || port > 65535)) {
    return ctx.out.fail(inputWithFix(TEXT.badPort, ['port']));
  }
  const scenario = typeof ctx.parsed.options.scenario === 'string' ? ctx.parsed.options.scenario : undefined;
  let server;
  try {
    server = await startPracticeServer({ port, ...(scenario ? { scenario } : {}) });
  } catch (error) {
    // Scenario and port problems are explained in plain words by the server (never a token value).
    const text = (error as { text?: ErrorText } | null)?.text;
    return ctx.out.fail(appError('bad-input', error instanceof Error ? error.message : TEXT.practiceNoStart, text ? { text } : {}));
  }
  ctx.out.result({
    url: server.url,
    port: server.port,
    version: server.defaultVersion,
    scenario: server.scenario.name,
    tokens: server.scenario.tokens.map((t) => ({ label: t.label, note: t.note, value: t.value })),
  });
  // The overview follows --lang like the rest of the output (README: end users run `waba-access practice`).
  ctx.out.say(describeServer(server, (key, params) => cliText(`cli.practice.${key}`, params)));
  await ctx.io.stopSignal();
  await server.close();
  ctx.out.say(TEXT.practiceStopped);
  return EXIT.ok;
}
