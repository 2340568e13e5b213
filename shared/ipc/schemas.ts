/**
 * Request schemas for every IPC channel: strict objects, bounded strings,
 * numeric ids only (security.md I2, I3). The renderer never supplies URLs,
 * hosts or paths, only ids and typed fields.
 */
import { z } from 'zod';
import { GRAPH_ID_PATTERN } from '../ids';
import { LANGUAGE_CODES } from '../languages';
import { API_VERSION_MESSAGE, API_VERSION_PATTERN } from '../settings-rules';
import { WABA_TASKS } from '../tasks';

export const graphId = z.string().regex(GRAPH_ID_PATTERN, 'must be a numeric Graph id');
export const wabaTask = z.enum(WABA_TASKS);
export const taskList = z.array(wabaTask).min(1).max(16);
export const empty = z.object({}).strict();

/** Long enough for any Meta token plus pasted noise; normalised and checked in core. */
export const pastedToken = z.string().min(1).max(4096);

export const assignRequest = z
  .object({ wabaId: graphId, businessId: graphId, userId: graphId, tasks: taskList })
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
  })
  .partial()
  .strict();

/** Practice tokens are picked by their scenario label (e.g. "admin-never"); the token stays in main. */
export const practiceTokenLabel = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a practice token label');
export type PracticeTokenLabel = z.infer<typeof practiceTokenLabel>;
