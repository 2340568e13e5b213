/**
 * Where a command's receipt ends up: the core writes it under the receipts
 * folder; with --receipt-out FILE it is moved to FILE instead (atomically
 * written there, then removed from the folder). When the token used expires,
 * a calendar reminder (.ics) a week before is written beside the receipts.
 */
import { readFile, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { saveReminder } from '../core/handoff/service';
import { writeFileAtomic } from '../core/journal/atomic-file';
import type { Ctx } from './context';
import { HANDOFF_TEXT } from './handoff-messages';

/** Moves a saved receipt to --receipt-out when given; returns where it is now. */
export async function placeReceipt(ctx: Ctx, saved: string): Promise<string> {
  const out = ctx.parsed.options['receipt-out'];
  if (typeof out !== 'string' || out.trim() === '') return saved;
  const target = resolve(out.trim());
  if (target === saved) return saved;
  await writeFileAtomic(target, await readFile(saved));
  await unlink(saved);
  return target;
}

/** Writes the reminder for the session's token when it expires; says where. Quiet when it never expires. */
export async function remindIfExpiring(ctx: Ctx): Promise<string | null> {
  const core = await ctx.core();
  if (!core.ok) return null;
  const saved = await saveReminder(core.value.services, 'connected');
  if (!saved.ok) return null;
  ctx.out.say(HANDOFF_TEXT.reminder(saved.value.path));
  return saved.value.path;
}
