/** The parts of a running server that request handling shares (one per server). */
import type { ServerBehaviours } from './behaviours';
import type { FaultBook } from './faults';
import type { RawRequestLog } from './raw-requests';
import type { RequestLog } from './request-log';
import type { World } from './world';

export interface ServerCore {
  readonly world: World;
  behaviours(): ServerBehaviours;
  readonly faults: FaultBook;
  readonly log: RequestLog;
  /** Every request raw, for leak checks. */
  readonly raw: RawRequestLog;
  /** Version answered for unversioned paths, e.g. "v26.0". */
  readonly defaultVersion: string;
  /** e.g. "http://127.0.0.1:41234". */
  origin(): string;
  /** A delay that ends early when the server closes. */
  sleep(ms: number): Promise<void>;
}
