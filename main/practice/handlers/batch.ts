/**
 * POST / with batch=[…] (graph-api.md §8, A12): at most 50 items, run in
 * order; each item answers {code, headers, body: "<JSON text>"}, or null when
 * a fault cut it (as Meta does for items that time out). Items are matched
 * against fault rules that have `batch: true` (see faults.ts). `name`,
 * `depends_on`, `{result=<name>:<JSONPath>}` and `omit_response_on_success`
 * follow batch-refs.ts and SCENARIOS.md ("Batch dependencies").
 */
import { applyFault } from '../apply-fault';
import { authenticate, isToken } from '../auth';
import type { ServerCore } from '../core';
import { paramsFromQuery } from '../params';
import type { ServerBehaviours } from '../behaviours';
import { batchDependencyFailed, batchItemInvalid, batchNotArray, batchTooLarge, type GraphError } from '../payloads';
import { errorReply, jsonReply, type GraphReply } from '../reply';
import { parsePath, proofOf, tokenOf, type GraphRequest } from '../request';
import { route } from '../router';
import { referencedNames, substitute, type NamedResult } from '../batch-refs';

const MAX_ITEMS = 50;

export type BatchItemAnswer = { code: number; headers?: { name: string; value: string }[]; body: string } | null;

/** The batch array from a form field (JSON text) or a JSON body (already an array). */
export function batchItems(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function itemHeaders(reply: GraphReply, version: string): { name: string; value: string }[] {
  const { 'www-authenticate': authenticateHeader, ...extra } = reply.headers;
  return [
    ...(authenticateHeader === undefined ? [] : [{ name: 'WWW-Authenticate', value: authenticateHeader }]),
    ...Object.entries(extra).map(([name, value]) => ({ name, value })),
    { name: 'Content-Type', value: 'text/javascript; charset=UTF-8' },
    { name: 'facebook-api-version', value: version },
  ];
}

function itemRequest(item: unknown, envelope: GraphRequest, results: ReadonlyMap<string, NamedResult>): GraphRequest | string {
  if (item === null || typeof item !== 'object') return 'Each batch item must be an object';
  const { method, relative_url: rawUrl, body: rawBody } = item as Record<string, unknown>;
  if (typeof method !== 'string' || method === '') return 'The parameter method is required in each batch item';
  if (typeof rawUrl !== 'string') return 'The parameter relative_url is required in each batch item';
  const url = substitute(rawUrl, results);
  if (!url.ok) return url.problem;
  const relativeUrl = url.text;
  const bodyText = typeof rawBody === 'string' ? substitute(rawBody, results) : undefined;
  if (bodyText !== undefined && !bodyText.ok) return bodyText.problem;
  const body = bodyText?.text;
  const [pathPart = '', queryPart = ''] = relativeUrl.split(/\?(.*)/s);
  const parsed = parsePath(`/${pathPart}`);
  if (!parsed.ok) return String(parsed.error.fields['message']);
  const query = new URLSearchParams(queryPart);
  const params = paramsFromQuery(query);
  if (typeof body === 'string' && method.toUpperCase() !== 'GET') {
    new URLSearchParams(body).forEach((value, key) => params.set(key, value));
  }
  return {
    method: method.toUpperCase(),
    version: parsed.version ?? envelope.version,
    segments: parsed.segments,
    query,
    params,
    token: tokenOf(undefined, params) ?? envelope.token,
    // An item with its own token carries its own proof; otherwise the batch's top-level proof applies.
    proof: tokenOf(undefined, params) === undefined ? envelope.proof : proofOf(params),
    origin: envelope.origin,
  };
}

/** One batch being answered: the server, the envelope request, and what named items left. */
interface BatchRun {
  readonly core: ServerCore;
  readonly envelope: GraphRequest;
  readonly withHeaders: boolean;
  readonly results: Map<string, NamedResult>;
}

async function runItem({ core, envelope, withHeaders, results }: BatchRun, item: unknown): Promise<BatchItemAnswer> {
  const behaviours = core.behaviours();
  const request = itemRequest(item, envelope, results);
  let reply: GraphReply;
  if (typeof request === 'string') {
    reply = errorReply(batchItemInvalid(request), behaviours.statusMap);
  } else {
    const apply = (): GraphReply =>
      request.segments.length === 0 && request.params.has('batch')
        ? errorReply(batchItemInvalid('A batch item cannot itself be a batch'), behaviours.statusMap)
        : route(core.world, core.behaviours(), request);
    const fault = core.faults.take({ method: request.method, path: `/${request.segments.join('/')}`, scope: 'batch-item' });
    // An item has no socket of its own: a cut item, or one whose body would stall, answers null (as Meta's timed-out items do).
    const outcome = await applyFault(core, fault, request, apply, () => behaviours);
    if ('cut' in outcome || outcome.stallBody) return null;
    reply = outcome.reply;
  }
  const version = typeof request === 'string' ? envelope.version : request.version;
  return itemAnswer(reply, version, withHeaders);
}

function itemAnswer(reply: GraphReply, version: string, withHeaders: boolean): BatchItemAnswer {
  return withHeaders ? { code: reply.status, headers: itemHeaders(reply, version), body: reply.body } : { code: reply.status, body: reply.body };
}

export async function runBatch(core: ServerCore, envelope: GraphRequest): Promise<GraphReply> {
  const { statusMap } = core.behaviours();
  const token = authenticate(core.world, envelope);
  if (!isToken(token)) return errorReply(token, statusMap);
  const items = batchItems(envelope.params.get('batch'));
  if (items === undefined) return errorReply(batchNotArray(), statusMap);
  if (items.length > MAX_ITEMS) return errorReply(batchTooLarge(), statusMap);
  const withHeaders = String(envelope.params.get('include_headers') ?? 'true') !== 'false';
  const answers: BatchItemAnswer[] = [];
  const run: BatchRun = { core, envelope, withHeaders, results: new Map() };
  for (const item of items) answers.push(await runLinkedItem(run, item));
  return jsonReply(answers);
}

interface Links {
  readonly name: string | undefined;
  readonly parents: readonly string[];
  /** Meta omits a named item's successful answer unless the item says `omit_response_on_success: false`. */
  readonly omitOnSuccess: boolean;
}

function linksOf(item: unknown): Links {
  if (item === null || typeof item !== 'object') return { name: undefined, parents: [], omitOnSuccess: false };
  const { name, depends_on: dependsOn, relative_url: url, body, omit_response_on_success: omit } = item as Record<string, unknown>;
  const texts = [url, body].filter((t): t is string => typeof t === 'string');
  const parents = [...(typeof dependsOn === 'string' ? [dependsOn] : []), ...texts.flatMap(referencedNames)];
  const named = typeof name === 'string' && name !== '' ? name : undefined;
  return { name: named, parents, omitOnSuccess: named !== undefined && omit !== false && omit !== 'false' };
}

/** Runs one item after its parents: an unknown parent is an error; a failed one skips the item. */
async function runLinkedItem(run: BatchRun, item: unknown): Promise<BatchItemAnswer> {
  const { core, envelope, withHeaders, results } = run;
  const behaviours = core.behaviours();
  const links = linksOf(item);
  const unknown = links.parents.find((p) => !results.has(p));
  const failed = links.parents.some((p) => results.get(p)?.ok === false);
  let answer: BatchItemAnswer;
  if (unknown !== undefined) answer = errorItem(batchItemInvalid(`The batch request has no earlier request named ${unknown}`), behaviours, envelope, withHeaders);
  else if (failed) answer = behaviours.batchDependencyFailed === 'null' ? null : errorItem(batchDependencyFailed(), behaviours, envelope, withHeaders);
  else answer = await runItem(run, item);
  if (links.name === undefined) return answer;
  const ok = answer !== null && answer.code >= 200 && answer.code < 300;
  results.set(links.name, { ok, value: answer !== null && ok ? parseBody(answer.body) : undefined });
  return ok && links.omitOnSuccess ? null : answer;
}

function errorItem(error: GraphError, behaviours: ServerBehaviours, envelope: GraphRequest, withHeaders: boolean): BatchItemAnswer {
  return itemAnswer(errorReply(error, behaviours.statusMap), envelope.version, withHeaders);
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
