/**
 * The only file that imports undici. It builds one dispatcher with explicit
 * timeouts, trust roots and proxy mode, sends one request, and maps every
 * undici/Node failure to an AppError. No raw error text crosses this file:
 * it can hold URLs, headers or proxy credentials (security.md L3).
 */
import { Agent, EnvHttpProxyAgent, ProxyAgent, request, type Dispatcher } from 'undici';
import type { AppError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';
import type { GraphClientConfig } from './config';
import { saidError } from '../said-error';
import { trustedCas } from './trust';
import type { HeaderMap } from './usage';


export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path and query on the configured origin, starting with "/". */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal: AbortSignal;
}

export interface HttpResponse {
  readonly status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: HeaderMap;
  readonly body: string;
}

export interface TransportFailure {
  readonly error: AppError;
  /** False only when the request certainly never reached the server (connect, DNS, TLS, proxy). */
  readonly maybeSent: boolean;
}

export interface HttpTransport {
  send(req: HttpRequest): Promise<Result<HttpResponse, TransportFailure>>;
  close(): Promise<void>;
}

/** Bodies above this are refused: no Graph answer this app reads comes near it. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Builds the dispatcher for the configured proxy mode. */
export function createDispatcher(config: GraphClientConfig): Dispatcher {
  const ca = trustedCas(config.extraCaPem);
  // rejectUnauthorized is explicit: Node's default follows NODE_TLS_REJECT_UNAUTHORIZED, and Graph calls
  // must verify certificates whatever the environment says (security.md X1).
  const tlsOptions = { ca, rejectUnauthorized: true, timeout: config.timeouts.connectMs };
  // proxyTunnel: always CONNECT, even to the plain-http practice server, so a
  // proxy never sees the request itself (undici 8 forwards http:// in clear otherwise).
  const proxied = { proxyTunnel: true };
  const common = {
    headersTimeout: config.timeouts.headersMs,
    bodyTimeout: config.timeouts.bodyMs,
    connectTimeout: config.timeouts.connectMs,
  };
  switch (config.proxy.mode) {
    case 'none':
      return new Agent({ ...common, connect: tlsOptions });
    case 'url':
      return new ProxyAgent({ ...common, ...proxied, uri: config.proxy.url, requestTls: tlsOptions, proxyTls: tlsOptions });
    case 'env':
      return new EnvHttpProxyAgent({ ...common, ...proxied, connect: tlsOptions, requestTls: tlsOptions, proxyTls: tlsOptions });
  }
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED', 'CERT_REVOKED', 'CERT_REJECTED', 'CERT_SIGNATURE_FAILURE', 'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'INVALID_CA', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UND_ERR_PRX_TLS', 'HOSTNAME_MISMATCH',
]);
const NOT_SENT_NETWORK = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** Error codes and texts along the `cause` chain (undici wraps Node errors). */
function describe(error: unknown): { codes: string[]; names: string[]; texts: string[] } {
  const codes: string[] = [];
  const names: string[] = [];
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    if (typeof e.code === 'string') codes.push(e.code);
    if (typeof e.name === 'string') names.push(e.name);
    if (typeof e.message === 'string') texts.push(e.message);
    current = e.cause;
  }
  return { codes, names, texts };
}

/** The transport failures the core has words for (shared/i18n coreError.net.*). */
type TransportKey = 'proxyAuth' | 'stopped' | 'tlsUntrusted' | 'connectTimeout' | 'headersTimeout' | 'bodyTimeout' | 'unreachable' | 'cut' | 'tooLarge' | 'failed';

/** Maps an undici/Node failure to an AppError; only constant text and known codes are kept. */
export function mapTransportError(error: unknown, request: string): TransportFailure {
  const { codes, names, texts } = describe(error);
  const safeCode = codes.find((c) => /^[A-Z0-9_]{2,40}$/.test(c));
  const tag = safeCode ? ` [${safeCode}]` : '';
  const fail = (kind: AppError['kind'], key: TransportKey, maybeSent: boolean): TransportFailure => ({
    error: saidError(kind, `coreError.net.${key}`, { tag }, { request }),
    maybeSent,
  });
  const has = (code: string): boolean => codes.includes(code);
  // undici reports a proxy's 407 as an aborted tunnel or a refused request whose text names the status.
  if (texts.some((t) => /\(407\)/.test(t))) return fail('proxy-auth', 'proxyAuth', false);
  if (names.includes('AbortError') || names.includes('TimeoutError') || has('ABORT_ERR') || has('UND_ERR_ABORTED') || has('UND_ERR_ABORT')) {
    return fail('cancelled', 'stopped', true);
  }
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith('CERT_') || c.startsWith('ERR_TLS_') || c.startsWith('ERR_SSL_'))) {
    return fail('tls-untrusted', 'tlsUntrusted', false);
  }
  if (has('UND_ERR_CONNECT_TIMEOUT')) return fail('timeout', 'connectTimeout', false);
  if (has('UND_ERR_HEADERS_TIMEOUT')) return fail('timeout', 'headersTimeout', true);
  if (has('UND_ERR_BODY_TIMEOUT')) return fail('timeout', 'bodyTimeout', true);
  if (codes.some((c) => NOT_SENT_NETWORK.has(c))) return fail('network', 'unreachable', false);
  if (has('ECONNRESET') || has('EPIPE') || has('UND_ERR_SOCKET') || has('UND_ERR_CLOSED')) {
    return fail('network', 'cut', true);
  }
  if (has('UND_ERR_RES_EXCEEDED_MAX_SIZE')) return fail('unexpected', 'tooLarge', true);
  return fail('network', 'failed', true);
}

function normalizeHeaders(raw: Record<string, string | string[] | undefined>): HeaderMap {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readBody(body: Dispatcher.ResponseData['body']): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      return null;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A transport over one dispatcher; `close` releases its sockets. */
export function createHttpTransport(config: GraphClientConfig, dispatcher: Dispatcher = createDispatcher(config)): HttpTransport {
  return {
    async send(req) {
      const label = `${req.method} ${req.path.split('?')[0] ?? ''}`;
      try {
        const res = await request(`${config.baseUrl}${req.path}`, {
          dispatcher,
          method: req.method,
          headers: req.headers,
          ...(req.body === undefined ? {} : { body: req.body }),
          signal: req.signal,
        });
        const text = await readBody(res.body);
        if (text === null) return err({ error: saidError('unexpected', 'coreError.net.tooLarge', { tag: '' }, { request: label }), maybeSent: true });
        return ok({ status: res.statusCode, headers: normalizeHeaders(res.headers), body: text });
      } catch (error) {
        return err(mapTransportError(error, label));
      }
    },
    async close() {
      await dispatcher.close().catch(() => dispatcher.destroy());
    },
  };
}
