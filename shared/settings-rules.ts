/**
 * Settings rules the renderer's form and main's schemas both apply, so the
 * form refuses exactly what main would. No Node or DOM here: the caller
 * passes its URL parser (the WHATWG URL in both).
 */

/** A Graph API version such as v26.0. */
export const API_VERSION_PATTERN = /^v\d{1,3}\.0$/;
export const API_VERSION_MESSAGE = 'must look like v26.0';

/** The parts of a parsed URL the rules read. */
export interface ParsedUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly search: string;
  readonly hash: string;
}

/** Parses an absolute URL; throws when the text is not one (as `new URL` does). */
export type UrlParser = (text: string) => ParsedUrl;

/** Why a proxy URL is refused, in plain words; undefined when it is fine. */
export function proxyUrlProblem(value: string, parse: UrlParser): string | undefined {
  let url: ParsedUrl;
  try {
    url = parse(value);
  } catch {
    return 'must be a full URL such as http://proxy.example.com:8080';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with http:// or https://';
  // Proxy passwords are secrets; they do not belong in a plain settings file.
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash) return 'must not contain ? or #';
  return undefined;
}
