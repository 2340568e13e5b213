/**
 * --provider-profile FILE (assign, bulk, handoff): read and validated by the
 * core before anything else happens; a refused profile is exit 2 naming the
 * field, and nothing else runs. A loaded one names the provider on the
 * receipt and kit, and its SHA-256 is printed for the client to compare.
 */
import type { LoadedProfile } from '../../../shared/provider-profile';
import { readProviderProfile } from '../../core/handoff/profile';
import type { Ctx } from '../context';
import { HANDOFF_TEXT } from '../handoff-messages';

export async function profileOption(ctx: Ctx): Promise<LoadedProfile | null | number> {
  const path = ctx.parsed.options['provider-profile'];
  if (path === undefined) return null;
  if (typeof path !== 'string' || path.trim() === '') return ctx.option('provider-profile') as number;
  const loaded = await readProviderProfile(path.trim());
  if (!loaded.ok) return ctx.out.fail(loaded.error);
  const core = await ctx.core();
  if (!core.ok) return ctx.out.fail(core.error);
  core.value.services.handoff.profile = loaded.value;
  ctx.out.say(HANDOFF_TEXT.profile(loaded.value.profile.provider.name, loaded.value.sha256));
  return loaded.value;
}
