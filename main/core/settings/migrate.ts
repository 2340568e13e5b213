import { err, ok, type Result } from '../../../shared/result';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * Our own versioned settings migrations: a pure chain, one step per version.
 *
 * conf's `migrations` option is not used: its docs say it has known bugs and
 * is unsupported (security.md P2). Each step takes the whole object at
 * version n and returns a new object at version n + 1; steps never mutate
 * their input and never touch the disk, so `migrate` is pure and idempotent.
 * Validation of the result is the schema's job, not the migration's.
 */

type Json = Record<string, unknown>;
type Step = (data: Json) => Json;

/** STEPS[n] turns version n into version n + 1. Append a step when CURRENT_SCHEMA_VERSION grows. */
export const STEPS: readonly Step[] = [
  // v0 -> v1: files from development builds before schemaVersion existed. Same fields; stamp the version.
  (data) => ({ ...data, schemaVersion: 1 }),
];

export type MigrationProblem =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'bad-version' }
  /** Written by a newer release: refuse, so a downgrade cannot destroy the user's settings. */
  | { readonly kind: 'future-version'; readonly version: number };

export interface Migrated {
  readonly data: Json;
  /** The version the input was at. */
  readonly from: number;
  /** True when at least one step ran (the file should be rewritten). */
  readonly changed: boolean;
}

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A missing schemaVersion means version 0. */
function versionOf(data: Json): number | undefined {
  if (!('schemaVersion' in data)) return 0;
  const version = data.schemaVersion;
  return typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : undefined;
}

/** Brings parsed settings JSON up to CURRENT_SCHEMA_VERSION. */
export function migrate(raw: unknown): Result<Migrated, MigrationProblem> {
  if (!isPlainObject(raw)) return err({ kind: 'not-an-object' });
  const from = versionOf(raw);
  if (from === undefined) return err({ kind: 'bad-version' });
  if (from > CURRENT_SCHEMA_VERSION) return err({ kind: 'future-version', version: from });
  let data: Json = { ...raw };
  for (let version = from; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = STEPS[version];
    if (!step) throw new Error(`No settings migration from version ${version}`);
    data = step(data);
  }
  return ok({ data, from, changed: from !== CURRENT_SCHEMA_VERSION });
}
