/**
 * Shared set-up for the Graph client integration tests: a real practice
 * server on loopback, a real client over undici, a logger into memory.
 */
import { startPracticeServer, type PracticeServerStartOptions, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { createGraphClient, type ClosableGraphClient } from '../../../main/core/graph/client';
import { resolveGraphConfig, type GraphClientConfigInput } from '../../../main/core/graph/config';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { createSecretRegistry } from '../../../main/core/log/secrets';
import { assertCredentialsRule, assertNoLeaks } from '../../support/leak-oracle';

export const BIZ = '506914307656634';
export const WABA = '102290129340398';
export const CLIENT_WABA = '104996122399160';
export const PHONE = '106540352242922';
export const SU_ADMIN = '1972555232742220';
export const SU_EMP = '1972555232742222';

export interface Rig {
  readonly server: RunningPracticeServer;
  readonly client: ClosableGraphClient;
  readonly lines: readonly string[];
  /** The token the client sends; change it with `use`. */
  token: string | null;
  use(label: string | null): void;
  /** A second client on the same server with other settings. */
  clientWith(config: GraphClientConfigInput): ClosableGraphClient;
  close(): Promise<void>;
}

/** Fast, bounded settings for tests: short waits, small timeouts. */
export const TEST_CONFIG: GraphClientConfigInput = {
  proxy: { mode: 'none' },
  timeouts: { connectMs: 2_000, headersMs: 2_000, bodyMs: 2_000 },
  deadlineMs: 10_000,
  retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 2_000, maxTotalMs: 5_000 },
};

export async function rig(
  options: { label?: string | null; config?: GraphClientConfigInput; server?: PracticeServerStartOptions } = {},
): Promise<Rig> {
  const server = await startPracticeServer({ port: 0, ...options.server });
  const sink = createMemorySink();
  const secrets = createSecretRegistry();
  const log = createLogger({ sink, secrets });
  const clients: ClosableGraphClient[] = [];
  const state: { token: string | null } = { token: null };
  const make = (config: GraphClientConfigInput): ClosableGraphClient => {
    const resolved = resolveGraphConfig({
      baseUrl: server.url,
      ...TEST_CONFIG,
      ...config,
      timeouts: { ...TEST_CONFIG.timeouts, ...config.timeouts },
      retry: { ...TEST_CONFIG.retry, ...config.retry },
    });
    if (!resolved.ok) throw new Error(resolved.error.message);
    const client = createGraphClient(resolved.value, { getToken: async () => state.token, log });
    clients.push(client);
    return client;
  };
  const use = (label: string | null): void => {
    state.token = label === null ? null : server.token(label);
    if (state.token) secrets.register(state.token);
  };
  use(options.label === undefined ? 'admin-never' : options.label);
  const client = make(options.config ?? {});
  return {
    server,
    client,
    lines: sink.lines,
    get token() {
      return state.token;
    },
    set token(value) {
      state.token = value;
    },
    use,
    clientWith: make,
    close: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await server.close();
    },
  };
}

/**
 * Every request the server saw followed the credentials rule (Bearer header, or the batch form's
 * access_token), no URL held a credential, and the leak oracle finds no piece of any scenario token
 * anywhere else (raw URL, headers, body).
 */
export function assertCredentialsOnly(server: RunningPracticeServer): void {
  const tokens = server.scenario.tokens.map((t) => t.value);
  const inUrl = server.log.find((entry) => entry.tokenInUrl);
  if (inUrl) throw new Error(`request ${inUrl.seq} ${inUrl.method} ${inUrl.path} carried a credential in its URL`);
  assertCredentialsRule(server, tokens);
  assertNoLeaks(server, tokens);
}
