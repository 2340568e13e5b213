/**
 * Who may see and change what (architecture.md, "The practice server"): admins
 * see every WABA their business owns or is shared; employees see only WABAs
 * they are assigned to; MANAGE is refused on a WABA shared through a
 * Multi-Partner Solution without MESSAGING.
 */
import type { ScenarioWaba } from './scenario';
import type { ResolvedToken, World } from './world';

export interface Membership {
  readonly businessId: string;
  readonly role: string;
}

export const isAdminRole = (role: string): boolean => role === 'ADMIN';

/** The businesses the token's subject belongs to, with its role in each. */
export function membershipsOf(world: World, subjectId: string): readonly Membership[] {
  const node = world.node(subjectId);
  if (node?.kind === 'systemUser') return [{ businessId: node.node.businessId, role: node.node.role }];
  if (node?.kind === 'person') return node.node.businesses;
  return [];
}

/** Businesses that own or are shared the WABA. */
export const businessesWithAccess = (waba: ScenarioWaba): readonly string[] => [
  waba.ownerBusinessId,
  ...waba.sharedWith.map((s) => s.businessId),
];

/** Whether a user of `businessId` may hold MANAGE on the WABA (full access incl. MESSAGING). */
export function manageAllowedFor(waba: ScenarioWaba, businessId: string): boolean {
  if (waba.ownerBusinessId === businessId) return true;
  const share = waba.sharedWith.find((s) => s.businessId === businessId);
  return share === undefined || !share.multiPartner || share.messaging;
}

/** The `permitted_tasks` the scenario lists for users of `businessId` on the WABA; null when it lists none. */
export const listedPermittedTasks = (waba: ScenarioWaba, businessId: string): readonly string[] | null =>
  waba.sharedWith.find((s) => s.businessId === businessId)?.permittedTasks ?? null;

export const hasScope = (token: ResolvedToken, scope: string): boolean => token.scopes.includes(scope);

export function isMember(world: World, token: ResolvedToken, businessId: string): boolean {
  return membershipsOf(world, token.subjectId).some((m) => m.businessId === businessId);
}

/** Admin of the business itself. */
export function isAdminOf(world: World, token: ResolvedToken, businessId: string): boolean {
  return membershipsOf(world, token.subjectId).some((m) => m.businessId === businessId && isAdminRole(m.role));
}

/** Admin of a business that owns or is shared the WABA. */
export function isAdminFor(world: World, token: ResolvedToken, waba: ScenarioWaba): boolean {
  const reach = businessesWithAccess(waba);
  return membershipsOf(world, token.subjectId).some((m) => isAdminRole(m.role) && reach.includes(m.businessId));
}

export function canSeeWaba(world: World, token: ResolvedToken, waba: ScenarioWaba): boolean {
  if (isAdminFor(world, token, waba)) return true;
  const reach = businessesWithAccess(waba);
  const member = membershipsOf(world, token.subjectId).some((m) => reach.includes(m.businessId));
  return member && world.tasksOf(waba.id, token.subjectId) !== undefined;
}

/** Whether the token can load the object at all (otherwise Meta answers 100/33). */
export function canSeeNode(world: World, token: ResolvedToken, id: string): boolean {
  const ref = world.node(id);
  switch (ref?.kind) {
    case undefined:
      return false;
    case 'business':
      return isMember(world, token, id);
    case 'waba':
      return canSeeWaba(world, token, ref.node);
    case 'phone': {
      const waba = world.waba(ref.node.wabaId);
      return waba !== undefined && canSeeWaba(world, token, waba);
    }
    case 'systemUser':
      return id === token.subjectId || isMember(world, token, ref.node.businessId);
    case 'person':
      return id === token.subjectId;
  }
}
