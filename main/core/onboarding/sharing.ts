/**
 * The one rule for "is this WABA shared through a Multi-Partner Solution, and
 * does the share include MESSAGING?" (graph-api.md §3.1, §4.3). MANAGE is
 * refused on a multi-partner WABA without MESSAGING, so the plan depends on
 * this answer; every use case asks here.
 */
import type { WabaSharing } from '../../../shared/tasks';

export interface SharingEvidence {
  /** The business the user is working in (the one whose system user gets access). */
  readonly businessId: string;
  /** Which of the business's edges listed the WABA, when known. */
  readonly relation?: 'owned' | 'client';
  /** The WABA's owner_business_info id, when known. */
  readonly ownerBusinessId?: string;
  /** The client edge's `permitted_tasks`: tasks assignable to this business's users. */
  readonly permittedTasks?: readonly string[];
  /** The WABA's `is_shared_with_partners`. */
  readonly sharedWithPartners?: boolean;
}

const FULL: WabaSharing = { multiPartner: false, messagingGranted: true };

export function sharingOf(evidence: SharingEvidence): WabaSharing {
  const owned = evidence.relation === 'owned' || (evidence.ownerBusinessId !== undefined && evidence.ownerBusinessId === evidence.businessId);
  // The owner holds full control of its own WABA, whoever else it is shared with.
  if (owned) return FULL;
  if (evidence.permittedTasks !== undefined) {
    const full = evidence.permittedTasks.includes('MANAGE') || evidence.permittedTasks.includes('MESSAGING');
    return { multiPartner: evidence.sharedWithPartners === true || !full, messagingGranted: full, permittedTasks: evidence.permittedTasks };
  }
  // Nothing says MANAGE is refused: let Meta decide rather than block the user on a guess.
  return { multiPartner: evidence.sharedWithPartners === true, messagingGranted: true };
}
