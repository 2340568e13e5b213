/**
 * Shared set-up for the onboarding integration tests: a real practice server
 * on loopback, a temp data dir, a real keychain entry under a per-test
 * service name (tests run inside test/support/with-keyring.sh), and a core
 * wired to all three. Everything is torn down by `dispose`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, Reply, Request } from '../../../shared/ipc/contract';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { createSecretRegistry } from '../../../main/core/log/secrets';
import { createCore, type Core } from '../../../main/core/onboarding/session';
import { createKeytarStore } from '../../../main/core/vault/keytar-store';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import type { PracticeServerStartOptions } from '../../../main/practice/start-practice-server';

export const IDS = {
  business: '506914307656634',
  ownedWaba: '102290129340398',
  clientWaba: '104996122399160',
  admin: '1972555232742220',
  employee: '1972555232742222',
  phone: '106540352242922',
  /** "Client Bakery": owns the client WABA; the practice admin does not manage it. */
  clientBusiness: '609873456789012',
} as const;

export interface Harness {
  readonly server: RunningPracticeServer;
  readonly core: Core;
  readonly dataDir: string;
  /** The keychain service name of this harness's token entry. */
  readonly service: string;
  readonly logLines: readonly string[];
  /** Calls a channel and fails the test on an error reply. */
  call<C extends Channel>(channel: C, request: Request<C>): Promise<Extract<Reply<C>, { ok: true }>['value']>;
  dispose(): Promise<void>;
}

/** A core on `dataDir` whose token lives in the real keychain under `service`, logging into `lines`. */
export async function openCore(dataDir: string, service: string, baseUrl: string, lines = createMemorySink()): Promise<Core> {
  const secrets = createSecretRegistry();
  const created = await createCore({
    dataDir,
    graph: { baseUrl, apiVersion: 'v26.0', retry: { baseDelayMs: 1, maxDelayMs: 20 } },
    secretStore: createKeytarStore({ service }),
    startPracticeServer,
    log: createLogger({ sink: lines, secrets }),
    secrets,
  });
  if (!created.ok) throw new Error(`createCore failed: ${created.error.message}`);
  return created.value;
}

export async function startHarness(options: { server?: PracticeServerStartOptions; dataDir?: string; service?: string } = {}): Promise<Harness> {
  const server = await startPracticeServer(options.server ?? {});
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'waba-onboarding-'));
  const service = options.service ?? `waba-test-${randomUUID()}`;
  const secretStore = createKeytarStore({ service });
  const sink = createMemorySink();
  const core = await openCore(dataDir, service, server.url, sink);
  return {
    server,
    core,
    dataDir,
    service,
    logLines: sink.lines,
    async call(channel, request) {
      const reply = await core.invoke(channel, request);
      if (!reply.ok) throw new Error(`${channel} failed: ${reply.error.kind}: ${reply.error.message}`);
      return reply.value as never;
    },
    async dispose() {
      await secretStore.erase().catch(() => undefined);
      await core.close();
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
