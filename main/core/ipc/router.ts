/**
 * The IPC router (security.md I1/I2, style.md P3): one place that checks the
 * channel name, validates the payload with the channel's strict zod schema,
 * calls the handler, and turns anything thrown into an AppError value. The
 * Electron edge and the browser test harness both call `route`.
 *
 * Invalid input never reaches a handler, and its error lists field paths
 * only: values may hold a pasted token. Payloads are never logged.
 */
import { CHANNELS, isChannel, type Channel, type Reply, type Request } from '../../../shared/ipc/contract';
import { isAppError, type AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, type Result } from '../../../shared/result';
import type { Logger } from '../log/logger';
import { redactText } from '../log/redact';
import type { SecretSource } from '../log/secrets';

export type Handlers = { readonly [C in Channel]: (request: Request<C>) => Promise<Reply<C>> };

export interface Router {
  /** Validates and dispatches; never throws, never rejects. */
  route(channel: unknown, payload: unknown): Promise<Reply<Channel>>;
}

export interface RouterOptions {
  readonly log?: Logger;
  /** Live secrets, scrubbed from error messages as a last net before they cross. */
  readonly secrets?: SecretSource;
}

const MODULE = 'ipc';
const MAX_PATHS = 20;

/** Field paths of a zod error, e.g. "tasks.0"; the root is "(root)". Never values. */
function issuePaths(issues: readonly { readonly path: readonly PropertyKey[] }[]): string[] {
  const paths = issues.map((issue) =>
    issue.path.length === 0 ? '(root)' : issue.path.map((part) => (typeof part === 'symbol' ? '?' : String(part))).join('.'),
  );
  return [...new Set(paths)].slice(0, MAX_PATHS);
}

function channelName(channel: unknown): string {
  return typeof channel === 'string' && channel.length <= 40 ? channel.replace(/[^\w.-]/g, '_') : '(invalid)';
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const log = options.log;
  /** Every text of an error, Meta's included, loses any piece of a live secret before it crosses IPC (security.md X4). */
  const scrub = (error: AppError): AppError => {
    const live = options.secrets?.list() ?? [];
    const graph = error.graph;
    const texts = graph
      ? Object.fromEntries(
          (['message', 'userTitle', 'userMessage', 'fbtraceId'] as const).flatMap((key) => {
            const value = graph[key];
            return value === undefined ? [] : [[key, redactText(value, live)]];
          }),
        )
      : {};
    // The values of a said error (AppError.text) are texts too: a path or a name that held a secret loses it as well.
    const said = error.text?.params
      ? { text: { ...error.text, params: Object.fromEntries(Object.entries(error.text.params).map(([name, value]) => [name, typeof value === 'string' ? redactText(value, live) : value])) } }
      : {};
    return { ...error, message: redactText(error.message, live), ...said, ...(graph ? { graph: { ...graph, ...texts } } : {}) };
  };

  async function dispatch<C extends Channel>(channel: C, payload: unknown): Promise<Reply<C>> {
    const parsed = CHANNELS[channel].safeParse(payload);
    if (!parsed.success) {
      const fields = issuePaths(parsed.error.issues);
      log?.warn(MODULE, `${channel} rejected: bad-input`, { fields });
      return err(saidError('bad-input', 'coreError.ipc.invalid', { channel, fields: fields.join(', ') }, { fields }));
    }
    const handler = handlers[channel] as (request: Request<C>) => Promise<Reply<C>>;
    const started = Date.now();
    try {
      const reply = await handler(parsed.data as Request<C>);
      const ms = Date.now() - started;
      if (reply.ok) log?.info(MODULE, `${channel} ok`, { ms });
      else log?.warn(MODULE, `${channel} failed: ${reply.error.kind}`, { ms, graphCode: reply.error.graph?.code ?? null });
      return reply.ok ? reply : (err(scrub(reply.error)) as Result<never, AppError>);
    } catch (thrown) {
      log?.error(MODULE, `${channel} threw`, { error: thrown instanceof Error ? thrown : String(thrown) });
      if (isAppError(thrown)) return err(scrub(thrown));
      return err(saidError('unexpected', 'coreError.ipc.failed', { channel }));
    }
  }

  return {
    async route(channel, payload) {
      if (!isChannel(channel)) {
        log?.warn(MODULE, `unknown channel ${channelName(channel)}`);
        return err(saidError('bad-input', 'coreError.ipc.unknown', undefined, { fields: ['channel'] }));
      }
      return dispatch(channel, payload);
    },
  };
}
