/**
 * Where the renderer lives: the privileged app:// scheme (security.md E2).
 * One host, so "our origin" is a fixed string that every check compares with.
 */
import { isLoopbackHostname } from '../../shared/loopback';

export const APP_SCHEME = 'app';
export const APP_HOST = 'wizard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Names a Vite dev server for unpackaged runs (e.g. http://localhost:5173).
 * Ignored in packaged builds, so a release can never be pointed elsewhere.
 */
export const DEV_SERVER_ENV = 'WABA_DEV_SERVER_URL';

/** The origins the renderer may be on: app:// always, the dev server only when allowed. */
export interface TrustedOrigins {
  /** e.g. "http://localhost:5173"; undefined in packaged builds. */
  readonly devOrigin?: string;
}

/**
 * The dev server's origin, only when unpackaged and the env var names a
 * loopback http(s) URL; anything else is ignored (fail closed).
 */
export function devOriginFrom(isPackaged: boolean, value: string | undefined): string | undefined {
  if (isPackaged || value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const loopback = isLoopbackHostname(url.hostname);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !loopback || url.username || url.password) return undefined;
  return url.origin;
}

/**
 * True when `rawUrl` is on our app:// origin or the allowed dev origin. Node's
 * URL gives a non-special scheme the origin "null", so app:// is compared by
 * protocol and host.
 */
export function isAppUrl(rawUrl: string, trusted: TrustedOrigins = {}): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return trusted.devOrigin !== undefined && url.origin === trusted.devOrigin;
}
