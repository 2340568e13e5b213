/**
 * Where a command's receipt ends up: the core writes it under the receipts
 * folder; with --receipt-out FILE it is moved to FILE instead (atomically
 * written there, then removed from the folder). When the receipt says the
 * token used expires, a calendar reminder (.ics) a week before is written
 * beside the receipts.
 */
import { readFile, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeReminder } from '../core/handoff/service';
import { writeFileAtomic } from '../core/journal/atomic-file';
import type { Ctx } from './context';
import { HANDOFF_TEXT } from './handoff-messages';
import { translate } from '../../shared/i18n';
import { cliLanguageInUse } from './texts';

/** Moves a saved receipt to --receipt-out when given; returns where it is now. */
export async function placeReceipt(ctx: Ctx, saved: string): Promise<string> {
  const out = ctx.parsed.options['receipt-out'];
  if (typeof out !== 'string' || out.trim() === '') return saved;
  const target = resolve(out.trim());
  if (target === saved) return saved;
  try {
    await writeFileAtomic(target, await readFile(saved));
  } catch {
    // Checked before anything was sent; if it still fails, the receipt stays where the core saved it, said so.
    ctx.out.say(translate(cliLanguageInUse(), 'file.receipt-kept', { option: '--receipt-out', path: target, saved }));
    return saved;
  }
  await unlink(saved);
  return target;
}

/** Writes the reminder when the receipt says the token expires (`tokenExpiresOn`); says where. Quiet otherwise. */
export async function remindIfExpiring(ctx: Ctx, expiresOn: string | undefined): Promise<string | null> {
  if (!expiresOn) return null;
  const core = await ctx.core();
  if (!core.ok) return null;
  const saved = await writeReminder(core.value.services, 'connected', expiresOn);
  if (!saved.ok) return null;
  ctx.out.say(HANDOFF_TEXT.reminder(saved.value.path));
  return saved.value.path;
}
