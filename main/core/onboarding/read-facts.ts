/**
 * Reads, in ONE Graph batch, the facts a use case lacks: businesses' WABA
 * lists and system users, and WABAs' assigned users. Every answer Meta gave
 * is kept in the session's fact cache; each read's own outcome goes back to
 * the caller, who decides which failures matter.
 */
import type { AssignedUser, SystemUser, WabaDetails } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import { saidError } from '../said-error';
import { err, ok, type Result } from '../../../shared/result';
import { batchGet, list, one, type Answer } from './batch-read';
import { mapWabaDetails } from '../graph/map';
import type { UseCaseDeps } from './deps';
import type { ListedWaba } from './facts';
import { assignedUsersRead, readWabaLists, systemUsersRead, wabaDetailsUrl, wabaListUrls } from './list-reads';

export interface FactWants {
  /** Businesses whose owned and client WABAs to list. */
  readonly wabaLists?: readonly string[];
  /** Businesses whose system users to list. */
  readonly systemUsers?: readonly string[];
  /** WABAs whose assigned users to list, each as seen from a business. */
  readonly assigned?: readonly (readonly [wabaId: string, businessId: string])[];
  /** WABAs whose own fields (owner, ownership, sharing) to read. */
  readonly wabaDetails?: readonly string[];
}

type Read<T> = Result<readonly T[], AppError>;

export interface FactReads {
  /** By business id. */
  readonly wabaLists: ReadonlyMap<string, Read<ListedWaba>>;
  /** By business id. */
  readonly systemUsers: ReadonlyMap<string, Read<SystemUser>>;
  /** By WABA id. */
  readonly assigned: ReadonlyMap<string, Read<AssignedUser>>;
  /** By WABA id. */
  readonly wabaDetails: ReadonlyMap<string, Result<WabaDetails, AppError>>;
}

/** The outcome of one wanted read (an internal error if it was not wanted). */
export function readOf<T>(reads: ReadonlyMap<string, Read<T>>, key: string): Read<T> {
  return reads.get(key) ?? err(saidError('unexpected', 'coreError.readMissing'));
}

/**
 * The batch items' URLs for what is wanted, in the order factsFromAnswers reads them. `alias` puts
 * something else in a business id's place (a reference to an earlier item of the same batch).
 */
export function factUrls(wants: FactWants, alias: (businessId: string) => string = (id) => id): string[] {
  return [
    ...(wants.wabaLists ?? []).flatMap((b) => wabaListUrls(alias(b))),
    ...(wants.systemUsers ?? []).map((b) => systemUsersRead(alias(b)).url),
    ...(wants.assigned ?? []).map(([waba, business]) => assignedUsersRead(waba, alias(business)).url),
    ...(wants.wabaDetails ?? []).map(wabaDetailsUrl),
  ];
}

/**
 * One batch for everything wanted; an error only when the batch itself failed. With `inspectToken`,
 * debug_token travels first in the same batch, and its answer is kept for the receipt's fingerprint.
 */
export async function readFacts(deps: UseCaseDeps, wants: FactWants, options: { readonly inspectToken?: boolean } = {}): Promise<Result<FactReads, AppError>> {
  const urls = factUrls(wants);
  if (options.inspectToken !== true) {
    const answers = await batchGet(deps.graph(), urls);
    return answers.ok ? ok(await factsFromAnswers(deps, wants, answers.value)) : answers;
  }
  const read = await deps.graph().debugTokenWith(urls.map((relativeUrl) => ({ method: 'GET' as const, relativeUrl })));
  if (!read.ok) return read;
  const { info, answers } = read.value;
  if (info.ok) {
    deps.facts.tokenInfo = info.value;
    // The token's own system user: with it the plan knows the token's role (an employee's cannot give access).
    if (deps.facts.me === undefined && info.value.isValid && info.value.userId !== null) deps.facts.me = { id: info.value.userId };
  }
  return ok(await factsFromAnswers(deps, wants, answers.map((answer) => answer.result)));
}

/** Maps the answers to factUrls(wants) (further pages read with the real ids) and keeps them in the session's cache. */
export async function factsFromAnswers(deps: UseCaseDeps, wants: FactWants, answers: readonly Answer[]): Promise<FactReads> {
  const graph = deps.graph();
  const facts = deps.facts;
  const lists = wants.wabaLists ?? [];
  const users = wants.systemUsers ?? [];
  const assigned = wants.assigned ?? [];
  const queue = [...answers];
  const out = {
    wabaLists: new Map<string, Read<ListedWaba>>(),
    systemUsers: new Map<string, Read<SystemUser>>(),
    assigned: new Map<string, Read<AssignedUser>>(),
    wabaDetails: new Map<string, Result<WabaDetails, AppError>>(),
  };
  for (const business of lists) {
    const read = await readWabaLists(graph, business, queue.shift(), queue.shift());
    if (read.ok) facts.listedWabas.set(business, read.value);
    out.wabaLists.set(business, read);
  }
  for (const business of users) {
    const read = await list(graph, systemUsersRead(business), queue.shift());
    if (read.ok) facts.systemUsers.set(business, read.value);
    out.systemUsers.set(business, read);
  }
  for (const [waba, business] of assigned) {
    const read = await list(graph, assignedUsersRead(waba, business), queue.shift());
    if (read.ok) facts.assigned.set(waba, read.value);
    out.assigned.set(waba, read);
  }
  for (const waba of wants.wabaDetails ?? []) {
    const read = one(queue.shift(), (raw) => mapWabaDetails(raw));
    if (read.ok) facts.wabaDetails.set(waba, read.value);
    out.wabaDetails.set(waba, read);
  }
  return out;
}
