/**
 * The fault sequence shared by whole HTTP requests and batch items: latency
 * first, then either a cut (stall or reset; the request is applied first only
 * for reset-after-apply) or a reply (an answer fault's, else the real one),
 * which a stall-body fault cuts halfway.
 */
import type { Fault } from './api';
import type { ServerBehaviours } from './behaviours';
import type { ServerCore } from './core';
import { faultReply, isAnswerFault } from './fault-replies';
import type { GraphReply } from './reply';
import type { GraphRequest } from './request';

export type FaultOutcome =
  | { readonly cut: 'stalled' | 'reset' }
  | { readonly reply: GraphReply; readonly stallBody: boolean };

/**
 * Applies `fault` (if any) around `apply`, which runs the request for real.
 * `behaviours` is read when an answer fault is built (after any latency) unless the caller fixes it.
 */
export async function applyFault(
  core: ServerCore,
  fault: Fault | undefined,
  request: GraphRequest,
  apply: () => GraphReply | Promise<GraphReply>,
  behaviours: () => ServerBehaviours = () => core.behaviours(),
): Promise<FaultOutcome> {
  if (fault?.kind === 'latency') await core.sleep(fault.ms);
  if (fault?.kind === 'stall-headers') return { cut: 'stalled' };
  if (fault?.kind === 'reset-before-apply') return { cut: 'reset' };
  if (fault?.kind === 'reset-after-apply') {
    await apply();
    return { cut: 'reset' };
  }
  const answered = fault && isAnswerFault(fault) ? faultReply(fault, core.world, behaviours(), request) : undefined;
  return { reply: answered ?? (await apply()), stallBody: fault?.kind === 'stall-body' };
}
