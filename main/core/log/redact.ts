/**
 * Scrubs secrets out of anything that is about to be written (security.md L2).
 *
 * Five nets, applied in this order and then the first ones again, so that no
 * replacement can splice a secret back together:
 * 1. exact value of every registered secret, in the encodings a token takes on
 *    its way through URLs, forms, JSON and auth headers;
 * 1b. every run of 12 or more characters that also occurs in one of those forms
 *    (Meta echoes pieces of the token: a 40-character middle in `message`, a
 *    20-character prefix in `fbtrace_id`; security.md X4);
 * 2. sensitive URL query / form parameters (`access_token=...`);
 * 3. auth headers and JSON members whose key names a secret;
 * 4. a heuristic for Meta tokens that were never registered (`EAA` + 20 chars).
 */
import { pieceIndex, replacePieces, type PieceIndex } from '../../../shared/secret-pieces';
import { MIN_SECRET_LENGTH } from './secrets';

export const REDACTED = '[redacted]';

/** Keys whose values are never logged, whatever they hold. */
const SENSITIVE_KEY = /authorization|token|secret|passw(or)?d|appsecret_proof|cookie|api[-_]?key/i;

const QUERY_PARAM = /((?:^|[?&;,\s"'/])[\w.-]*(?:token|secret|password|proof)=)[^&\s"'#;,]+/gi;
const BEARER = /\b(Bearer)(\s+)[A-Za-z0-9._~+/=-]{6,}/g;
/** Basic/OAuth credentials are long; a shorter word after "OAuth" is prose ("Invalid OAuth access token"). */
const OTHER_SCHEME = /\b(Basic|OAuth)(\s+)[A-Za-z0-9._~+/=-]{16,}/g;
const HEADER_LINE = /\b((?:proxy-)?authorization|cookie|set-cookie)(\s*[:=]\s*)[^\r\n]+/gi;
const JSON_MEMBER = /("[\w-]*(?:token|secret|password|authorization|proof)"\s*:\s*")(?:[^"\\]|\\.)*"/gi;
const ESCAPED_JSON_MEMBER = /(\\"[\w-]*(?:token|secret|password|authorization|proof)\\"\s*:\s*\\")(?:[^"\\]|\\[^"])*\\"/gi;
const META_TOKEN = /EAA[A-Za-z0-9_-]{20,}/g;

export const isSensitiveKey = (key: string): boolean => SENSITIVE_KEY.test(key);

/** True when `text` holds something shaped like a Meta access token (EAA + 20 or more token characters). */
export const looksLikeMetaToken = (text: string): boolean => new RegExp(META_TOKEN.source).test(text);

const jsonInner = (text: string): string => JSON.stringify(text).slice(1, -1);
const asciiJsonInner = (text: string): string =>
  jsonInner(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** encodeURIComponent throws on lone surrogates; such text has no URL form. */
const urlEncode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Every form a secret may take in text we log, longest first. */
export function secretForms(secret: string): readonly string[] {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const url = urlEncode(secret);
  const forms = new Set<string>([
    secret,
    url,
    url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    url.replace(/%20/g, '+'),
    new URLSearchParams({ v: secret }).toString().slice(2),
    jsonInner(secret),
    asciiJsonInner(secret),
    jsonInner(secret).replaceAll('/', '\\/'),
    jsonInner(jsonInner(secret)),
    Buffer.from(secret, 'utf8').toString('base64'),
    Buffer.from(secret, 'utf8').toString('base64url'),
  ]);
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/** Forms per secret, computed once: every logged string is scrubbed against them. */
const formsCache = new Map<string, readonly string[]>();
function cachedForms(secret: string): readonly string[] {
  let forms = formsCache.get(secret);
  if (forms === undefined) {
    // A handful of live secrets at a time; start over rather than grow without bound.
    if (formsCache.size >= 32) formsCache.clear();
    forms = secretForms(secret);
    formsCache.set(secret, forms);
  }
  return forms;
}

/** base64 of the secret's bytes from each of the first three offsets: any slice's base64 lines up with one of them. */
function shiftedBase64(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [0, 1, 2].flatMap((k) => [bytes.subarray(k).toString('base64'), bytes.subarray(k).toString('base64url')]);
}

/** One piece index per list of live secrets (the list changes rarely: a token loaded, replaced, forgotten). */
let piecesCache: { readonly key: string; readonly index: PieceIndex } | undefined;
function piecesOf(secrets: readonly string[]): PieceIndex {
  const key = secrets.join('\u0000');
  if (piecesCache?.key !== key) {
    const forms = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).flatMap((s) => [...cachedForms(s), ...shiftedBase64(s)]);
    piecesCache = { key, index: pieceIndex(forms) };
  }
  return piecesCache.index;
}

/** Replaces every run of 12+ characters that is a piece of a live secret (in any of its forms). */
export function scrubPieces(text: string, secrets: readonly string[]): string {
  return secrets.length === 0 ? text : replacePieces(text, piecesOf(secrets), REDACTED);
}

/**
 * Replaces every occurrence of each registered secret in each of its forms;
 * repeats until stable (bounded) so no splice survives. Leaves the rest of
 * the text alone, so it is safe on a finished JSON line.
 */
export function scrubValues(text: string, secrets: readonly string[]): string {
  let out = text;
  for (let round = 0; round < 4; round += 1) {
    const before = out;
    for (const secret of secrets) {
      // A marker that contains the secret would loop forever; use one too short to contain it.
      const marker = REDACTED.includes(secret) ? '[x]' : REDACTED;
      for (const form of cachedForms(secret)) {
        if (out.includes(form)) out = out.split(form).join(marker);
      }
    }
    if (out === before) break;
  }
  return scrubPieces(out, secrets);
}

/** Redacts a free text (a log message, a Meta error message, a URL). */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = scrubValues(text, secrets);
  out = out
    .replace(QUERY_PARAM, `$1${REDACTED}`)
    .replace(HEADER_LINE, `$1$2${REDACTED}`)
    .replace(BEARER, `$1$2${REDACTED}`)
    .replace(OTHER_SCHEME, `$1$2${REDACTED}`)
    .replace(JSON_MEMBER, `$1${REDACTED}"`)
    .replace(ESCAPED_JSON_MEMBER, `$1${REDACTED}\\"`)
    .replace(META_TOKEN, REDACTED);
  return scrubValues(out, secrets);
}

/**
 * Redacts a structured value for logging: sensitive keys lose their value,
 * every string is passed through redactText. Errors keep name and message only.
 */
export function redactValue(value: unknown, secrets: readonly string[] = [], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || value === undefined) return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return `[${typeof value}]`;
  if (seen.has(value) || depth > 8) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, secrets) };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const safeKey = redactText(key, secrets);
    if (isSensitiveKey(key) && !(typeof item === 'boolean' || typeof item === 'number' || item === null || item === undefined)) {
      out[safeKey] = REDACTED;
    } else {
      out[safeKey] = redactValue(item, secrets, depth + 1, seen);
    }
  }
  return out;
}
