/**
 * The provider profile (issue 9.3): a small JSON file a BSP ships beside its
 * installer. Versioned, validated with zod, capped in size. It only preselects
 * and flags (tasks, system-user name, app ids, language); it never bypasses a
 * rule. A sample lives in build/provider-profile.sample.json.
 */
import { z } from 'zod';
import { GRAPH_ID_PATTERN } from './ids';
import { WABA_TASKS } from './tasks';

/** Largest profile accepted, in bytes of UTF-8 (a real one is well under 4 KiB). */
export const PROFILE_MAX_BYTES = 16 * 1024;
export const PROFILE_SCHEMA_ID = 'waba-access-provider-profile';
export const PROFILE_VERSION = 1;

const text = (max: number) => z.string().trim().min(1).max(max);

export const providerProfileSchema = z
  .object({
    schema: z.literal(PROFILE_SCHEMA_ID),
    version: z.literal(PROFILE_VERSION),
    provider: z
      .object({
        name: text(100),
        support: z
          .object({
            email: z.email().max(200).optional(),
            url: z.url({ protocol: /^https$/ }).max(500).optional(),
            phone: z.string().regex(/^\+?[0-9][0-9 ()-]{4,29}$/, 'must be a phone number such as +1 631 555 5555').optional(),
          })
          .strict()
          .refine((s) => s.email !== undefined || s.url !== undefined || s.phone !== undefined, 'needs an email, url or phone'),
      })
      .strict(),
    /** The tasks the provider needs on the client's WABA, each with why (in the provider's words). */
    tasks: z
      .array(z.object({ task: z.enum(WABA_TASKS), why: text(500) }).strict())
      .min(1)
      .max(WABA_TASKS.length)
      .refine((list) => new Set(list.map((t) => t.task)).size === list.length, 'names a task twice'),
    /** The name of the system user the client creates for the provider. */
    systemUserName: text(100),
    /** The permissions the provider's token needs (Meta scope names). */
    tokenPermissions: z.array(z.string().regex(/^[a-z][a-z_]{1,63}$/, 'must be a permission name such as whatsapp_business_messaging')).min(1).max(20),
    /** The provider's Meta app id(s): a token of another app is flagged. */
    appIds: z.array(z.string().regex(GRAPH_ID_PATTERN, 'must be a numeric app id')).min(1).max(10),
    /** BCP 47 tag (e.g. "es", "pt-BR"); used when the user has not chosen a language. */
    defaultLanguage: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as es or pt-BR'),
  })
  .strict();

export type ProviderProfile = z.infer<typeof providerProfileSchema>;

/** A profile as the core accepted it, with the SHA-256 (hex) of the file's exact bytes for the client to compare. */
export interface LoadedProfile {
  readonly profile: ProviderProfile;
  readonly sha256: string;
  readonly bytes: number;
}

/** How receipts and kits name the provider. */
export interface ProviderMention {
  readonly name: string;
  readonly profileSha256: string;
}
