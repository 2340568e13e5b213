/**
 * createCore: one onboarding session wired from its parts (architecture.md):
 * vault (keychain) + settings + journal + redacting logger + Graph client,
 * and practice mode, which runs the practice server in this process and
 * points the client at it. The Electron shell, the browser test harness and
 * the CLI all drive the same core through its router.
 */
import { isAbsolute, join } from 'node:path';
import type { Channel, Reply, Request } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import type { GraphClientConfigInput } from '../graph/config';
import { resolveGraphConfig } from '../graph/config';
import { readCaFile, readCaFiles, TLS_ENV_NOTICE, tlsEnvNotice, type CaFileRef } from '../graph/trust';
import { createGraphClient, type ClosableGraphClient } from '../graph/client';
import { createHandlers } from '../ipc/handlers';
import { createRouter, type Router } from '../ipc/router';
import type { Journal } from '../journal/journal';
import { createFileSink } from '../log/file-sink';
import { createLogger, type Logger } from '../log/logger';
import { createSecretRegistry, type SecretRegistry } from '../log/secrets';
import { openProgressStore, type ProgressStore } from '../settings/progress-store';
import type { SettingsNotice, SettingsStore } from '../settings/settings';
import type { SecretStore } from '../vault/secret-store';
import { createVault } from '../vault/vault';
import { createAppSecretVault } from '../vault/app-secret-vault';
import { DEFAULT_ACCOUNT } from '../vault/keytar-store';
import { createAppSecretService, type AppSecretService } from './app-secrets';
import type { JournaledDeps } from './apply';
import { createFactCache } from './facts';
import { inspectToken } from './inspect-token';
import { makeDataDir, openDataDir, openDataJournal, openLogFolder } from './open-data-dir';
import { createPracticeMode, type PracticeMode, type StartPracticeServer } from './practice-mode';
import { createResultLog, type ResultLog } from './receipt';
import { reconcilePending, type ReconcileSummary } from './reconcile';
import { createTokenService, type TokenService } from './token-service';
import { isLoopbackHostname } from '../../../shared/loopback';
import { chooseLanguage } from '../../../shared/i18n/choose-language';
import { graphLocaleOf, type Language } from '../../../shared/languages';
import type { HandoffReport } from '../../../shared/handoff';
import type { ManyProgress } from '../../../shared/multi-account';
import type { LoadedProfile } from '../../../shared/provider-profile';
import type { UseCaseDeps } from './deps';
import { normalizeToken, tokenLast4 } from './normalize-token';

export interface CoreOptions {
  /** Absolute directory for settings, journal, logs and receipts (userData in the app). */
  readonly dataDir: string;
  /** Overrides of the stored settings for this run (CLI --graph-url/--api-version, tests). */
  readonly graph?: { readonly baseUrl?: string; readonly apiVersion?: string } & Omit<GraphClientConfigInput, 'baseUrl' | 'apiVersion'>;
  /**
   * Corporate CA files trusted besides the bundled roots and the OS store (CLI --ca-file, WABA_CA_FILE,
   * NODE_EXTRA_CA_CERTS read explicitly). A file that is not PEM certificates fails the core (bad-input);
   * the CA file chosen in Settings is added on top.
   */
  readonly caFiles?: readonly CaFileRef[];
  /** The environment, for the NODE_TLS_REJECT_UNAUTHORIZED notice; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where the token is kept; default the OS keychain through keytar. */
  readonly secretStore?: SecretStore;
  /** Keychain account name (one per data dir keeps profiles apart); default "system-user-token". */
  readonly keychainAccount?: string;
  /** The app's system proxy (Electron's session.resolveProxy); without it "system" means the environment. */
  readonly resolveProxy?: (url: string) => Promise<string>;
  /** Where app secrets are kept, by keychain account name; default the OS keychain through keytar. */
  readonly appSecretStore?: (account: string) => SecretStore;
  /** Logger; default a redacting JSON log under dataDir/logs. Give `secrets` with it so it can scrub the token. */
  readonly log?: Logger;
  readonly secrets?: SecretRegistry;
  /** Scenario for practice mode (file path or object); default the shipped one. */
  readonly practiceScenario?: string | object;
  /** Starts the practice server for practice mode; injected by the edge (main/core never imports main/practice). */
  readonly startPracticeServer?: StartPracticeServer;
  readonly app?: { readonly name: string; readonly version: string };
  /** Where saved receipts go; default dataDir/receipts (the app uses a folder under Documents, where people look). */
  readonly receiptsDir?: string;
  readonly now?: () => Date;
  /** A fixed language for this run (the CLI's --lang); otherwise saved choice, profile, then `systemLocale`. */
  readonly language?: Language;
  /** The system's language tag (the app passes app.getLocale()); default the process's Intl locale. */
  readonly systemLocale?: string;
}

