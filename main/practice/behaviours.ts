/**
 * Behaviour switches of the practice server: the PracticeBehaviours of api.ts
 * (choices graph-api.md marks UNCONFIRMED) plus a few server-only options that
 * client tests need (paging guard, invalid-task wording).
 */
import { z } from 'zod';
import type { PracticeBehaviours } from './api';

export interface ServerBehaviours extends PracticeBehaviours {
  /**
   * Put `access_token=<the token>` into `paging.next`/`previous` URLs, as real
   * Meta responses may do; default false. Lets client tests prove they strip it.
   */
  readonly nextIncludesAccessToken: boolean;
  /**
   * A parameter name (e.g. "input_token") under which `paging.next`/`previous` carry the request's token,
   * as in the 2026-11-29 attack run (security.md X3); default null. Lets client tests prove they refuse such links.
   */
  readonly nextTokenParam: string | null;
  /**
   * Origin (e.g. "http://attacker.example:8080") used in `paging.next` instead of
   * the server's own; default null. Lets client tests prove they refuse foreign hosts.
   */
  readonly nextHostOverride: string | null;
  /** Wording of the invalid-task error (both UNCONFIRMED, graph-api.md §2.3). */
  readonly invalidTaskMessage: 'param-one-of' | 'must-be-one-of-values';
  /** A batch item whose parent failed: an error item (default) or null (UNCONFIRMED, graph-api.md §8). */
  readonly batchDependencyFailed: 'error' | 'null';
  /** A call to an expired version is served by the oldest usable one, named in facebook-api-version (§10). */
  readonly expiredVersions: 'next-usable' | 'as-asked';
  /** MANAGE read back as MANAGE, or unpacked into every task it stands for (UNCONFIRMED for WABAs, Appendix C). */
  readonly manageReadBack: 'packed' | 'unpacked';
}

/** Defaults follow graph-api.md's "simulator default" notes. */
export const DEFAULT_BEHAVIOURS: ServerBehaviours = {
  repost: 'replace',
  pagingOnSinglePage: true,
  taskEnum: 'openapi-15',
  acceptBareTaskString: false,
  mismatchedBusiness: 'empty',
  listImplicitAdmins: false,
  meBusinesses: 'list',
  statusMap: 'observed',
  defaultPageSize: 25,
  nextIncludesAccessToken: false,
  nextTokenParam: null,
  nextHostOverride: null,
  invalidTaskMessage: 'param-one-of',
  batchDependencyFailed: 'error',
  expiredVersions: 'next-usable',
  manageReadBack: 'packed',
};

/** Validates a partial behaviours object (from a scenario file or a test). */
export const behavioursSchema = z.strictObject({
  repost: z.enum(['replace', 'already-assigned-error', 'add-only']),
  pagingOnSinglePage: z.boolean(),
  taskEnum: z.enum(['openapi-15', 'strict-10']),
  acceptBareTaskString: z.boolean(),
  mismatchedBusiness: z.enum(['empty', 'error']),
  listImplicitAdmins: z.boolean(),
  meBusinesses: z.enum(['list', 'error']),
  statusMap: z.enum(['observed', 'spec']),
  defaultPageSize: z.number().int().min(1).max(100),
  nextIncludesAccessToken: z.boolean(),
  nextTokenParam: z.string().regex(/^[a-z_]{1,40}$/, 'must be a parameter name such as "input_token"').nullable(),
  nextHostOverride: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+$/, 'must be an origin such as "http://host:port" (no path)')
    .nullable(),
  invalidTaskMessage: z.enum(['param-one-of', 'must-be-one-of-values']),
  batchDependencyFailed: z.enum(['error', 'null']),
  expiredVersions: z.enum(['next-usable', 'as-asked']),
  manageReadBack: z.enum(['packed', 'unpacked']),
}).partial();

/** Applies a change after validating it; throws a plain-words error on bad input. */
export function mergeBehaviours(base: ServerBehaviours, change: Partial<ServerBehaviours> | undefined): ServerBehaviours {
  if (change === undefined) return base;
  const parsed = behavioursSchema.safeParse(change);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid practice server behaviours: ${problems.join('; ')}`);
  }
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
}
