import { expect, test } from '@playwright/test';
import type { BatchItem } from '../../../main/core/graph/api';
import { checkBatchItem, chunkBatch, encodeBatch, mapBatchItem, parseBatchAnswer, runBatchChunk } from '../../../main/core/graph/batch';
import type { Failure } from '../../../main/core/graph/graph-call';
import { ok, type Result } from '../../../shared/result';
import { idsOf, relativePath } from '../../../main/core/graph/paths';

const get = (relativeUrl: string, extra: Partial<BatchItem> = {}): BatchItem => ({ method: 'GET', relativeUrl, ...extra });

test('encodes bodies as URL-encoded strings and keeps names and dependencies', () => {
  const encoded = JSON.parse(
    encodeBatch([
      { method: 'POST', relativeUrl: '102290129340398/assigned_users', body: { user: '1972555232742222', tasks: '["MANAGE"]' }, name: 'assign' },
      get('102290129340398/assigned_users?business=506914307656634&fields=id,name,tasks', { dependsOn: 'assign' }),
    ]),
  ) as Record<string, unknown>[];
  expect(encoded[0]).toEqual({
    method: 'POST',
    relative_url: '102290129340398/assigned_users',
    body: 'user=1972555232742222&tasks=%5B%22MANAGE%22%5D',
    name: 'assign',
    omit_response_on_success: false,
  });
  expect(encoded[1]).toMatchObject({ method: 'GET', depends_on: 'assign' });
  expect(typeof encoded[0]!.body).toBe('string');
});

test('items may not carry hosts, traversal or credentials', () => {
  expect(checkBatchItem(get('me?fields=id,name'), 0)).toBeNull();
  for (const url of ['https://evil.tld/me', '/me', '../me', 'me/../x', 'me?access_token=x', 'me?fields=id#x', 'me?appsecret_proof=1', '', 'debug_token?input_token=x']) {
    expect(checkBatchItem(get(url), 3), url).toMatchObject({ kind: 'bad-input', fields: ['items.3'] });
  }
  expect(checkBatchItem({ method: 'POST', relativeUrl: 'x/assigned_users', body: { access_token: 'x' } }, 0)?.kind).toBe('bad-input');
  expect(checkBatchItem({ method: 'GET', relativeUrl: 'me', body: { a: 'b' } }, 0)?.kind).toBe('bad-input');
  expect(checkBatchItem(get('debug_token?input_token=x'), 0, true)).toBeNull();
});

test('splits more than 50 items into groups of 50 and refuses cross-group dependencies', () => {
  const items = Array.from({ length: 120 }, (_, i) => get(`${i + 1}?fields=id`));
  const chunks = chunkBatch(items);
  expect(chunks.ok && chunks.value.map((c) => c.length)).toEqual([50, 50, 20]);
  const crossing = [...items.slice(0, 50), get('1', { dependsOn: 'first' })];
  crossing[0] = get('2', { name: 'first' });
  expect(chunkBatch(crossing).ok).toBe(false);
});

test('parses item bodies a second time and classifies failed items', () => {
  const good = mapBatchItem({ code: 200, body: '{"data":[{"id":"1"}]}' }, 'GET /v26.0/x', (t) => t, 0);
  expect(good).toEqual({ status: 200, result: ok({ data: [{ id: '1' }] }) });
  const bad = mapBatchItem(
    { code: 400, headers: [{ name: 'X-Business-Use-Case-Usage', value: '{"1":[{"estimated_time_to_regain_access":3}]}' }], body: '{"error":{"code":80008,"message":"(#80008) too many","fbtrace_id":"Abc"}}' },
    'GET /v26.0/x',
    (t) => t,
    0,
  );
  expect(bad.result.ok).toBe(false);
  if (!bad.result.ok) expect(bad.result.error).toMatchObject({ kind: 'rate-limited', retryAfterSec: 180, request: 'GET /v26.0/x' });
  expect(parseBatchAnswer([{ code: 200, body: '{}' }, null], 2).ok).toBe(true);
  expect(parseBatchAnswer([{ code: 200, body: '{}' }], 2).ok).toBe(false);
  expect(parseBatchAnswer({ error: {} }, 1).ok).toBe(false);
});

test('null GET items are retried alone, null POST items are reported as unknown outcome', async () => {
  const items: BatchItem[] = [get('1?fields=id'), { method: 'POST', relativeUrl: '2/assigned_users', body: { user: '3' } }, get('4?fields=id')];
  const sent: number[] = [];
  let round = 0;
  const send = async (part: readonly BatchItem[]): Promise<Result<unknown, Failure>> => {
    sent.push(part.length);
    round += 1;
    if (round === 1) return ok([{ code: 200, body: '{"id":"1"}' }, null, null]);
    return ok(part.map((item) => ({ code: 200, body: JSON.stringify({ id: item.relativeUrl.split('?')[0] }) })));
  };
  const result = await runBatchChunk(items, send, { nullRetries: 2, labelOf: (i) => i.relativeUrl, scrub: (t) => t, now: () => 0 });
  expect(sent).toEqual([3, 1]);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value[0]!.result).toEqual(ok({ id: '1' }));
  expect(result.value[1]!.result.ok).toBe(false);
  if (!result.value[1]!.result.ok) expect(result.value[1]!.result.error.kind).toBe('timeout');
  expect(result.value[2]!.result).toEqual(ok({ id: '4' }));
});

test('null items that stay null after the retries are reported, not looped on', async () => {
  let calls = 0;
  const send = async (part: readonly BatchItem[]): Promise<Result<unknown, Failure>> => {
    calls += 1;
    return ok(part.map(() => null));
  };
  const result = await runBatchChunk([get('1')], send, { nullRetries: 2, labelOf: (i) => i.relativeUrl, scrub: (t) => t, now: () => 0 });
  expect(calls).toBe(3);
  expect(result.ok && result.value[0]!.result.ok).toBe(false);
});

test('a path segment may reference an earlier item ({result=name:$.data.*.id}); filters and loose braces may not', () => {
  expect(checkBatchItem(get('{result=businesses:$.data.*.id}/system_users?fields=id,name,role'), 0)).toBeNull();
  expect(relativePath([idsOf('businesses'), 'system_users'])).toBe('{result=businesses:$.data.*.id}/system_users');
  expect(relativePath(['{x}', 'system_users'])).toBe('%7Bx%7D/system_users');
  for (const url of ['{result=b:$.data[?(@.id)].id}/x', '{result=b:data}/x', '{result=b:$.id}x/y', '{b}/x']) {
    expect(checkBatchItem(get(url), 0), url).toMatchObject({ kind: 'bad-input' });
  }
});

test('a null item that references another is not retried alone (its parent would be missing)', async () => {
  const items = [get('me/businesses', { name: 'b' }), get('{result=b:$.data.*.id}/system_users')];
  const sent: number[] = [];
  const send = (part: readonly BatchItem[]): Promise<Result<unknown, Failure>> => {
    sent.push(part.length);
    return Promise.resolve(ok(part.length === 2 ? [{ code: 200, body: '{"data":[]}' }, null] : [{ code: 200, body: '{}' }]));
  };
  const results = await runBatchChunk(items, send, { nullRetries: 2, labelOf: () => 'GET /x', scrub: (t) => t, now: () => 0 });
  expect(sent).toEqual([2]);
  expect(results.ok && results.value[1]?.result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
});
