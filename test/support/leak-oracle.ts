/**
 * The leak oracle (issue 10.5, security.md X5, L1): scans every request the
 * practice server saw, raw (URL, every header, body), for any 12-character
 * piece of a live secret. Only three places may carry the token:
 * - the Authorization header;
 * - the `access_token` field of a batch POST's form body (graph-api.md §9);
 * - the `input_token` of the debug_token self-inspection inside a batch item.
 * A piece anywhere else is a leak, whatever its parameter is called.
 */
import type { RawRequest } from '../../main/practice/api';
import { pieceIndex, SECRET_PIECE_LENGTH, type PieceIndex } from '../../shared/secret-pieces';

export interface Leak {
  readonly seq: number;
  readonly request: string;
  /** Where the piece was: "url", "header x-debug", "body", "batch item 2", … */
  readonly where: string;
}

const BATCH_TARGET = /^\/(v\d+\.\d+\/?)?(\?|$)/;

const decodeForm = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** The forms a secret takes on the wire: raw, URL-encoded, JSON-escaped. */
function indexOf(secrets: readonly string[]): PieceIndex {
  return pieceIndex(secrets.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]));
}

/** The item without the one value it may carry (debug_token's input_token), as text to scan. */
function itemText(item: unknown): string {
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  const { relative_url: url, ...rest } = item as Record<string, unknown>;
  if (typeof url !== 'string') return JSON.stringify(item);
  const [path = '', query = ''] = url.split(/\?(.*)/s);
  const params = new URLSearchParams(query);
  if (/^(v\d+\.\d+\/)?debug_token$/.test(path)) params.delete('input_token');
  return `${path}?${params.toString()} ${JSON.stringify(rest)}`;
}

/** Where a batch POST's body may hold the token: its access_token field and a self-inspection item. */
function batchLeaks(body: string, has: (text: string) => boolean): string[] {
  const form = new URLSearchParams(body);
  const where: string[] = [];
  for (const [name, value] of form) {
    if (name === 'access_token') continue;
    if (name !== 'batch') {
      if (has(name) || has(value)) where.push(`body field ${name}`);
      continue;
    }
    let items: unknown;
    try {
      items = JSON.parse(value);
    } catch {
      if (has(value)) where.push('body field batch');
      continue;
    }
    if (!Array.isArray(items)) {
      if (has(value)) where.push('body field batch');
      continue;
    }
    items.forEach((item, i) => {
      if (has(itemText(item))) where.push(`batch item ${i + 1}`);
    });
  }
  return where;
}

/** Every place in every request that holds a piece of a secret, outside the three allowed places. */
export function findLeaks(requests: readonly RawRequest[], secrets: readonly string[]): Leak[] {
  const index = indexOf(secrets.filter((s) => s.length >= SECRET_PIECE_LENGTH));
  if (index.size === 0) throw new Error('the leak oracle needs at least one secret of 12 characters or more');
  const has = (text: string): boolean => index.has(text) || index.has(decodeForm(text));
  const leaks: Leak[] = [];
  for (const r of requests) {
    const add = (where: string): void => {
      leaks.push({ seq: r.seq, request: `${r.method} ${r.url.split('?')[0] ?? ''}`, where });
    };
    if (has(r.url)) add('url');
    for (const [name, value] of r.headers) {
      if (name.toLowerCase() === 'authorization') continue;
      if (has(name) || has(value)) add(`header ${name}`);
    }
    const isBatch = r.method === 'POST' && BATCH_TARGET.test(r.url) && new URLSearchParams(r.body).has('batch');
    if (isBatch) batchLeaks(r.body, has).forEach(add);
    else if (has(r.body)) add('body');
  }
  return leaks;
}

/** A readable failure: which request, where. */
export const describeLeaks = (leaks: readonly Leak[]): string => leaks.map((l) => `#${l.seq} ${l.request}: ${l.where}`).join('\n');

/** Throws, naming each place, when the server saw a piece of a secret outside the allowed places (or saw nothing). */
export function assertNoLeaks(server: { readonly rawRequests: readonly RawRequest[]; readonly rawDropped: number }, secrets: readonly string[]): void {
  if (server.rawRequests.length === 0) throw new Error('the leak oracle saw no request at all');
  if (server.rawDropped > 0) throw new Error(`the raw request log dropped ${server.rawDropped} requests; the leak check would be blind`);
  const leaks = findLeaks(server.rawRequests, secrets);
  if (leaks.length > 0) throw new Error(`a secret left the allowed places:\n${describeLeaks(leaks)}`);
}

/**
 * The credentials rule (graph-api.md §9, security.md L1): `Authorization: Bearer <token>` on every
 * request except a batch POST, which carries `access_token` once in its form body and no header;
 * never `access_token` in a URL. Returns one line per request that breaks it.
 */
export function credentialsRuleViolations(requests: readonly RawRequest[], token: string): string[] {
  const out: string[] = [];
  for (const r of requests) {
    const auth = r.headers.filter(([name]) => name.toLowerCase() === 'authorization').map(([, value]) => value);
    const urlTokens = new URLSearchParams(r.url.split('?')[1] ?? '').getAll('access_token');
    const form = new URLSearchParams(r.body);
    const label = `#${r.seq} ${r.method} ${r.url.split('?')[0] ?? ''}`;
    if (urlTokens.length > 0) out.push(`${label}: access_token in the URL`);
    if (r.method === 'POST' && BATCH_TARGET.test(r.url) && form.has('batch')) {
      if (auth.length > 0) out.push(`${label}: a batch POST with an Authorization header`);
      const bodyTokens = form.getAll('access_token');
      if (bodyTokens.length !== 1 || bodyTokens[0] !== token) out.push(`${label}: a batch POST without exactly one access_token form field holding the token`);
    } else {
      if (auth.length !== 1 || auth[0] !== `Bearer ${token}`) out.push(`${label}: no single Authorization: Bearer header with the token`);
      if (form.has('access_token')) out.push(`${label}: access_token in the body of a call that is not a batch`);
    }
  }
  return out;
}

/** Throws when a request breaks the credentials rule for any of `tokens` (the one it authenticated with). */
export function assertCredentialsRule(server: { readonly rawRequests: readonly RawRequest[] }, tokens: readonly string[]): void {
  if (server.rawRequests.length === 0) throw new Error('the credentials check saw no request at all');
  const bad = server.rawRequests.filter((r) => tokens.every((t) => credentialsRuleViolations([r], t).length > 0));
  if (bad.length > 0) throw new Error(`requests broke the credentials rule:\n${bad.flatMap((r) => credentialsRuleViolations([r], tokens[0] ?? '')).join('\n')}`);
}

/** Every 12-character piece of `secret` found in `text` (brute force, independent of the redactor). */
export const piecesIn = (text: string, secret: string): string[] =>
  Array.from({ length: Math.max(0, secret.length - 11) }, (_, i) => secret.slice(i, i + 12)).filter((piece) => text.includes(piece));

/** A Graph error that echoes pieces of `secret` as Meta was seen to: a 40-character middle, a 20-character prefix as the trace id. */
export function metaEchoError(secret: string): { readonly error: Record<string, unknown> } {
  return {
    error: {
      message: `(#100) Param ${secret.slice(30, 70)} is invalid`,
      error_user_title: `Token ${secret.slice(50, 64)}`,
      error_user_msg: `Check ${secret.slice(70, 90)} again`,
      type: 'OAuthException',
      code: 100,
      fbtrace_id: secret.slice(0, 20),
    },
  };
}
