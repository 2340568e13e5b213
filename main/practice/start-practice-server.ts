/**
 * Starts the Graph practice server on 127.0.0.1 (architecture.md, "The
 * practice server"): the embedding API of api.ts plus a few extras for tests
 * (the scenario, token values by label, server-only behaviour switches).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultRule, PracticeServer, PracticeServerOptions } from './api';
import { DEFAULT_BEHAVIOURS, mergeBehaviours, type ServerBehaviours } from './behaviours';
import type { ServerCore } from './core';
import { FaultBook } from './faults';
import { exchange } from './http-exchange';
import { loadScenario } from './load-scenario';
import { RawRequestLog } from './raw-requests';
import { RequestLog } from './request-log';
import type { Scenario } from './scenario';
import { World } from './world';

export interface PracticeServerStartOptions extends Omit<PracticeServerOptions, 'behaviours'> {
  readonly behaviours?: Partial<ServerBehaviours>;
}

export interface RunningPracticeServer extends PracticeServer {
  setBehaviours(change: Partial<ServerBehaviours>): void;
  readonly behaviours: ServerBehaviours;
  readonly scenario: Scenario;
  /** Version answered for unversioned paths. */
  readonly defaultVersion: string;
  /** Unix seconds; relative token times in the scenario count from here. */
  readonly startedAt: number;
  /** A scenario token's value by its label (practice tokens only; for tests and the runner). */
  token(label: string): string;
}

export const DEFAULT_VERSION = 'v26.0';

function checkOptions(options: PracticeServerStartOptions): { port: number; version: string } {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The practice server port must be a whole number from 0 to 65535 (got ${String(options.port)}).`);
  }
  const version = options.defaultVersion ?? DEFAULT_VERSION;
  if (!/^v\d+\.0$/.test(version)) {
    throw new Error(`The default API version must look like "v26.0" (got "${version}").`);
  }
  return { port, version };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      const text = error.code === 'EADDRINUSE'
        ? { key: 'coreError.practice.portInUse', params: { port } }
        : { key: 'coreError.practice.portUnusable', params: { port, code: error.code ?? 'error' } };
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error.message})`;
      // The English stays the developer's; `text` is what `waba-access practice` says in the user's language.
      reject(Object.assign(new Error(`The practice server could not listen: port ${port} on 127.0.0.1 ${why}.`), { text }));
    };
    server.once('error', onError);
    server.listen({ port, host: '127.0.0.1' }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startPracticeServer(options: PracticeServerStartOptions = {}): Promise<RunningPracticeServer> {
  const { port: wantedPort, version } = checkOptions(options);
  const scenario = loadScenario(options.scenario);
  let behaviours = mergeBehaviours(mergeBehaviours(DEFAULT_BEHAVIOURS, scenario.behaviours), options.behaviours);
  const world = new World(scenario);
  const faults = new FaultBook();
  const log = new RequestLog(() => world.tokens.keys());
  const raw = new RawRequestLog();
  const closing = new AbortController();
  let port = wantedPort;
  const core: ServerCore = {
    world,
    behaviours: () => behaviours,
    faults,
    log,
    raw,
    defaultVersion: version,
    origin: () => `http://127.0.0.1:${port}`,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        if (closing.signal.aborted) return resolve();
        const done = (): void => {
          clearTimeout(timer);
          closing.signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        closing.signal.addEventListener('abort', done, { once: true });
      }),
  };
  const server = createServer((req, res) => {
    // A client that vanishes mid-request must not take the server down with it.
    exchange(core, req, res).catch(() => res.destroy());
  });
  port = await listen(server, wantedPort);
  let closed: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    scenario,
    defaultVersion: version,
    startedAt: world.startedAt,
    get log() {
      return log.all;
    },
    get rawRequests() {
      return raw.all;
    },
    get rawDropped() {
      return raw.dropped;
    },
    get behaviours() {
      return behaviours;
    },
    get appliedPosts() {
      return world.appliedPosts;
    },
    get writeRequests() {
      return world.writeRequests;
    },
    clearLog: () => {
      log.clear();
      raw.clear();
    },
    addFault: (rule: FaultRule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    setBehaviours: (change) => {
      behaviours = mergeBehaviours(behaviours, change);
    },
    assignedTasks: (wabaId, userId) => world.tasksOf(wabaId, userId),
    token: (label) => {
      const found = scenario.tokens.find((t) => t.label === label) ?? scenario.garbageTokens.find((t) => t.label === label);
      if (!found) throw new Error(`The scenario has no token labelled "${label}".`);
      return found.value;
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        // Stalled and kept-alive sockets would hold close() open: end them now.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
