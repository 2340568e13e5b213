/**
 * The request log tests and benchmarks read (api.ts RequestLogEntry). It never
 * stores a token: access_token, appsecret_proof and input_token values become
 * "[present]", and anything token-shaped elsewhere becomes "[redacted]".
 */
import { performance } from 'node:perf_hooks';
import type { RequestLogEntry } from './api';

/** input_token (debug_token) is a token too. */
const SECRET_PARAMS = new Set(['access_token', 'appsecret_proof', 'input_token']);
/** Anything shaped like a Meta token, wherever it appears. */
const TOKEN_LIKE = /EAA[A-Za-z0-9]{20,}/g;

const scrub = (text: string): string => text.replace(TOKEN_LIKE, '[redacted]');

export interface LogInput {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly bearer: boolean;
  readonly batchSize?: number;
  /** When the request arrived (RequestLog.now()); default: when begin() is called. */
  readonly arrivedAt?: number;
}

export class RequestLog {
  private readonly started = performance.now();
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  get all(): readonly RequestLogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }

  /** Milliseconds since the server started, to the microsecond. */
  now(): number {
    return Math.round((performance.now() - this.started) * 1000) / 1000;
  }

  /** Starts an entry when a request arrives; the returned function completes it with the outcome. */
  begin(input: LogInput): (outcome: RequestLogEntry['outcome']) => void {
    this.seq += 1;
    const seq = this.seq;
    const at = input.arrivedAt ?? this.now();
    let done = false;
    return (outcome) => {
      if (done) return;
      done = true;
      this.insert(this.entry(input, seq, at, this.now(), outcome));
    };
  }

  /** Keeps entries in arrival order even when a slow request finishes last. */
  private insert(entry: RequestLogEntry): void {
    const index = this.entries.findIndex((e) => e.seq > entry.seq);
    if (index < 0) this.entries.push(entry);
    else this.entries.splice(index, 0, entry);
  }

  private entry(input: LogInput, seq: number, at: number, endAt: number, outcome: RequestLogEntry['outcome']): RequestLogEntry {
    const query: Record<string, string> = {};
    input.query.forEach((value, key) => {
      query[key] = SECRET_PARAMS.has(key) ? '[present]' : scrub(value);
    });
    return {
      seq,
      at,
      endAt,
      method: input.method,
      path: scrub(input.path),
      query,
      tokenInUrl: input.query.has('access_token'),
      bearer: input.bearer,
      ...(input.batchSize === undefined ? {} : { batchSize: input.batchSize }),
      outcome,
    };
  }
}
