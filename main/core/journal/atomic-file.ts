import { randomBytes } from 'node:crypto';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe whole-file writes: temp file in the same directory, fsync,
 * rename over the target, fsync the directory (security.md P4).
 *
 * After a crash at any point, the target holds either the complete old
 * content or the complete new content, never a mix. Unlike conf there is no
 * non-atomic fallback (SNAP, EXDEV): the temp file lives next to the target,
 * so the rename never crosses devices, and if it fails the write fails.
 */

/** A file-system error's code (ENOENT, EACCES...) or the error's name, for logs; never its message, which may hold paths. */
export const errorCode = (error: unknown): string =>
  (error as { code?: unknown } | null)?.code?.toString() ?? (error instanceof Error ? error.name : 'error');

/** Temp files are `<name>.tmp-<pid>-<random>`, next to the target. */
export const TEMP_MARKER = '.tmp-';

const tempPathFor = (target: string): string =>
  join(dirname(target), `${basename(target)}${TEMP_MARKER}${process.pid}-${randomBytes(6).toString('hex')}`);

export interface AtomicWriteOptions {
  /** File mode of the new file; private by default. */
  readonly mode?: number;
}

/** Makes a rename or file creation in `dir` durable. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a directory, and some filesystems refuse
    // (EINVAL); the rename itself is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** Atomically replaces `target` with `data`. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  const mode = options.mode ?? 0o600;
  let renamed = false;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      // The mode given to open() is masked by umask; make it exact.
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    renamed = true;
    await syncDirectory(dirname(target));
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

/** Atomically replaces `target` with `value` as pretty-printed JSON. */
export async function writeJsonAtomic(target: string, value: unknown, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(target, `${JSON.stringify(value, null, 2)}\n`, options);
}

/**
 * Removes temp files a crash left behind for `target` (any pid). Call only
 * while no write to `target` is in progress, e.g. when opening it.
 */
export async function removeStaleTemps(target: string): Promise<number> {
  const prefix = `${basename(target)}${TEMP_MARKER}`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return 0;
  }
  const stale = names.filter((name) => name.startsWith(prefix));
  await Promise.all(stale.map((name) => unlink(join(dirname(target), name)).catch(() => undefined)));
  return stale.length;
}
