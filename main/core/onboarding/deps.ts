/**
 * What the use cases need from the session: the Graph client of the current
 * mode, a logger, a clock, and the session's cache of what Meta already told
 * us (so one onboarding does not ask Meta the same question twice).
 */
import type { GraphClient } from '../graph/api';
import type { Logger } from '../log/logger';
import type { FactCache } from './facts';

export interface UseCaseDeps {
  readonly graph: () => GraphClient;
  readonly log: Logger;
  readonly now: () => Date;
  readonly facts: FactCache;
}
