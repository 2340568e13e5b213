import { chmod, copyFile, mkdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { errorCode, removeStaleTemps, writeFileAtomic, writeJsonAtomic } from '../journal/atomic-file';
import { migrate } from './migrate';
import {
  DEFAULT_SETTINGS,
  looksLikeToken,
  redactTokenLike,
  settingsPatchSchema,
  settingsSchema,
  tokenLikePaths,
  type Settings,
} from './schema';
import { openStoreBackend, SETTINGS_FILE_NAME, type StoreBackend } from './store-backend';

/** What the user should be told about the settings file at start. */
export type SettingsNotice =
  /** The file was unreadable or invalid: it was moved aside and defaults are in use. */
  | { readonly kind: 'settings-reset'; readonly backupPath: string }
  /** A newer release wrote the file: it is left untouched (a copy is kept) and changes last this session only. */
  | { readonly kind: 'settings-newer'; readonly backupPath: string; readonly version: number };

export interface SettingsStore {
  readonly path: string;
  /** False when changes cannot be saved this session (file from a newer release). */
  readonly persistent: boolean;
  get(): Settings;
  /** Validates and saves a subset of the settings; rejects unknown keys, bad values and anything token-like. */
  update(patch: unknown): Result<Settings, AppError>;
}

export interface OpenSettingsOptions {
  /** Absolute directory (userData in the app, a temp dir in tests). */
  readonly cwd: string;
  /** Defaults to "running inside Electron". */
  readonly electron?: boolean;
  readonly log?: (module: string, message: string) => void;
  readonly now?: () => Date;
}

type Checked =
  | { readonly ok: true; readonly settings: Settings; readonly rewrite: boolean }
  | { readonly ok: false; readonly newer?: number };

const stamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Parses, migrates and validates the file's text. */
function check(text: string): Checked {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, newer: migrated.error.kind === 'future-version' ? migrated.error.version : undefined };
  const parsed = settingsSchema.safeParse(migrated.value.data);
  if (!parsed.success) return { ok: false };
  // Rewrite after a migration, or when defaults filled in missing fields, so the file shows what is in use.
  const rewrite = migrated.value.changed || !isDeepStrictEqual(parsed.data, migrated.value.data);
  return { ok: true, settings: parsed.data, rewrite };
}

async function freePath(base: string): Promise<string> {
  for (let n = 0; ; n += 1) {
    const candidate = n === 0 ? base : `${base}-${n}`;
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Moves a bad file aside; token-looking runs are redacted so a backup never holds a secret. */
async function quarantine(file: string, text: string, now: Date): Promise<string> {
  const backupPath = await freePath(`${file}.corrupt-${stamp(now)}`);
  const redacted = redactTokenLike(text);
  if (redacted === text) {
    await rename(file, backupPath);
  } else {
    await writeFileAtomic(backupPath, redacted);
    await unlink(file);
  }
  return backupPath;
}

const safeKey = (key: PropertyKey): string => {
  const text = String(key);
  return looksLikeToken(text) ? '[redacted key]' : text.slice(0, 64);
};

/** A bad-input AppError listing field paths (never values). */
function badInput(error: z.ZodError): AppError {
  const parts: { path: string; message: string }[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) parts.push({ path: [...issue.path, key].map(safeKey).join('.'), message: 'is not a setting' });
    } else {
      parts.push({ path: issue.path.map(safeKey).join('.') || '(settings)', message: issue.message });
    }
  }
  return saidError('bad-input', 'coreError.settingsInvalid', { details: parts.map((p) => `${p.path} ${p.message}`).join('; ') }, {
    fields: [...new Set(parts.map((p) => p.path))],
  });
}

/**
 * Opens the settings with a guarded load (security.md P1, P2).
 *
 * The file is read and checked here before conf sees it, because conf with
 * `clearInvalidConfig: false` would only throw: a file that is not JSON,
 * fails the schema or has an invalid version is renamed to
 * `settings.json.corrupt-<timestamp>` and defaults are used; a file from a
 * newer release is copied aside and never overwritten.
 */
