/**
 * Practice mode (architecture.md): the Graph practice server runs inside this
 * process on 127.0.0.1 with a free port, the client points at it, and the
 * user picks a scenario token by label. The token values stay in core; the
 * renderer sees labels and notes only.
 */
import type { ModeInfo } from '../../../shared/ipc/contract';
import type { PracticeTokenLabel } from '../../../shared/ipc/schemas';

/**
 * What the core needs of a running practice server. main/core never imports main/practice
 * (architecture.md, issue 8.13): the edges (main/app, main/cli, tests) inject the starter.
 */
export interface PracticeServerHandle {
  readonly url: string;
  readonly scenario: {
    readonly tokens: readonly { readonly label: string; readonly note: string; readonly value: string }[];
    readonly garbageTokens: readonly { readonly label: string; readonly note: string; readonly value: string }[];
  };
  close(): Promise<void>;
}

export type StartPracticeServer = (options: { readonly port: number; readonly scenario?: string | object }) => Promise<PracticeServerHandle>;

export interface PracticeMode {
  readonly server: PracticeServerHandle | null;
  start(): Promise<PracticeServerHandle>;
  stop(): Promise<void>;
  tokens(): ModeInfo['practiceTokens'];
  /** The token value for a label, or null when the scenario has none. */
  tokenFor(label: PracticeTokenLabel): string | null;
}

export function createPracticeMode(startServer: StartPracticeServer | undefined, scenario?: string | object): PracticeMode {
  let server: PracticeServerHandle | null = null;
  let starting: Promise<PracticeServerHandle> | null = null;

  /** Every token of the running scenario, good ones first, by the scenario's own labels. */
  const scenarioTokens = () => (server ? [...server.scenario.tokens, ...server.scenario.garbageTokens] : []);
  const scenarioToken = (label: PracticeTokenLabel) => scenarioTokens().find((t) => t.label === label);

  return {
    get server() {
      return server;
    },
    start() {
      if (startServer === undefined) return Promise.reject(new Error('No practice server starter was given to this core.'));
      starting ??= startServer({ port: 0, ...(scenario === undefined ? {} : { scenario }) }).then(
        (started) => (server = started),
        (error: unknown) => {
          starting = null;
          throw error;
        },
      );
      return starting;
    },
    async stop() {
      const running = server;
      server = null;
      starting = null;
      await running?.close();
    },
    tokens() {
      return scenarioTokens().map((token) => ({ label: token.label, note: token.note }));
    },
    tokenFor: (label) => scenarioToken(label)?.value ?? null,
  };
}
