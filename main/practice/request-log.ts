/**
 * The request log tests and benchmarks read (api.ts RequestLogEntry). It never
 * stores a token: access_token, appsecret_proof and input_token values become
 * "[present]", and anything token-shaped elsewhere becomes "[redacted]".
 * Leak checks read the raw requests (raw-requests.ts) instead: this log is for
 * display, and `tokenInUrl` looks at the URL before it is scrubbed.
 */
import { performance } from 'node:perf_hooks';
import type { RequestLogEntry } from './api';
import { pieceIndex, replacePieces, type PieceIndex } from '../../shared/secret-pieces';

/** input_token (debug_token) is a token too. */
const SECRET_PARAMS = new Set(['access_token', 'appsecret_proof', 'input_token']);
/** Parameters that carry a credential; appsecret_proof is a proof bound to one token, allowed beside it (graph-api.md §9). */
const CREDENTIAL_PARAMS = ['access_token', 'input_token', 'client_secret'];
/** Anything shaped like a Meta token, wherever it appears. */
const TOKEN_LIKE = /EAA[A-Za-z0-9]{20,}/g;


const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

export interface LogInput {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly bearer: boolean;
  /** The request target as sent (path and query, undecoded). */
  readonly target: string;
  readonly batchSize?: number;
  /** When the request arrived (RequestLog.now()); default: when begin() is called. */
  readonly arrivedAt?: number;
}

export class RequestLog {
  private readonly started = performance.now();
  private entries: RequestLogEntry[] = [];
  private seq = 0;
  private index: { readonly keys: string; readonly index: PieceIndex } | undefined;

  /** `tokens` lists the scenario's token values (pieces of them in a URL are a leak). */
  constructor(private readonly tokens: () => Iterable<string> = () => []) {}

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

  /** Pieces of the scenario's current tokens (rebuilt when a token is added). */
  private pieces(): PieceIndex {
    const values = [...this.tokens()];
    const keys = values.join('\n');
    if (this.index?.keys !== keys) this.index = { keys, index: pieceIndex(values) };
    return this.index.index;
  }

  /** Token-shaped strings and 12-character pieces of scenario tokens become "[redacted]". */
  private scrub(text: string): string {
    return replacePieces(text, this.pieces(), '[redacted]').replace(TOKEN_LIKE, '[redacted]');
  }

  /** A credential parameter, a token-shaped string, or a 12-character piece of a scenario token in the URL. */
  private tokenInUrl(target: string, query: URLSearchParams): boolean {
    if ([...query.keys()].some((k) => CREDENTIAL_PARAMS.includes(k.toLowerCase()))) return true;
    const pieces = this.pieces();
    return [target, decoded(target)].some((text) => new RegExp(TOKEN_LIKE.source).test(text) || pieces.has(text));
  }

  private entry(input: LogInput, seq: number, at: number, endAt: number, outcome: RequestLogEntry['outcome']): RequestLogEntry {
    const query: Record<string, string> = {};
    input.query.forEach((value, key) => {
      query[key] = SECRET_PARAMS.has(key) ? '[present]' : this.scrub(value);
    });
    return {
      seq,
      at,
      endAt,
      method: input.method,
      path: this.scrub(input.path),
      query,
      tokenInUrl: this.tokenInUrl(input.target, input.query),
      bearer: input.bearer,
      ...(input.batchSize === undefined ? {} : { batchSize: input.batchSize }),
      outcome,
    };
  }
}