export async function openSettings(options: OpenSettingsOptions): Promise<{ settings: SettingsStore; notice?: SettingsNotice }> {
  if (!isAbsolute(options.cwd)) throw new Error('The settings directory must be an absolute path.');
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const electron = options.electron ?? process.versions.electron !== undefined;
  const file = join(options.cwd, `${SETTINGS_FILE_NAME}.json`);
  await mkdir(options.cwd, { recursive: true, mode: 0o700 });
  await removeStaleTemps(file);

  let notice: SettingsNotice | undefined;
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }

  if (text !== undefined) {
    const checked = check(text);
    if (checked.ok && checked.rewrite) {
      await writeJsonAtomic(file, checked.settings);
      log('settings', 'settings file brought up to the current version');
    } else if (!checked.ok && checked.newer !== undefined) {
      const backupPath = await freePath(`${file}.newer-v${checked.newer}-${stamp(now())}`);
      await copyFile(file, backupPath);
      await chmod(backupPath, 0o600);
      log('settings', `settings file is from a newer version (${checked.newer}); left untouched, using defaults this session`);
      return { settings: createStore(file, undefined, DEFAULT_SETTINGS, log), notice: { kind: 'settings-newer', backupPath, version: checked.newer } };
    } else if (!checked.ok) {
      const backupPath = await quarantine(file, text, now());
      notice = { kind: 'settings-reset', backupPath };
      log('settings', 'settings file was invalid; backed up and reset to defaults');
    }
  }

  let backend: StoreBackend;
  try {
    backend = await openStoreBackend({ cwd: options.cwd, electron });
  } catch (error) {
    // conf's JSON Schema is derived from ours, so this means the two disagree; recover the same way.
    const again = await readFile(file, 'utf8').catch(() => undefined);
    if (again === undefined) throw error;
    notice = { kind: 'settings-reset', backupPath: await quarantine(file, again, now()) };
    log('settings', `settings store refused the file (${errorCode(error)}); backed up and reset`);
    backend = await openStoreBackend({ cwd: options.cwd, electron });
  }
  // conf sets the mode only when it writes; a file copied in or made by an older build may be wider.
  if (process.platform !== 'win32') {
    await chmod(backend.path, 0o600).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }
  const parsed = settingsSchema.safeParse(backend.read());
  const initial: Settings = parsed.success ? parsed.data : DEFAULT_SETTINGS;
  return { settings: createStore(backend.path, backend, initial, log), notice };
}

/** The in-process view; the app is single-instance (E14), so this process is the only writer. */
function createStore(
  path: string,
  backend: StoreBackend | undefined,
  initial: Settings,
  log: (module: string, message: string) => void,
): SettingsStore {
  let current = deepFreeze(structuredClone(initial));
  return {
    path,
    persistent: backend !== undefined,
    get: () => current,
    update(patch) {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return err(saidError('bad-input', 'coreError.settingsNotObject', undefined, { fields: ['(settings)'] }));
      }
      const secrets = tokenLikePaths(patch);
      if (secrets.length > 0) {
        return err(
          saidError('bad-input', 'coreError.settingsTokenLike', { fields: secrets.join(', ') }, { fields: secrets }),
        );
      }
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const parsedPatch = settingsPatchSchema.safeParse(given);
      if (!parsedPatch.success) return err(badInput(parsedPatch.error));
      const next = settingsSchema.safeParse({ ...current, ...parsedPatch.data });
      if (!next.success) return err(badInput(next.error));
      try {
        backend?.write(next.data);
      } catch (error) {
        log('settings', `settings could not be saved (${errorCode(error)})`);
        return err(saidError('unexpected', 'coreError.settingsNotSaved', { code: errorCode(error) }));
      }
      current = deepFreeze(structuredClone(next.data));
      log('settings', `settings updated: ${Object.keys(given).join(', ')}`);
      return ok(current);
    },
  };
}
