/**
 * Answers one app:// request from the renderer folder (security.md E2, E3).
 * Electron-free (it returns a WHATWG Response), so it is tested under plain
 * Node; protocol.ts only binds it to `protocol.handle`. Every response,
 * including errors, carries the CSP header.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { isAppUrl } from './app-origin';
import { SECURITY_HEADERS } from './csp';
import { resolveAppPath } from './resolve-app-path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const readFile = (p: string): Promise<Buffer> => promisify(fs.readFile)(p);

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** Serves `requestUrl` from `root`; anything not a contained, existing file is a 404. */
export async function serveAppRequest(root: string, requestUrl: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return plain(400, 'Bad request');
  }
  // Only app:// itself: the dev server's origin is never served from here.
  if (!isAppUrl(requestUrl)) return plain(404, 'Not found');
  const file = await resolveAppPath(root, url.pathname);
  if (file === null) return plain(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return plain(404, 'Not found');
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Content-Length': String(body.length) };
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
