/**
 * Every request exactly as it arrived (issue 10.5, security.md X5): the
 * request target undecoded, every header as the client spelled it, the body
 * as text. Kept in memory only, for the tests' leak oracle, which must see
 * what a careless client would leak; the public request log (request-log.ts)
 * stays scrubbed for display.
 */
import type { IncomingMessage } from 'node:http';
import type { RawRequest } from './api';

/** More than any test sends; beyond it the oldest are dropped and counted, so a check can refuse to pass blind. */
const MAX_ENTRIES = 20_000;

export class RawRequestLog {
  private entries: RawRequest[] = [];
  private seq = 0;
  private droppedCount = 0;

  get all(): readonly RawRequest[] {
    return this.entries;
  }

  /** Requests no longer held because the log was full. */
  get dropped(): number {
    return this.droppedCount;
  }

  clear(): void {
    this.entries = [];
    this.droppedCount = 0;
  }

  record(req: IncomingMessage, body: Buffer): void {
    this.seq += 1;
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
    this.entries.push({ seq: this.seq, method: req.method ?? '', url: req.url ?? '', headers, body: body.toString('utf8') });
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.shift();
      this.droppedCount += 1;
    }
  }
}
