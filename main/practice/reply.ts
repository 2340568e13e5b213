/**
 * What a handler answers, before it becomes an HTTP response or a batch item:
 * status, JSON text and extra headers. Errors get a fresh fbtrace_id and the
 * status the configured status map gives their code (graph-api.md §6.3).
 */
import type { PracticeBehaviours } from './api';
import type { GraphError } from './payloads';
import { newTraceId } from './trace-id';

export interface GraphReply {
  readonly status: number;
  /** JSON text, sent byte for byte. */
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly traceId: string;
}

export const jsonReply = (value: unknown, status = 200): GraphReply => ({
  status,
  body: JSON.stringify(value),
  headers: {},
  traceId: newTraceId(),
});

const isPermissionCode = (code: number): boolean => code === 10 || (code >= 200 && code <= 299);
const isThrottleCode = (code: number): boolean => [4, 17, 32, 613].includes(code) || (code >= 80000 && code <= 80014);

export function statusFor(error: GraphError, map: PracticeBehaviours['statusMap']): number {
  if (error.status !== undefined) return error.status;
  const { code } = error;
  if (code === 1 || code === 2) return 500;
  if (map === 'observed') return isPermissionCode(code) ? 403 : 400;
  if (error.specStatus !== undefined) return error.specStatus;
  if (code === 190 || code === 102) return 401;
  if (isPermissionCode(code)) return 403;
  if (code === 803) return 404;
  if (isThrottleCode(code)) return 429;
  return 400;
}

export function errorReply(error: GraphError, map: PracticeBehaviours['statusMap']): GraphReply {
  const traceId = newTraceId();
  const headers: Record<string, string> = { ...error.headers };
  const message = String(error.fields['message'] ?? '');
  if (error.authenticate) {
    headers['www-authenticate'] = `OAuth "Facebook Platform" "${error.authenticate}" "${message}"`;
  }
  return {
    status: statusFor(error, map),
    body: JSON.stringify({ error: { ...error.fields, fbtrace_id: traceId } }),
    headers,
    traceId,
  };
}

/** A reply whose body is given verbatim (graph-error fault). */
export const rawReply = (status: number, body: unknown): GraphReply => ({
  status,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: {},
  traceId: newTraceId(),
});
