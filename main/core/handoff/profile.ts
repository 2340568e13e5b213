/**
 * Reading a provider profile (issue 9.3): the exact bytes are capped, hashed
 * (SHA-256, shown so the client can compare it with what the provider said),
 * parsed as JSON and validated against the versioned schema in
 * shared/provider-profile.ts. A refusal names the first field that is wrong
 * and changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { closestWord } from '../../../shared/closest';
import type { AppError } from '../../../shared/errors';
import { fileError, isJson } from '../../../shared/file-error';
import { saidError } from '../said-error';
import { PROFILE_MAX_BYTES, providerProfileSchema, type LoadedProfile } from '../../../shared/provider-profile';
import { err, ok, type Result } from '../../../shared/result';

/** Why a profile was not loaded (shared/i18n coreError.profile.*); `field` is '(file)' for the file as a whole. */
type Refusal = 'tooLarge' | 'notJson' | 'unknownField' | 'invalidField' | 'notOneOf' | 'notOneOfSuggest' | 'wrongType' | 'wrongSize' | 'wrongFormat';

/** One complaint of the schema (zod's issue type, named through the schema so zod keeps one owner file). */
type SchemaIssue = NonNullable<ReturnType<typeof providerProfileSchema.safeParse>['error']>['issues'][number];

const refuse = (field: string, why: Refusal, params: Readonly<Record<string, string | number>> = {}): Result<never, AppError> =>
  err(saidError('bad-input', `coreError.profile.${why}`, { field, ...params }, { fields: [field === '(file)' ? 'profile' : `profile.${field}`] }));

const valueAt = (raw: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);

/**
 * The schema's first complaint in the user's words (its own text is English and technical): a
 * value not among the allowed ones is named with the closest ("MESAGING": did you mean MESSAGING?).
 */
function issueRefusal(raw: unknown, issue: SchemaIssue | undefined): Result<LoadedProfile, AppError> {
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
  switch (issue?.code) {
    case 'unrecognized_keys':
      return refuse(field, 'unknownField', { names: issue.keys.join(', ') });
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const value = String(valueAt(raw, issue.path));
      const suggestion = closestWord(value.toUpperCase(), allowed, 3);
      const params = { value, allowed: allowed.join(', ') };
      return suggestion === null ? refuse(field, 'notOneOf', params) : refuse(field, 'notOneOfSuggest', { ...params, suggestion });
    }
    case 'invalid_type':
      return refuse(field, 'wrongType');
    case 'too_big':
    case 'too_small':
      return refuse(field, 'wrongSize');
    case 'invalid_format':
      return refuse(field, 'wrongFormat');
    default:
      return refuse(field, 'invalidField', { detail: issue?.message ?? 'unknown problem' });
  }
}

/** Validates a profile's bytes (or text, taken as UTF-8). */
export function parseProviderProfile(input: Uint8Array | string): Result<LoadedProfile, AppError> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  if (bytes.length > PROFILE_MAX_BYTES) return refuse('(file)', 'tooLarge', { bytes: bytes.length, max: PROFILE_MAX_BYTES });
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return refuse('(file)', 'notJson');
  }
  const parsed = providerProfileSchema.safeParse(raw);
  if (!parsed.success) return issueRefusal(raw, parsed.error.issues[0]);
  return ok({ profile: parsed.data, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
}

/** Reads and validates a profile file; an oversized file is refused before it is read whole. */
export async function readProviderProfile(path: string, option = '--provider-profile'): Promise<Result<LoadedProfile, AppError>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(fileError(option, path, 'is-folder', 'profile'));
    if (info.size > PROFILE_MAX_BYTES) return refuse('(file)', 'tooLarge', { bytes: info.size, max: PROFILE_MAX_BYTES });
    bytes = await readFile(path);
  } catch (error) {
    return err(fileError(option, path, error, 'profile'));
  }
  // A file that is not JSON at all is said naming the file; what is wrong inside one is the schema's to say.
  if (!isJson(bytes.toString('utf8'))) return err(fileError(option, path, 'not-json', 'profile'));
  return parseProviderProfile(bytes);
}
