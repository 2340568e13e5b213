/**
 * Graph batch requests (graph-api.md §8): `POST /vNN.0` with `batch=<JSON>`,
 * at most 50 items per request (larger lists are split), item bodies sent as
 * URL-encoded strings, answers whose bodies are JSON strings parsed a second
 * time, and `null` items (Meta ran out of time) retried a bounded number of
 * times. A `null` POST item is NOT retried: it may have been applied, and a
 * write is never re-sent blindly (security.md N3).
 */
import type { BatchItem, BatchItemResult } from './api';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { classifyResponse } from './classify';
import type { Failure } from './graph-call';
import { CREDENTIAL_PARAMS } from './paging';
import { parseJsonOrUndefined } from './parse-json';
import type { GraphBatchItem } from './wire-types';

export const MAX_BATCH_ITEMS = 50;

/** The URL credentials of paging.ts plus debug_token's input_token (a token too); the names are plain [a-z_], safe in a pattern. */
const CREDENTIAL_NAME = new RegExp(`^(${[...CREDENTIAL_PARAMS, 'input_token'].join('|')})$`, 'i');
/** A path segment is letters, digits, "_" and ".", or a reference to an earlier item's answer ({result=<name>:$.data.*.id}, §8). */
const SEGMENT = String.raw`(?:[A-Za-z0-9_.]+|\{result=[A-Za-z0-9_-]+:\$(?:\.(?:\*|[A-Za-z_][A-Za-z0-9_]*)|\[(?:\*|\d+)\])+\})`;
const PATH_SHAPE = new RegExp(`^${SEGMENT}(\\/${SEGMENT})*$`);

/** Whether an item runs after another one of its batch (depends_on or a {result=…} reference): never retried alone. */
export const isDependent = (item: BatchItem): boolean => item.dependsOn !== undefined || item.relativeUrl.includes('{result=');

/** What a caller may not put in a batch item (shared/i18n coreError.batchItem.*). */
type ItemProblem = 'method' | 'noUrl' | 'path' | 'characters' | 'credential' | 'body' | 'dependsAcross';

const badItem = (index: number, why: ItemProblem): AppError =>
  saidError('bad-input', `coreError.batchItem.${why}`, { number: index + 1 }, { fields: [`items.${index}`] });

