/**
 * Graph client settings with safe defaults and validation: version pinned,
 * base URL configurable (practice server, proxies, tests), explicit timeouts
 * (undici's own defaults are 300 s, security.md N1), bounded retries (N2).
 */
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { isLoopbackHostname } from '../../../shared/loopback';

export interface GraphTimeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  readonly bodyMs: number;
}

export interface RetryPolicy {
  /** Attempts including the first one. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  /** No single wait is longer; a rate-limit hint above this is returned to the caller instead. */
  readonly maxDelayMs: number;
  /** All waits of one call together stay under this budget. */
  readonly maxTotalMs: number;
}

export type ProxyConfig =
  | { readonly mode: 'env' }
  | { readonly mode: 'none' }
  | { readonly mode: 'url'; readonly url: string };

export interface GraphClientConfig {
  /** Origin only, e.g. "https://graph.facebook.com" or the practice server's "http://127.0.0.1:41234". */
  readonly baseUrl: string;
  /** e.g. "v26.0". */
  readonly apiVersion: string;
  readonly timeouts: GraphTimeouts;
  /** End-to-end bound of one client call (all attempts, pages and waits). */
  readonly deadlineMs: number;
  readonly retry: RetryPolicy;
  readonly proxy: ProxyConfig;
  /**
   * The system proxy of the desktop app (Electron's session.resolveProxy: OS settings and PAC).
   * Used when `proxy.mode` is 'env': its PAC answer's routes are tried in order, the environment
   * only when it fails (pac-transport.ts). The CLI has none and keeps the environment variables.
   */
  readonly proxyResolver?: (url: string) => Promise<string>;
  /** PEM certificates trusted in addition to Node's bundled roots (corporate TLS inspection, N5). */
  readonly extraCaPem?: readonly string[];
  /** Paged edges stop with an error after this many pages. */
  readonly maxPages: number;
  /** `limit` sent on list edges (Meta's default is 25; 100 saves round trips). */
  readonly pageSize: number;
  /** How many extra rounds `null` batch items get. */
  readonly batchNullRetries: number;
  /** Usage percentage (X-Business-Use-Case-Usage) above which calls to that object are paced (N6). */
  readonly pacer: { readonly thresholdPct: number; readonly pauseMs: number };
}

export type GraphClientConfigInput = Partial<Omit<GraphClientConfig, 'timeouts' | 'retry' | 'pacer'>> & {
  readonly timeouts?: Partial<GraphTimeouts>;
  readonly retry?: Partial<RetryPolicy>;
  readonly pacer?: Partial<GraphClientConfig['pacer']>;
};

export const DEFAULT_GRAPH_CONFIG: GraphClientConfig = {
  baseUrl: 'https://graph.facebook.com',
  apiVersion: 'v26.0',
  timeouts: { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 },
  deadlineMs: 90_000,
  retry: { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalMs: 60_000 },
  proxy: { mode: 'env' },
  maxPages: 100,
  pageSize: 100,
  batchNullRetries: 2,
  pacer: { thresholdPct: 80, pauseMs: 5_000 },
};

export const API_VERSION_PATTERN = /^v\d+\.\d$/;
type ConfigProblem = 'baseUrlInvalid' | 'baseUrlCredentials' | 'baseUrlHttps' | 'baseUrlOrigin' | 'proxyScheme' | 'proxyInvalid' | 'apiVersion' | 'positive' | 'pageSize' | 'notNegative';
const bad = (field: string, problem: ConfigProblem): AppError => saidError('bad-input', `coreError.config.${problem}`, { field }, { fields: [field] });

/** Plain http is allowed only on loopback (the practice server); anything else must be https. */
function checkBaseUrl(raw: string): Result<string, AppError> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(bad('baseUrl', 'baseUrlInvalid'));
  }
  if (url.username || url.password) return err(bad('baseUrl', 'baseUrlCredentials'));
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHostname(url.hostname))) {
    return err(bad('baseUrl', 'baseUrlHttps'));
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return err(bad('baseUrl', 'baseUrlOrigin'));
  }
  return ok(url.origin);
}

function checkProxy(proxy: ProxyConfig): Result<ProxyConfig, AppError> {
  if (proxy.mode !== 'url') return ok(proxy);
  try {
    const url = new URL(proxy.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return err(bad('proxy.url', 'proxyScheme'));
    return ok({ mode: 'url', url: url.href });
  } catch {
    return err(bad('proxy.url', 'proxyInvalid'));
  }
}

const positive = (value: number, field: string): AppError | null =>
  Number.isFinite(value) && value > 0 ? null : bad(field, 'positive');

/** Fills defaults and validates; the result is safe to build a client from. */
export function resolveGraphConfig(input: GraphClientConfigInput = {}): Result<GraphClientConfig, AppError> {
  const d = DEFAULT_GRAPH_CONFIG;
  const apiVersion = input.apiVersion ?? d.apiVersion;
  if (!API_VERSION_PATTERN.test(apiVersion)) return err(bad('apiVersion', 'apiVersion'));
  const base = checkBaseUrl(input.baseUrl ?? d.baseUrl);
  if (!base.ok) return base;
  const proxy = checkProxy(input.proxy ?? d.proxy);
  if (!proxy.ok) return proxy;
  const config: GraphClientConfig = {
    baseUrl: base.value,
    apiVersion,
    timeouts: { ...d.timeouts, ...input.timeouts },
    deadlineMs: input.deadlineMs ?? d.deadlineMs,
    retry: { ...d.retry, ...input.retry },
    proxy: proxy.value,
    extraCaPem: input.extraCaPem ?? [],
    ...(input.proxyResolver && proxy.value.mode === 'env' ? { proxyResolver: input.proxyResolver } : {}),
    maxPages: input.maxPages ?? d.maxPages,
    pageSize: input.pageSize ?? d.pageSize,
    batchNullRetries: input.batchNullRetries ?? d.batchNullRetries,
    pacer: { ...d.pacer, ...input.pacer },
  };
  const problems = [
    positive(config.timeouts.connectMs, 'timeouts.connectMs'),
    positive(config.timeouts.headersMs, 'timeouts.headersMs'),
    positive(config.timeouts.bodyMs, 'timeouts.bodyMs'),
    positive(config.deadlineMs, 'deadlineMs'),
    positive(config.retry.maxAttempts, 'retry.maxAttempts'),
    positive(config.retry.maxDelayMs, 'retry.maxDelayMs'),
    positive(config.retry.maxTotalMs, 'retry.maxTotalMs'),
    positive(config.maxPages, 'maxPages'),
    Number.isInteger(config.pageSize) && config.pageSize >= 1 && config.pageSize <= 100 ? null : bad('pageSize', 'pageSize'),
    config.retry.baseDelayMs >= 0 ? null : bad('retry.baseDelayMs', 'notNegative'),
    config.batchNullRetries >= 0 ? null : bad('batchNullRetries', 'notNegative'),
  ].filter((p): p is AppError => p !== null);
  const first = problems[0];
  return first ? err(first) : ok(config);
}
