/**
 * Request schemas for every IPC channel: strict objects, bounded strings,
 * numeric ids only (security.md I2, I3). The renderer never supplies URLs,
 * hosts or paths, only ids and typed fields.
 */
import { z } from 'zod';
import { GRAPH_ID_PATTERN } from '../ids';
import { LANGUAGE_CODES } from '../languages';
import { API_VERSION_MESSAGE, API_VERSION_PATTERN } from '../settings-rules';
import { MAX_ACCOUNTS } from '../multi-account';
import { WABA_TASKS } from '../tasks';

export const graphId = z.string().regex(GRAPH_ID_PATTERN, 'must be a numeric Graph id');
export const wabaTask = z.enum(WABA_TASKS);
export const taskList = z.array(wabaTask).min(1).max(16);
export const empty = z.object({}).strict();

/** Long enough for any Meta token plus pasted noise; normalised and checked in core. */
export const pastedToken = z.string().min(1).max(4096);

export const assignRequest = z
  .object({ wabaId: graphId, businessId: graphId, userId: graphId, tasks: taskList, exact: z.boolean().optional() })
  .strict();

export const wabaUserRequest = z.object({ wabaId: graphId, businessId: graphId, userId: graphId }).strict();

export const settingsPatch = z
  .object({
    language: z.enum(LANGUAGE_CODES),
    theme: z.enum(['system', 'light', 'dark']),
    apiVersion: z.string().regex(API_VERSION_PATTERN, API_VERSION_MESSAGE),
    proxy: z
      .object({ mode: z.enum(['system', 'none', 'url']), url: z.string().max(2048).optional() })
      .strict(),
    /** A company CA certificate file (PEM) on this computer; null stops trusting it. Main reads and checks it. */
    caFile: z.string().min(1).max(4096).nullable(),
  })
  .partial()
  .strict();

/** Practice tokens are picked by their scenario label (e.g. "admin-never"); the token stays in main. */
export const practiceTokenLabel = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a practice token label');
export type PracticeTokenLabel = z.infer<typeof practiceTokenLabel>;

/** A provider profile's text; the core refuses anything over PROFILE_MAX_BYTES with a clear message, so this bound is loose. */
export const profileText = z.string().min(1).max(256 * 1024);

/** A receipt's text (a bulk receipt of thousands of rows stays far below this). */
export const receiptText = z.string().min(1).max(8 * 1024 * 1024);

/** The hand-off check: the provider's token crosses inward once, is checked in memory and never comes back. */
export const handoffRequest = z
  .object({
    wabaId: graphId,
    businessId: graphId.optional(),
    userId: graphId.optional(),
    /** The provider's token (live mode). */
    token: pastedToken.optional(),
    /** Practice mode: a scenario token picked by label instead (the token stays in main). */
    practiceLabel: practiceTokenLabel.optional(),
  })
  .strict()
  .refine((r) => (r.token === undefined) !== (r.practiceLabel === undefined), { message: 'give the token or a practice label', path: ['token'] });

/** One system user, one task set, several WABAs of one business (issue 9.4); `exact` takes away the tasks not chosen on every account (issue 8.5). */
export const multiAccountRequest = z
  .object({ businessId: graphId, userId: graphId, wabaIds: z.array(graphId).min(1).max(MAX_ACCOUNTS), tasks: taskList, exact: z.boolean().optional() })
  .strict()
  .refine((r) => new Set(r.wabaIds).size === r.wabaIds.length, { message: 'names a WABA twice', path: ['wabaIds'] });
