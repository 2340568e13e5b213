/**
 * How far the wizard got, so closing the app mid-way and opening it again
 * returns to the step reached with what was chosen (issue 9.8). Ids, task
 * names and a step name only: never the token, never anything Meta said.
 * Main keeps it (main/core/settings/progress-store.ts); the renderer sends
 * it after every step change and reads it once at start.
 */
import { z } from 'zod';
import { GRAPH_ID_PATTERN } from './ids';
import { WABA_TASKS } from './tasks';

/** The steps worth returning to (Welcome is where a fresh start begins anyway). */
export const RESUMABLE_STEPS = ['connect', 'account', 'systemUser', 'access', 'review', 'verify', 'receipt', 'handoff'] as const;
export type ResumableStep = (typeof RESUMABLE_STEPS)[number];

const id = z.string().regex(GRAPH_ID_PATTERN, 'must be a numeric Graph id');

export const wizardProgressSchema = z
  .object({
    step: z.enum(RESUMABLE_STEPS),
    mode: z.enum(['live', 'practice']),
    businessId: id.optional(),
    /** One WABA today; several when the Account step picks several. */
    wabaIds: z.array(id).max(50).optional(),
    userId: id.optional(),
    tasks: z.array(z.enum(WABA_TASKS)).min(1).max(16).optional(),
    /** Review's "Make the list exact" (take away the tasks not chosen); absent: add to what the user has. */
    exact: z.literal(true).optional(),
  })
  .strict();

export type WizardProgress = z.infer<typeof wizardProgressSchema>;

/** Order of the resumable steps, to tell how far a saved run got. */
export const progressRank = (step: ResumableStep): number => RESUMABLE_STEPS.indexOf(step);
