/**
 * The folders and files a run will write, checked before the core opens (so
 * before anything is sent): --data-dir must be a folder this user can write
 * (created when missing), --receipt-out a file in a folder that exists and can be written. Each
 * problem is said in plain words naming the option and the path
 * (shared/file-error.ts), exit 2.
 */
import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AppError } from '../../shared/errors';
import { fileError, fileProblemOf } from '../../shared/file-error';

/** The data folder, created when missing; the said problem when it is a file or cannot be created or written. */
export function checkDataDir(path: string, option: string): AppError | null {
  const refuse = (problem: 'not-a-folder' | 'folder-unusable'): AppError => fileError(option, path, problem, 'data-dir');
  try {
    if (!statSync(path).isDirectory()) return refuse('not-a-folder');
  } catch (error) {
    if (fileProblemOf(error) !== 'not-found') return refuse('folder-unusable');
    try {
      // Only the missing part is created; a parent that exists is not walked again (Node loops on some, e.g. under /proc).
      mkdirSync(path, { recursive: !existsSync(dirname(path)), mode: 0o700 });
    } catch {
      return refuse('folder-unusable');
    }
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return refuse('folder-unusable');
  }
  return null;
}

/** --receipt-out: not a folder, and in a folder that exists and this user can write in; the said problem otherwise. */
export function checkReceiptOut(path: string): AppError | null {
  const target = resolve(path);
  if (existsSync(target) && statSync(target).isDirectory()) return fileError('--receipt-out', target, 'is-folder');
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return fileError('--receipt-out', target, 'no-folder');
  return canWriteIn(folder) ? null : fileError('--receipt-out', folder, 'folder-unusable');
}

/** Whether a file can be made in `folder`: tried for real (a read-only mount or /proc passes access() for root). */
function canWriteIn(folder: string): boolean {
  const probe = join(folder, `.waba-access-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '', { flag: 'wx' });
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}
