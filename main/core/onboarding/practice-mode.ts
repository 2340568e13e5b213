/**
 * Practice mode (architecture.md): the Graph practice server runs inside this
 * process on 127.0.0.1 with a free port, the client points at it, and the
 * user picks a scenario token by label. The token values stay in core; the
 * renderer sees labels and notes only.
 */
import type { ModeInfo } from '../../../shared/ipc/contract';
import type { PracticeTokenLabel } from '../../../shared/ipc/schemas';
import { startPracticeServer, type RunningPracticeServer } from '../../practice/start-practice-server';

/** The contract's labels -> the default scenario's token labels. */
export const PRACTICE_TOKEN_LABELS: Readonly<Record<PracticeTokenLabel, string>> = {
  admin: 'admin-never',
  'sixty-day': 'admin-60-day',
  expired: 'admin-expired',
  'no-business-management': 'admin-no-business-management',
  employee: 'employee',
  user: 'user-24-hour',
  garbage: 'garbage',
};

export interface PracticeMode {
  readonly server: RunningPracticeServer | null;
  start(): Promise<RunningPracticeServer>;
  stop(): Promise<void>;
  tokens(): ModeInfo['practiceTokens'];
  /** The token value for a label, or null when the scenario has none. */
  tokenFor(label: PracticeTokenLabel): string | null;
}

export function createPracticeMode(scenario?: string | object): PracticeMode {
  let server: RunningPracticeServer | null = null;
  let starting: Promise<RunningPracticeServer> | null = null;

  const scenarioToken = (label: PracticeTokenLabel) => {
    const wanted = PRACTICE_TOKEN_LABELS[label];
    const s = server?.scenario;
    return s?.tokens.find((t) => t.label === wanted) ?? s?.garbageTokens.find((t) => t.label === wanted);
  };

  return {
    get server() {
      return server;
    },
    start() {
      starting ??= startPracticeServer({ port: 0, ...(scenario === undefined ? {} : { scenario }) }).then(
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
      return (Object.keys(PRACTICE_TOKEN_LABELS) as PracticeTokenLabel[]).flatMap((label) => {
        const token = scenarioToken(label);
        return token ? [{ label, note: token.note }] : [];
      });
    },
    tokenFor: (label) => scenarioToken(label)?.value ?? null,
  };
}
