/**
 * Which links may leave the app for the system browser (security.md E5):
 * https only, no credentials, no explicit port, and an exact host from a short
 * list of Meta's help and business sites. Pure, so it is property-tested.
 */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'business.facebook.com',
  'developers.facebook.com',
  'www.facebook.com',
]);

const MAX_URL_LENGTH = 2048;

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
  return url.href;
}

export const isAllowedExternalUrl = (raw: unknown): boolean => allowedExternalUrl(raw) !== null;
