/**
 * One HTTP exchange: read the request, turn it into a GraphRequest, apply a
 * matching fault (latency, stalls, resets, error answers), answer with Meta's
 * headers, and log the outcome.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyFault } from './apply-fault';
import type { ServerCore } from './core';
import { batchItems, runBatch } from './handlers/batch';
import { paramsFromQuery, withBody } from './params';
import { oauthError, requestTooLarge } from './payloads';
import { errorReply, type GraphReply } from './reply';
import { parsePath, proofOf, tokenOf, unversionedPath, type GraphRequest } from './request';
import { route } from './router';
import { servedVersion } from './versions';
import { PRACTICE_SERVER_HEADER } from '../../shared/practice-header';

const MAX_BODY = 1024 * 1024;

/** The body (at most MAX_BODY bytes kept) and whether it was longer. */
async function readBody(req: IncomingMessage): Promise<{ readonly bytes: Buffer; readonly tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    if (size < MAX_BODY) chunks.push(buffer.subarray(0, MAX_BODY - size));
    size += buffer.length;
  }
  return { bytes: Buffer.concat(chunks), tooLarge: size > MAX_BODY };
}

function headersFor(reply: GraphReply, version: string, length: number): Record<string, string | number> {
  return {
    'content-type': 'application/json; charset=UTF-8',
    'facebook-api-version': version,
    'x-fb-trace-id': reply.traceId,
    'x-fb-request-id': reply.traceId,
    'cache-control': 'private, no-cache, no-store, must-revalidate',
    pragma: 'no-cache',
    expires: 'Sat, 01 Jan 2000 00:00:00 GMT',
    'access-control-allow-origin': '*',
    // Not a Meta header: it lets a client say "practice" on what it made against this server (receipts).
    [PRACTICE_SERVER_HEADER]: '1',
    ...reply.headers,
    'content-length': length,
  };
}

function send(res: ServerResponse, reply: GraphReply, version: string, partial: boolean): void {
  const body = Buffer.from(reply.body, 'utf8');
  res.writeHead(reply.status, headersFor(reply, version, body.length));
  if (partial) res.write(body.subarray(0, Math.max(1, Math.floor(body.length / 2))));
  else res.end(body);
}

export async function exchange(core: ServerCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const arrivedAt = core.log.now();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const authorization = req.headers.authorization;
  const parsed = parsePath(url.pathname);
  const segments = parsed.ok ? parsed.segments : [];
  const version = servedVersion((parsed.ok ? parsed.version : undefined) ?? core.defaultVersion, core.behaviours().expiredVersions);
  const { bytes, tooLarge } = await readBody(req);
  core.raw.record(req, bytes);
  const params = await withBody(paramsFromQuery(url.searchParams), tooLarge ? Buffer.alloc(0) : bytes, req.headers['content-type']);
  const isBatch = parsed.ok && method === 'POST' && segments.length === 0 && params.has('batch');
  const finish = core.log.begin({
    method,
    path: url.pathname,
    query: url.searchParams,
    target: req.url ?? '/',
    bearer: /^Bearer\s/i.test(authorization ?? ''),
    arrivedAt,
    ...(isBatch ? { batchSize: batchItems(params.get('batch'))?.length ?? 0 } : {}),
  });
  const request: GraphRequest = {
    method,
    version,
    segments,
    query: url.searchParams,
    params,
    token: tokenOf(authorization, params),
    proof: proofOf(params),
    origin: core.origin(),
  };
  const map = (): 'observed' | 'spec' => core.behaviours().statusMap;
  const apply = async (): Promise<GraphReply> => {
    if (tooLarge) return errorReply(requestTooLarge(), map());
    if (!parsed.ok) return errorReply(parsed.error, map());
    if (isBatch) return runBatch(core, request);
    return route(core.world, core.behaviours(), request);
  };
  const fault = core.faults.take({ method, path: unversionedPath(url.pathname), scope: isBatch ? 'batch-request' : 'single' });
  try {
    const outcome = await applyFault(core, fault, request, apply);
    if ('cut' in outcome) {
      if (outcome.cut === 'reset') res.socket?.destroy();
      return finish(outcome.cut);
    }
    send(res, outcome.reply, version, outcome.stallBody);
    finish(outcome.stallBody ? 'stalled' : outcome.reply.status);
  } catch {
    // A bug in the practice server must still answer like Graph, never hang the client.
    const reply = errorReply({ ...oauthError(1, 'An unknown error has occurred.'), status: 500 }, map());
    if (!res.headersSent) send(res, reply, version, false);
    finish(500);
  }
}
