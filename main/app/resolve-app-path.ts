/**
 * Path containment for the app:// handler (security.md E2): maps a request
 * path to a file inside the renderer folder, or to nothing. The string checks
 * are pure; `resolveAppPath` then follows symlinks with realpath and insists
 * the real file is still inside the real root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** Served when the path is "/" or empty. */
export const INDEX_FILE = 'index.html';
const MAX_PATH_LENGTH = 1024;

// Encoded "/" or "\" would let one decoded segment act as two.
const ENCODED_SEPARATOR = /%(2f|5c)/i;
// A drive ("C:"), an NTFS stream ("a.js::$DATA") or any other colon: never a path we ship.
const COLON = /:/;

/** NUL and other control characters, DEL, and the backslash (a separator on Windows). */
const hasControlOrBackslash = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
};

/**
 * The request path as safe relative segments, or null if it must be refused.
 * Decodes exactly once; refuses encoded separators, backslashes, NUL and
 * control characters, colons (drives, streams), "." and ".." segments, empty
 * segments ("//server/share", "a//b"), and anything malformed.
 */
export function containedSegments(rawPathname: string): readonly string[] | null {
  if (typeof rawPathname !== 'string' || rawPathname.length > MAX_PATH_LENGTH) return null;
  if (ENCODED_SEPARATOR.test(rawPathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (hasControlOrBackslash(decoded) || COLON.test(decoded)) return null;
  if (!decoded.startsWith('/')) return null;
  const body = decoded.slice(1);
  if (body === '') return [INDEX_FILE];
  const segments = body.split('/');
  // A trailing "/" means the folder's index; only the root has one.
  if (segments.length > 0 && segments[segments.length - 1] === '') return null;
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (segment.trim() !== segment || segment.endsWith('.')) return null;
  }
  return segments;
}

/** File system calls, read through the fs object at call time so Electron's asar support applies. */
const realpath = (p: string): Promise<string> => promisify(fs.realpath)(p);
const stat = (p: string): Promise<fs.Stats> => promisify(fs.stat)(p);

/** True when `child` is `root` itself or lies beneath it. Both must be real, absolute paths. */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * The real path of the regular file `rawPathname` names inside `root`, or
 * null (refused, missing, a folder, or a symlink that leads outside).
 */
export async function resolveAppPath(root: string, rawPathname: string): Promise<string | null> {
  const segments = containedSegments(rawPathname);
  if (segments === null) return null;
  try {
    const realRoot = await realpath(root);
    const candidate = path.join(realRoot, ...segments);
    // Lexical check first (cheap), then the real one after symlinks are followed.
    if (!isInside(realRoot, candidate)) return null;
    const real = await realpath(candidate);
    if (real === realRoot || !isInside(realRoot, real)) return null;
    const info = await stat(real);
    return info.isFile() ? real : null;
  } catch {
    return null;
  }
}
