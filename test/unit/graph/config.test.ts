import { expect, test } from '@playwright/test';
import { DEFAULT_GRAPH_CONFIG, resolveGraphConfig } from '../../../main/core/graph/config';

test('defaults: graph.facebook.com, v26.0, explicit 10/30/30 s timeouts, env proxy', () => {
  const config = resolveGraphConfig();
  expect(config.ok && config.value).toMatchObject({
    baseUrl: 'https://graph.facebook.com',
    apiVersion: 'v26.0',
    timeouts: { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 },
    proxy: { mode: 'env' },
  });
  expect(DEFAULT_GRAPH_CONFIG.retry.maxAttempts).toBeGreaterThan(1);
});

test('the API version must look like v26.0', () => {
  for (const v of ['v25.0', 'v9.0', 'v26.0']) expect(resolveGraphConfig({ apiVersion: v }).ok, v).toBe(true);
  for (const v of ['26.0', 'v2.80', 'v26', 'v26.0/', 'V26.0', 'v26.0?x=1', '../v26.0']) {
    const r = resolveGraphConfig({ apiVersion: v });
    expect(r.ok, v).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ kind: 'bad-input', fields: ['apiVersion'] });
  }
});

test('the base URL is an https origin, plain http only on loopback', () => {
  expect(resolveGraphConfig({ baseUrl: 'http://127.0.0.1:41234' })).toMatchObject({ ok: true, value: { baseUrl: 'http://127.0.0.1:41234' } });
  expect(resolveGraphConfig({ baseUrl: 'http://localhost:8080/' }).ok).toBe(true);
  expect(resolveGraphConfig({ baseUrl: 'https://graph.facebook.com/' })).toMatchObject({ ok: true, value: { baseUrl: 'https://graph.facebook.com' } });
  for (const bad of ['http://graph.facebook.com', 'https://graph.facebook.com/v26.0', 'https://u:p@graph.facebook.com', 'https://graph.facebook.com?x=1', 'ftp://x', 'nonsense']) {
    expect(resolveGraphConfig({ baseUrl: bad }).ok, bad).toBe(false);
  }
});

test('timeouts, retries, page size and proxy URL are validated', () => {
  expect(resolveGraphConfig({ timeouts: { connectMs: 0 } }).ok).toBe(false);
  expect(resolveGraphConfig({ retry: { maxAttempts: 0 } }).ok).toBe(false);
  expect(resolveGraphConfig({ deadlineMs: Number.NaN }).ok).toBe(false);
  expect(resolveGraphConfig({ pageSize: 101 }).ok).toBe(false);
  expect(resolveGraphConfig({ proxy: { mode: 'url', url: 'socks5://x:1' } }).ok).toBe(false);
  expect(resolveGraphConfig({ proxy: { mode: 'url', url: 'http://127.0.0.1:3128' } }).ok).toBe(true);
  const partial = resolveGraphConfig({ timeouts: { headersMs: 500 } });
  expect(partial.ok && partial.value.timeouts).toEqual({ connectMs: 10_000, headersMs: 500, bodyMs: 30_000 });
});
