/**
 * The in-memory Meta world a running practice server serves: the scenario's
 * objects, resolved token times, and the mutable state (assignments, tokens
 * expired by a fault, applied POST count).
 */
import type {
  Scenario,
  ScenarioBusiness,
  ScenarioPerson,
  ScenarioPhoneNumber,
  ScenarioSystemUser,
  ScenarioToken,
  ScenarioWaba,
} from './scenario';

export interface ResolvedToken {
  readonly label: string;
  readonly value: string;
  readonly subjectId: string;
  readonly type: ScenarioToken['type'];
  readonly scopes: readonly string[];
  readonly granularScopes: readonly { readonly scope: string; readonly targetIds?: readonly string[] }[];
  readonly issuedAt: number;
  /** Unix seconds; 0 = never. */
  readonly expiresAt: number;
  readonly dataAccessExpiresAt: number;
}

export type NodeRef =
  | { readonly kind: 'business'; readonly node: ScenarioBusiness }
  | { readonly kind: 'waba'; readonly node: ScenarioWaba }
  | { readonly kind: 'phone'; readonly node: ScenarioPhoneNumber }
  | { readonly kind: 'systemUser'; readonly node: ScenarioSystemUser }
  | { readonly kind: 'person'; readonly node: ScenarioPerson };

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export class World {
  readonly tokens = new Map<string, ResolvedToken>();
  readonly garbage = new Set<string>();
  /** wabaId -> userId -> tasks, in assignment order. */
  private readonly assignments = new Map<string, Map<string, readonly string[]>>();
  /** Token value -> the moment a fault expired it (unix seconds). */
  private readonly expiredByFault = new Map<string, number>();
  private readonly nodes = new Map<string, NodeRef>();
  appliedPosts = 0;
  /** POST and DELETE requests that arrived, alone or as batch items, whatever the answer. */
  writeRequests = 0;

  constructor(readonly scenario: Scenario, readonly startedAt: number = nowSeconds()) {
    scenario.businesses.forEach((node) => this.nodes.set(node.id, { kind: 'business', node }));
    scenario.wabas.forEach((node) => this.nodes.set(node.id, { kind: 'waba', node }));
    scenario.phoneNumbers.forEach((node) => this.nodes.set(node.id, { kind: 'phone', node }));
    scenario.systemUsers.forEach((node) => this.nodes.set(node.id, { kind: 'systemUser', node }));
    scenario.people.forEach((node) => this.nodes.set(node.id, { kind: 'person', node }));
    scenario.tokens.forEach((t) => this.tokens.set(t.value, resolveToken(t, this.startedAt)));
    scenario.garbageTokens.forEach((t) => this.garbage.add(t.value));
    scenario.assignments.forEach((a) => this.assign(a.wabaId, a.userId, a.tasks));
  }

  node(id: string): NodeRef | undefined {
    return this.nodes.get(id);
  }

  business(id: string): ScenarioBusiness | undefined {
    const ref = this.nodes.get(id);
    return ref?.kind === 'business' ? ref.node : undefined;
  }

  waba(id: string): ScenarioWaba | undefined {
    const ref = this.nodes.get(id);
    return ref?.kind === 'waba' ? ref.node : undefined;
  }

  systemUser(id: string): ScenarioSystemUser | undefined {
    const ref = this.nodes.get(id);
    return ref?.kind === 'systemUser' ? ref.node : undefined;
  }

  /** Effective expiry (unix seconds, 0 = never), including a fault's expiry. */
  expiryOf(token: ResolvedToken): number {
    return this.expiredByFault.get(token.value) ?? token.expiresAt;
  }

  isExpired(token: ResolvedToken, now: number = nowSeconds()): boolean {
    const expiry = this.expiryOf(token);
    return expiry !== 0 && expiry <= now;
  }

  expire(value: string): void {
    if (this.tokens.has(value) && !this.expiredByFault.has(value)) this.expiredByFault.set(value, nowSeconds());
  }

  tasksOf(wabaId: string, userId: string): readonly string[] | undefined {
    return this.assignments.get(wabaId)?.get(userId);
  }

  /** Users explicitly assigned to a WABA, in assignment order. */
  assignedTo(wabaId: string): readonly { readonly userId: string; readonly tasks: readonly string[] }[] {
    return [...(this.assignments.get(wabaId) ?? new Map<string, readonly string[]>())].map(([userId, tasks]) => ({ userId, tasks }));
  }

  /** WABAs a user is explicitly assigned to, in scenario order. */
  wabasOf(userId: string): readonly { readonly waba: ScenarioWaba; readonly tasks: readonly string[] }[] {
    return this.scenario.wabas.flatMap((waba) => {
      const tasks = this.tasksOf(waba.id, userId);
      return tasks ? [{ waba, tasks }] : [];
    });
  }

  assign(wabaId: string, userId: string, tasks: readonly string[]): void {
    const users = this.assignments.get(wabaId) ?? new Map<string, readonly string[]>();
    users.set(userId, [...tasks]);
    this.assignments.set(wabaId, users);
  }

  unassign(wabaId: string, userId: string): boolean {
    return this.assignments.get(wabaId)?.delete(userId) ?? false;
  }

}

/** A scenario token with its relative times made absolute from `startedAt` (the server start). */
export function resolveToken(t: ScenarioToken, startedAt: number): ResolvedToken {
  const relative = (seconds: number | undefined): number | undefined => (seconds === undefined ? undefined : startedAt + seconds);
  return {
    label: t.label,
    value: t.value,
    subjectId: t.subjectId,
    type: t.type,
    scopes: t.scopes,
    granularScopes: t.granularScopes ?? t.scopes.map((scope) => ({ scope })),
    issuedAt: t.issuedAt ?? startedAt - (t.issuedSecondsAgo ?? 0),
    expiresAt: t.expiresAt ?? relative(t.expiresInSeconds) ?? 0,
    dataAccessExpiresAt: t.dataAccessExpiresAt ?? relative(t.dataAccessExpiresInSeconds) ?? 0,
  };
}
