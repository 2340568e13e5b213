/** What to show above a step for one of its async values: its failure, or its rate-limit wait. */
import { hasIssue, type Loadable } from '../state/loadable';
import type { Slot } from '../state/slots';
import type { Step } from '../state/state';
import { ErrorPanel } from './error-panel';
import { RateWait } from './rate-wait';

export function SlotIssue({ step, slot, value }: { readonly step: Step; readonly slot: Slot; readonly value: Loadable<unknown> }) {
  if (value.status === 'failed') return <ErrorPanel error={value.error} step={step} slot={slot} />;
  if (value.status === 'loading' && value.waitUntil !== undefined) return <RateWait until={value.waitUntil} slot={slot} />;
  return null;
}

/** Shows the first slot that has something to say. */
export function SlotIssues({ step, slots }: { readonly step: Step; readonly slots: readonly (readonly [Slot, Loadable<unknown>])[] }) {
  const first = slots.find(([, value]) => hasIssue(value));
  return first ? <SlotIssue step={step} slot={first[0]} value={first[1]} /> : null;
}
