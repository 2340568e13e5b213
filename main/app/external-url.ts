/**
 * Which links may leave the app for the system browser (security.md E5):
 * https only, no credentials, no explicit port, an exact host from a short
 * list of Meta's help and business sites, and never Meta's link redirector
 * (`l.php?u=`), which would forward to any site. Pure, so it is property-tested.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'business.facebook.com',
  'developers.facebook.com',
  'www.facebook.com',
]);

const MAX_URL_LENGTH = 2048;

/** Meta's link-shim hosts: whatever they point at, they forward the browser there (issue 10.8). */
const REDIRECTOR_HOSTS: ReadonlySet<string> = new Set(['l.facebook.com', 'lm.facebook.com', 'l.messenger.com', 'l.instagram.com', 'l.workplace.com']);

/** The path decoded as a server would read it ("%2E" is a dot), lower-cased; the raw path if it does not decode. */
const decodedPath = (pathname: string): string => {
  try {
    return decodeURIComponent(pathname).toLowerCase();
  } catch {
    return pathname.toLowerCase();
  }
};

/**
 * Meta's link redirector: `/l.php?u=…` on any facebook host, the lm./l. shim hosts, and the
 * `/flx/warn/` interstitial. An allowlisted host would otherwise send the browser anywhere.
 */
export function isMetaRedirector(url: URL): boolean {
  if (REDIRECTOR_HOSTS.has(url.hostname)) return true;
  const path = decodedPath(url.pathname);
  return path.split('/').some((segment) => /^l\.php(;|$)/.test(segment)) || path.startsWith('/flx/warn');
}

/** Control characters, DEL and spaces: the URL parser would drop or trim them silently. */
const hasControlOrSpace = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
};

/** The normalised URL if it may be opened outside the app, else null. */
export function allowedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // The parser silently drops tabs/newlines and empty credentials ("https://:@host"); refuse such input outright.
  if (hasControlOrSpace(raw)) return null;
  const authority = /^[a-z][a-z0-9+.-]*:[/\\]*([^/?#\\]*)/i.exec(raw)?.[1] ?? '';
  if (authority.includes('@')) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '') return null;
  // The parser lowercases and punycodes the host, so lookalikes (IDN, trailing dot) miss the set.
  if (!EXTERNAL_HOSTS.has(url.hostname)) return null;
  if (isMetaRedirector(url)) return null;
  return url.href;
}

export const isAllowedExternalUrl = (raw: unknown): boolean => allowedExternalUrl(raw) !== null;