/** What this session knows for the hand-off: the provider profile loaded, and the last hand-off check. */
export interface HandoffState {
  profile: LoadedProfile | null;
  last: HandoffReport | null;
  /** The multi-account run in progress, or the last one (access.manyProgress). */
  many: ManyProgress | null;
}

/** What the IPC handlers and the CLI drive; built once per core. */
export interface CoreServices {
  readonly dataDir: string;
  readonly receiptsDir: string;
  readonly settings: SettingsStore;
  readonly settingsNotice?: SettingsNotice;
  /** Where the wizard was when the app closed (never the token). */
  readonly progress: ProgressStore;
  readonly tokens: TokenService;
  /** App secrets for appsecret_proof (keychain, --app-secret-file, the wizard's candidate). */
  readonly appSecrets: AppSecretService;
  readonly practice: PracticeMode;
  readonly results: ResultLog;
  readonly app: { readonly name: string; readonly version: string };
  readonly log: Logger;
  /** Deps for a use case, bound to the current mode's client and journal. */
  deps(): JournaledDeps;
  mode(): 'live' | 'practice';
  /** What a receipt says: practice in practice mode, and whenever the answers came from the practice server. */
  receiptMode(): 'live' | 'practice';
  setMode(mode: 'live' | 'practice'): Promise<Result<void, AppError>>;
  apiVersion(): string;
  /** The language the user reads (receipts, Meta's own messages): the saved choice, else the loaded profile's default, else the system's. */
  language(): Language;
  /** Rebuilds the Graph client after a settings change (version, proxy). */
  refreshClient(): Result<void, AppError>;
  /** The redactor's registry: every secret held in memory is registered while held. */
  readonly secrets: SecretRegistry;
  /** True when calls go to a real Graph host (not the practice server or another loopback stand-in). */
  liveGraph(): boolean;
  readonly handoff: HandoffState;
  /**
   * Runs `body` with a Graph client that holds `pasted` (normalised) and only it,
   * with a fresh fact cache: the hand-off's provider token. The token is
   * registered with the redactor for the call, and the client is closed and the
   * token dropped when `body` ends. The session's own token is not read.
   */
  withToken<T>(pasted: string, body: (deps: UseCaseDeps, last4: string) => Promise<Result<T, AppError>>): Promise<Result<T, AppError>>;
}

export interface Core {
  readonly services: CoreServices;
  readonly router: Router;
  /** Validates and dispatches like IPC; never throws. */
  route(channel: unknown, payload: unknown): Promise<Reply<Channel>>;
  /** Typed shortcut over route() (the CLI's way in). */
  invoke<C extends Channel>(channel: C, request: Request<C>): Promise<Reply<C>>;
  /** Uses a token for this run only, without storing it (CLI --token-stdin). */
  useTransientToken(pasted: string): Result<void, AppError>;
  /** Settles interrupted changes by a read; nothing is re-sent. */
  reconcile(): Promise<ReconcileSummary>;
  readonly journalPath: string;
  readonly logPath: string | null;
  close(): Promise<void>;
}

const isLoopback = (url: string): boolean => {
  try {
    return isLoopbackHostname(new URL(url).hostname);
  } catch {
    return false;
  }
};

function defaultLogger(dataDir: string, secrets: SecretRegistry): Result<{ log: Logger; path: string }, AppError> {
  const path = join(dataDir, 'logs', 'waba-access.log');
  const sink = openLogFolder(join(dataDir, 'logs'), () => createFileSink({ path }));
  return sink.ok ? ok({ log: createLogger({ sink: sink.value, secrets }), path }) : sink;
}

