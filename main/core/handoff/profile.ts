/**
 * Reading a provider profile (issue 9.3): the exact bytes are capped, hashed
 * (SHA-256, shown so the client can compare it with what the provider said),
 * parsed as JSON and validated against the versioned schema in
 * shared/provider-profile.ts. A refusal names the first field that is wrong
 * and changes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { appError, type AppError } from '../../../shared/errors';
import { fileError, isJson } from '../../../shared/file-error';
import { PROFILE_MAX_BYTES, providerProfileSchema, type LoadedProfile } from '../../../shared/provider-profile';
import { err, ok, type Result } from '../../../shared/result';

const refuse = (field: string, why: string): Result<never, AppError> =>
  err(appError('bad-input', `The provider profile was not loaded: ${field === '(file)' ? why : `the field "${field}" ${why}`}. Ask the provider for a corrected file; nothing was changed.`, {
    fields: [field === '(file)' ? 'profile' : `profile.${field}`],
  }));

/** Validates a profile's bytes (or text, taken as UTF-8). */
export function parseProviderProfile(input: Uint8Array | string): Result<LoadedProfile, AppError> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input);
  if (bytes.length > PROFILE_MAX_BYTES) return refuse('(file)', `it is ${bytes.length} bytes, more than the ${PROFILE_MAX_BYTES} bytes a profile may have`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return refuse('(file)', 'it is not JSON');
  }
  const parsed = providerProfileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    const why = issue?.code === 'unrecognized_keys' ? `has a field this version does not know (${issue.keys.join(', ')})` : `is not valid (${issue?.message ?? 'unknown problem'})`;
    return refuse(field, why);
  }
  return ok({ profile: parsed.data, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
}

/** Reads and validates a profile file; an oversized file is refused before it is read whole. */
export async function readProviderProfile(path: string, option = '--provider-profile'): Promise<Result<LoadedProfile, AppError>> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(fileError(option, path, 'is-folder', 'profile'));
    if (info.size > PROFILE_MAX_BYTES) return refuse('(file)', `it is ${info.size} bytes, more than the ${PROFILE_MAX_BYTES} bytes a profile may have`);
    bytes = await readFile(path);
  } catch (error) {
    return err(fileError(option, path, error, 'profile'));
  }
  // A file that is not JSON at all is said naming the file; what is wrong inside one is the schema's to say.
  if (!isJson(bytes.toString('utf8'))) return err(fileError(option, path, 'not-json', 'profile'));
  return parseProviderProfile(bytes);
}