/** Checks what a caller may put in a batch item: a relative Graph path with a query, never a host or a credential. */
export function checkBatchItem(item: BatchItem, index: number, allowInputToken = false): AppError | null {
  if (!['GET', 'POST', 'DELETE'].includes(item.method)) return badItem(index, 'method');
  const url = item.relativeUrl;
  if (typeof url !== 'string' || url.length === 0 || url.length > 2000) return badItem(index, 'noUrl');
  const [path = '', query] = url.split('?', 2);
  if (!PATH_SHAPE.test(path) || path.split('/').some((s) => s === '.' || s === '..')) {
    return badItem(index, 'path');
  }
  if (/[\s#\\]/.test(url)) return badItem(index, 'characters');
  const names = [...new URLSearchParams(query ?? '').keys(), ...Object.keys(item.body ?? {})];
  if (names.some((n) => CREDENTIAL_NAME.test(n) && !(allowInputToken && n === 'input_token'))) {
    return badItem(index, 'credential');
  }
  if (item.body !== undefined && item.method !== 'POST') return badItem(index, 'body');
  return null;
}

/** The `batch` form field: a JSON array with bodies as URL-encoded strings. */
export function encodeBatch(items: readonly BatchItem[]): string {
  return JSON.stringify(
    items.map((item) => ({
      method: item.method,
      relative_url: item.relativeUrl,
      ...(item.body === undefined ? {} : { body: new URLSearchParams(item.body).toString() }),
      ...(item.name === undefined ? {} : { name: item.name, omit_response_on_success: false }),
      ...(item.dependsOn === undefined ? {} : { depends_on: item.dependsOn }),
    })),
  );
}

/** Checks the answer's outer shape: an array with one element (object or null) per item sent. */
export function parseBatchAnswer(body: unknown, expected: number): Result<readonly GraphBatchItem[], AppError> {
  const bad = saidError('unexpected', 'coreError.batchShape');
  if (!Array.isArray(body) || body.length !== expected) return err(bad);
  for (const item of body as unknown[]) {
    if (item === null) continue;
    if (typeof item !== 'object' || typeof (item as { code?: unknown }).code !== 'number') return err(bad);
  }
  return ok(body as GraphBatchItem[]);
}

/** An item's headers (include_headers is left on: each item carries its own usage headers), lower-cased names. */
export function itemHeaders(item: NonNullable<GraphBatchItem>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of item.headers ?? []) {
    if (typeof h?.name === 'string' && typeof h.value === 'string') headers[h.name.toLowerCase()] = h.value;
  }
  return headers;
}

/** One finished item -> result: 2xx with a JSON body is ok, anything else is classified like a single call. */
export function mapBatchItem(
  item: NonNullable<GraphBatchItem>,
  request: string,
  scrub: (text: string) => string,
  nowMs: number,
): BatchItemResult {
  const status = item.code ?? 0;
  const body = parseJsonOrUndefined(item.body);
  const headers = itemHeaders(item);
  const hasError = typeof body === 'object' && body !== null && 'error' in body;
  if (status >= 200 && status < 300 && body !== undefined && !hasError) return { status, result: ok(body) };
  return { status, result: err(classifyResponse({ status, body, headers, request, nowMs, scrub })) };
}

export interface BatchRunOptions {
  readonly nullRetries: number;
  /** "METHOD /vNN.0/path" for an item, for error reports. */
  readonly labelOf: (item: BatchItem) => string;
  readonly scrub: (text: string) => string;
  readonly now: () => number;
  /** Sees each answered item's headers: Meta counts every item, and its usage headers pace the next call to that object. */
  readonly observe?: (headers: Readonly<Record<string, string>>) => void;
}

const unfinished = (item: BatchItem, request: string): BatchItemResult => ({
  status: 0,
  result: err(
    saidError('timeout', item.method === 'POST' ? 'coreError.batchItemTimeoutPost' : 'coreError.batchItemTimeout', undefined, { request }),
  ),
});

/** Sends one chunk (<= 50 items) and retries its idempotent `null` items. */
export async function runBatchChunk(
  items: readonly BatchItem[],
  send: (items: readonly BatchItem[]) => Promise<Result<unknown, Failure>>,
  options: BatchRunOptions,
): Promise<Result<readonly BatchItemResult[], Failure>> {
  const results: (BatchItemResult | null)[] = items.map(() => null);
  let pending = items.map((_, index) => index);
  for (let round = 0; pending.length > 0 && round <= options.nullRetries; round += 1) {
    const answer = await send(pending.map((i) => items[i] as BatchItem));
    if (!answer.ok) {
      if (round === 0) return answer;
      break; // Earlier rounds' results stand; the rest are reported unfinished below.
    }
    const parsed = parseBatchAnswer(answer.value, pending.length);
    if (!parsed.ok) return err({ error: parsed.error, ambiguous: false });
    const retry: number[] = [];
    parsed.value.forEach((raw, position) => {
      const index = pending[position] as number;
      const item = items[index] as BatchItem;
      if (raw !== null) {
        options.observe?.(itemHeaders(raw));
        results[index] = mapBatchItem(raw, options.labelOf(item), options.scrub, options.now());
      }
      else if (item.method !== 'POST' && !isDependent(item)) retry.push(index);
      else results[index] = unfinished(item, options.labelOf(item));
    });
    pending = retry;
  }
  return ok(results.map((r, i) => r ?? unfinished(items[i] as BatchItem, options.labelOf(items[i] as BatchItem))));
}

/** Splits into chunks of 50; an item may depend only on an item of its own chunk. */
export function chunkBatch(items: readonly BatchItem[]): Result<readonly (readonly BatchItem[])[], AppError> {
  const chunks: BatchItem[][] = [];
  for (let i = 0; i < items.length; i += MAX_BATCH_ITEMS) chunks.push(items.slice(i, i + MAX_BATCH_ITEMS));
  for (const [c, chunk] of chunks.entries()) {
    const names = new Set(chunk.map((item) => item.name).filter((n): n is string => n !== undefined));
    const index = chunk.findIndex((item) => item.dependsOn !== undefined && !names.has(item.dependsOn));
    if (index >= 0) return err(badItem(c * MAX_BATCH_ITEMS + index, 'dependsAcross'));
  }
  return ok(chunks);
}