export async function createCore(options: CoreOptions): Promise<Result<Core, AppError>> {
  if (!isAbsolute(options.dataDir)) return err(saidError('bad-input', 'coreError.dataDirRelative', undefined, { fields: ['dataDir'] }));
  const made = makeDataDir(options.dataDir);
  if (!made.ok) return made;
  const secrets = options.secrets ?? createSecretRegistry();
  const logger = options.log ? ok({ log: options.log, path: null }) : defaultLogger(options.dataDir, secrets);
  if (!logger.ok) return logger;
  const logging = logger.value;
  const log = logging.log;
  const now = options.now ?? (() => new Date());
  const note = (module: string, message: string): void => log.info(module, message);

  // Certificate checks cannot be turned off for Graph (security.md X1): say once that the variable is ignored.
  if (tlsEnvNotice(options.env ?? process.env) !== null) log.warn('graph', TLS_ENV_NOTICE);

  const opened = await openDataDir(options.dataDir, { log: note, now });
  if (!opened.ok) return opened;
  const settings = opened.value.settings;
  const liveJournal = opened.value.journal;
  let practiceJournal: Journal | null = null;
  const vault = createVault({
    ...(options.secretStore ? { store: options.secretStore } : {}),
    ...(options.keychainAccount ? { account: options.keychainAccount } : {}),
    log: note,
  });
  const appSecrets = createAppSecretService({
    vault: createAppSecretVault({
      tokenAccount: options.keychainAccount ?? DEFAULT_ACCOUNT,
      ...(options.appSecretStore ? { storeFor: options.appSecretStore } : {}),
    }),
    secrets,
    log,
  });
  const practice = createPracticeMode(options.startPracticeServer, options.practiceScenario);
  const facts = createFactCache();
  const results = createResultLog();
  let mode: 'live' | 'practice' = 'live';
  let client: ClosableGraphClient | null = null;
  /** The current client has had an answer from the practice server (CLI --graph-url at `waba-access practice`). */
  let servedByPractice = false;

  const tokens = createTokenService({
    vault,
    secrets,
    practice: () => mode === 'practice',
    inspect: (last4) => inspectToken(deps(), last4),
    onChange: () => facts.clear(),
  });

  const apiVersion = (): string => options.graph?.apiVersion ?? settings.get().apiVersion;
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const language = (): Language =>
    options.language ?? chooseLanguage({
      saved: settings.get().language,
      profile: services.handoff.profile?.profile.defaultLanguage ?? null,
      system: systemLocale,
    });

  /** Where Graph calls go now: the practice server in practice mode, else the configured base URL. */
  const graphBaseUrl = (): string => {
    const server = practice.server;
    return mode === 'practice' && server ? server.url : (options.graph?.baseUrl ?? settings.get().graphBaseUrl);
  };

  /**
   * The Settings CA file's certificates. settings.update checks the file before saving it; if it broke
   * since (moved, replaced), calls go on without it (still verified) and the log says why.
   */
  function settingsCas(caFile: string | null): string[] {
    if (caFile === null) return [];
    const read = readCaFile({ path: caFile, source: 'caFile' });
    if (read.ok) return read.value;
    log.warn('graph', 'the CA file chosen in Settings cannot be used; calls go on without it', { message: read.error.message });
    return [];
  }

  function buildClient(getToken: () => Promise<string | null> = () => tokens.current()): Result<ClosableGraphClient, AppError> {
    const stored = settings.get();
    const baseUrl = graphBaseUrl();
    const proxy =
      isLoopback(baseUrl) || stored.proxy.mode === 'none' ? ({ mode: 'none' } as const)
      : stored.proxy.mode === 'url' && stored.proxy.url ? ({ mode: 'url', url: stored.proxy.url } as const)
      : ({ mode: 'env' } as const);
    const given = readCaFiles(options.caFiles ?? []);
    if (!given.ok) return given;
    const extraCaPem = [...(options.graph?.extraCaPem ?? []), ...given.value, ...settingsCas(stored.caFile)];
    const proxyResolver = proxy.mode === 'env' && options.resolveProxy ? { proxyResolver: options.resolveProxy } : {};
    const config = resolveGraphConfig({ proxy, ...proxyResolver, ...options.graph, extraCaPem, baseUrl, apiVersion: apiVersion() });
    if (!config.ok) return config;
    return ok(
      createGraphClient(config.value, { getToken, log, secrets, proofs: appSecrets, onPracticeServer: () => (servedByPractice = true), locale: () => graphLocaleOf(language()) }),
    );
  }

  async function withToken<T>(pasted: string, body: (deps: UseCaseDeps, last4: string) => Promise<Result<T, AppError>>): Promise<Result<T, AppError>> {
    const token = normalizeToken(pasted);
    if (!token.ok) return token;
    let held: string | null = token.value;
    const release = secrets.register(token.value);
    const built = buildClient(async () => held);
    if (!built.ok) {
      release();
      return built;
    }
    try {
      return await body({ graph: () => built.value, log, now, facts: createFactCache() }, tokenLast4(token.value));
    } finally {
      held = null;
      await built.value.close();
      release();
    }
  }

  function refreshClient(): Result<void, AppError> {
    servedByPractice = false;
    const next = buildClient();
    if (!next.ok) return next;
    const old = client;
    client = next.value;
    void old?.close();
    return ok(undefined);
  }

  const initial = refreshClient();
  if (!initial.ok) return initial;

  function deps(): JournaledDeps {
    const graph = client;
    if (!graph) throw new Error('The Graph client is closed.');
    return { graph: () => graph, log, now, facts, journal: mode === 'practice' && practiceJournal ? practiceJournal : liveJournal };
  }

  async function setMode(next: 'live' | 'practice'): Promise<Result<void, AppError>> {
    if (next === mode) return ok(undefined);
    if (next === 'practice') {
      try {
        await practice.start();
      } catch (error) {
        log.error('session', 'practice server did not start', { error: error instanceof Error ? error : String(error) });
        return err(saidError('unexpected', 'coreError.practiceNoStart'));
      }
      if (!practiceJournal) {
        const journal = await openDataJournal(join(options.dataDir, 'practice-journal.jsonl'), { log: note, now });
        if (!journal.ok) return journal;
        practiceJournal = journal.value;
      }
      // A practice server starts fresh: whatever an earlier practice run left in flight is moot.
      for (const record of practiceJournal.pending()) {
        await practiceJournal.finish(record.id, 'failed', { error: saidError('cancelled', 'coreError.practiceEnded') });
      }
    } else {
      await practice.stop();
    }
    mode = next;
    tokens.resetPractice();
    facts.clear();
    settings.update({ practiceMode: next === 'practice' });
    const rebuilt = refreshClient();
    log.info('session', `mode is now ${next}`);
    return rebuilt;
  }

  const services: CoreServices = {
    dataDir: options.dataDir,
    receiptsDir: options.receiptsDir ?? join(options.dataDir, 'receipts'),
    settings,
    progress: openProgressStore(options.dataDir, note),
    ...(opened.value.notice ? { settingsNotice: opened.value.notice } : {}),
    tokens,
    appSecrets,
    practice,
    results,
    app: options.app ?? { name: 'WABA Access Wizard', version: '0.0.0-dev' },
    log,
    deps,
    mode: () => mode,
    receiptMode: () => (mode === 'practice' || servedByPractice ? 'practice' : 'live'),
    setMode,
    apiVersion,
    language,
    refreshClient,
    secrets,
    liveGraph: () => !isLoopback(graphBaseUrl()),
    handoff: { profile: null, last: null, many: null },
    withToken,
  };
  const router = createRouter(createHandlers(services), { log, secrets });

  return ok({
    services,
    router,
    route: (channel, payload) => router.route(channel, payload),
    invoke: <C extends Channel>(channel: C, request: Request<C>) => router.route(channel, request) as Promise<Reply<C>>,
    useTransientToken: (pasted) => tokens.useTransient(pasted),
    reconcile: () => reconcilePending(deps()),
    journalPath: liveJournal.path,
    logPath: logging.path,
    async close() {
      await practice.stop();
      await client?.close();
      client = null;
    },
  });
}
