/**
 * Opening what the data folder holds (the folder itself, the log, the
 * settings, the change journal) for createCore: a folder that is a file, a settings file or
 * journal that is a folder or cannot be read, is said in the user's language
 * with the path and the system's code, instead of a crash with a stack trace.
 * Nothing has been sent when this fails.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import { err, ok, type Result } from '../../../shared/result';
import { errorCode } from '../journal/atomic-file';
import { openJournal, type Journal, type JournalOptions } from '../journal/journal';
import { saidError } from '../said-error';
import { openSettings, type SettingsNotice, type SettingsStore } from '../settings/settings';

export interface OpenedDataDir {
  readonly settings: SettingsStore;
  readonly notice?: SettingsNotice;
  readonly journal: Journal;
}

const unusable = (key: MessageKey, path: string, error: unknown): AppError =>
  saidError('bad-input', key, { path, code: errorCode(error) }, { fields: ['data-dir'] });

/** Opens a journal of the data folder, or says why it cannot be read. */
export async function openDataJournal(path: string, options: JournalOptions): Promise<Result<Journal, AppError>> {
  try {
    return ok(await openJournal(path, options));
  } catch (error) {
    return err(unusable('coreError.journalUnreadable', path, error));
  }
}

/** Creates the data folder (owner-only) when it is missing. */
export function makeDataDir(dataDir: string): Result<void, AppError> {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return ok(undefined);
  } catch (error) {
    return err(unusable('coreError.dataDirUnusable', dataDir, error));
  }
}

/** Runs `open` (the log's file sink), or says that the log folder cannot be used. */
export function openLogFolder<T>(path: string, open: () => T): Result<T, AppError> {
  try {
    return ok(open());
  } catch (error) {
    return err(unusable('coreError.logUnusable', path, error));
  }
}

/** Opens the settings and the change journal of a data folder that exists. */
export async function openDataDir(dataDir: string, options: Required<Pick<JournalOptions, 'log' | 'now'>>): Promise<Result<OpenedDataDir, AppError>> {
  let opened: Awaited<ReturnType<typeof openSettings>>;
  try {
    opened = await openSettings({ cwd: dataDir, log: options.log, now: options.now });
  } catch (error) {
    return err(unusable('coreError.settingsUnreadable', join(dataDir, 'settings.json'), error));
  }
  const journal = await openDataJournal(join(dataDir, 'journal.jsonl'), options);
  if (!journal.ok) return journal;
  return ok({ settings: opened.settings, ...(opened.notice ? { notice: opened.notice } : {}), journal: journal.value });
}
