/**
 * Builds the core for the desktop app (the only file that knows how): the
 * data folder is Electron's userData (electron-store settings, journal,
 * receipts), the token goes to the OS keychain through keytar (the core's
 * defaults inside Electron), and logs go to Electron's log folder through the
 * core's redacting, size-capped file logger (security.md L2, L4). Practice
 * mode is the core's: `app.setMode` starts the practice server in-process.
 */
import { startPracticeServer } from '../practice/start-practice-server';
import path from 'node:path';
import type { AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { caFilesFromEnv, readCaFile, type CaFileRef } from '../core/graph/trust';
import { createFileSink } from '../core/log/file-sink';
import { createLogger, type Logger } from '../core/log/logger';
import { createSecretRegistry } from '../core/log/secrets';
import { createCore } from '../core/onboarding/session';
import type { RouterLike } from './ipc';

export interface WiredCore {
  readonly router: RouterLike;
  readonly log: Logger;
  close(): Promise<void>;
}

export interface WireOptions {
  /** app.getPath('userData'). */
  readonly userDataDir: string;
  /** app.getPath('logs'). */
  readonly logsDir: string;
  /** Where receipts are saved: a folder under app.getPath('documents'), where people look for files. */
  readonly receiptsDir: string;
  readonly appName: string;
  readonly appVersion: string;
  /** app.getLocale(): the language spoken until the user picks one. */
  readonly systemLocale: string;
  /** session.defaultSession.resolveProxy: the system proxy (OS settings and PAC) for a URL. */
  readonly resolveProxy: (url: string) => Promise<string>;
}

/** The app log and its one rotation together stay under this size. */
const LOG_CAP_BYTES = 4 * 1024 * 1024;

/**
 * The file NODE_EXTRA_CA_CERTS names, read explicitly: the release fuses stop Node from reading it
 * in the app, and an explicit CA list would replace it anyway (issue 10.1). A file that is not PEM
 * certificates is left out with a log line rather than stopping the app; Settings has its own CA file.
 */
function extraCaFiles(log: Logger): CaFileRef[] {
  return caFilesFromEnv({ NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] }).filter((ref) => {
    const read = readCaFile(ref);
    if (!read.ok) log.warn('app', 'NODE_EXTRA_CA_CERTS names a file that is not PEM certificates; it is not trusted', { message: read.error.message });
    return read.ok;
  });
}

export async function wireCore(options: WireOptions): Promise<Result<WiredCore, AppError>> {
  // One registry feeds both the logger and the core, so every loaded token is scrubbed from log lines.
  const secrets = createSecretRegistry();
  const log = createLogger({
    sink: createFileSink({ path: path.join(options.logsDir, 'main.log'), maxBytes: LOG_CAP_BYTES }),
    secrets,
  });
  const created = await createCore({
    dataDir: options.userDataDir,
    log,
    caFiles: extraCaFiles(log),
    secrets,
    app: { name: options.appName, version: options.appVersion },
    receiptsDir: options.receiptsDir,
    startPracticeServer,
    systemLocale: options.systemLocale,
    resolveProxy: options.resolveProxy,
  });
  if (!created.ok) return err(created.error);
  const core = created.value;
  // Changes left in flight by a crash are settled by a read (security.md P3); never blocks the window.
  void core.reconcile().then(
    (summary) => log.info('app', 'journal reconciled at start', { summary }),
    (error: unknown) => log.warn('app', 'journal reconcile at start failed', { error: error instanceof Error ? error.name : 'error' }),
  );
  return ok({ router: core.router, log, close: () => core.close() });
}
