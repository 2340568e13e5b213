/**
 * What every command gets: the parsed command line, the streams, the output,
 * and the core, opened on first use with the global options (data dir,
 * Graph URL, API version) and, with --token-stdin, a token for this run only.
 */
import { readFileSync } from 'node:fs';
import { fileError } from '../../shared/file-error';
import { checkDataDir, checkReceiptOut } from './path-checks';
import { startPracticeServer } from '../practice/start-practice-server';
import { appError, inputWithFix, type AppError } from '../../shared/errors';
import { isGraphId } from '../../shared/ids';
import { WABA_TASKS } from '../../shared/tasks';
import type { Channel, Reply, Request, Response } from '../../shared/ipc/contract';
import { err, type Result } from '../../shared/result';
import { createCore, type Core } from '../core/onboarding/session';
import type { SettingsNotice } from '../core/settings/settings';
import { translate, type Language } from '../../shared/i18n';
import type { Globals, Parsed } from './args';
import { isInteractive, readAll, readLine, type CliIo } from './io';
import { TEXT } from './messages';
import { messageOf, type Output } from './output';
import { cliLanguageInUse } from './texts';

export interface Ctx {
  readonly parsed: Parsed;
  readonly globals: Globals;
  readonly io: CliIo;
  readonly out: Output;
  /** The core, opened once. */
  core(): Promise<Result<Core, AppError>>;
  /** Calls a channel; prints a failure and returns its exit code instead of a value. */
  call<C extends Channel>(channel: C, request: Request<C>): Promise<{ ok: true; value: Response<C> } | { ok: false; code: number }>;
  /** A required option, checked as an id when `id` is set; prints the problem and returns an exit code otherwise. */
  option(name: string, id?: boolean): string | number;
  close(): Promise<void>;
}

/** package.json's version, written in by the bundler (build/bundle.mjs); absent only when the sources run unbundled. */
declare const WABA_BUILD_VERSION: string | undefined;

/** The app version receipts name: the one bundled at build time, else package.json beside the sources. */
export function appVersion(): string {
  if (typeof WABA_BUILD_VERSION === 'string') return WABA_BUILD_VERSION;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** --app-secret-file: read once, used for every call of this run; the path is named when it cannot be used. */
function useAppSecretFile(core: Core, path: string): Result<void, AppError> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return err(fileError('--app-secret-file', path, error));
  }
  const used = core.services.appSecrets.useForRun(text);
  return used.ok ? used : err(appError('bad-input', `${TEXT.appSecretFileBad(path)} ${messageOf(used.error, cliLanguageInUse())}`, { fields: ['app-secret-file'] }));
}

/** The settings file's notice in the run's language (shared/i18n coreError.settingsReset / settingsNewer). */
function settingsNoticeText(notice: SettingsNotice, language: Language): string {
  return notice.kind === 'settings-newer'
    ? translate(language, 'coreError.settingsNewer', { version: notice.version, path: notice.backupPath })
    : translate(language, 'coreError.settingsReset', { path: notice.backupPath });
}

export function createContext(parsed: Parsed, globals: Globals, io: CliIo, out: Output): Ctx {
  let opened: Promise<Result<Core, AppError>> | undefined;

  const open = async (): Promise<Result<Core, AppError>> => {
    const dataDirOption = parsed.options['data-dir'] === undefined && io.env.WABA_DATA_DIR ? 'WABA_DATA_DIR' : '--data-dir';
    const receiptOut = parsed.options['receipt-out'];
    // `--receipt-out ""` would silently leave the receipt in the receipts folder: refused like any empty option.
    if (typeof receiptOut === 'string' && receiptOut.trim() === '') return err(inputWithFix(TEXT.emptyOption('receipt-out', 'path'), ['receipt-out']));
    const pathProblem = checkDataDir(globals.dataDir, dataDirOption) ?? (typeof receiptOut === 'string' && receiptOut.trim() !== '' ? checkReceiptOut(receiptOut.trim()) : null);
    if (pathProblem !== null) return err(pathProblem);
    const created = await createCore({
      dataDir: globals.dataDir,
      keychainAccount: globals.keychainAccount,
      caFiles: globals.caFiles,
      env: io.env,
      graph: { ...(globals.graphUrl ? { baseUrl: globals.graphUrl } : {}), ...(globals.apiVersion ? { apiVersion: globals.apiVersion } : {}) },
      app: { name: 'waba-access', version: appVersion() },
      startPracticeServer,
      language: globals.language,
    });
    if (!created.ok) return created;
    // A damaged or newer settings file was set aside: said once on stderr, the command goes on with the defaults.
    const notice = created.value.services.settingsNotice;
    if (notice) io.stderr.write(`${settingsNoticeText(notice, cliLanguageInUse())}\n`);
    if (globals.appSecretFile !== undefined) {
      const used = useAppSecretFile(created.value, globals.appSecretFile);
      if (!used.ok) return used;
    }
    // handoff reads the PROVIDER's token itself (commands/handoff.ts); it never becomes the session's token.
    if (!globals.tokenStdin || parsed.command === 'handoff') return created;
    const pasted = isInteractive(io) ? await readLine(io, TEXT.tokenPrompt, true) : await readAll(io);
    if (pasted.trim() === '') return err(inputWithFix(TEXT.emptyStdin, ['token']));
    const used = created.value.useTransientToken(pasted);
    return used.ok ? created : used;
  };

  const ctx: Ctx = {
    parsed,
    globals,
    io,
    out,
    core: () => (opened ??= open()),
    async call(channel, request) {
      const core = await ctx.core();
      if (!core.ok) return { ok: false, code: out.fail(core.error) };
      const reply = (await core.value.invoke(channel, request)) as Reply<typeof channel>;
      return reply.ok ? { ok: true, value: reply.value as Response<typeof channel> } : { ok: false, code: out.fail(reply.error) };
    },
    option(name, id = false) {
      const value = parsed.options[name as keyof Parsed['options']];
      if (typeof value === 'string' && value.trim() === '') return out.fail(inputWithFix(TEXT.emptyOption(name, id ? 'id' : name === 'tasks' ? 'tasks' : 'path', WABA_TASKS.join(', ')), [name]));
      if (typeof value !== 'string') return out.fail(appError('bad-input', TEXT.missingOption(name), { fields: [name] }));
      const text = value.trim();
      if (id && !isGraphId(text)) return out.fail(inputWithFix(TEXT.notAnId(name), [name]));
      return text;
    },
    async close() {
      const core = await opened;
      if (core?.ok) await core.value.close();
    },
  };
  return ctx;
}

