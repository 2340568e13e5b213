import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { migrate, STEPS } from '../../../main/core/settings/migrate';
import { CURRENT_SCHEMA_VERSION, settingsSchema } from '../../../main/core/settings/schema';
import { openSettings } from '../../../main/core/settings/settings';
import { modeOf, tempDir } from './helpers';

/**
 * Own versioned migrations (security.md P2): golden fixtures for every
 * schema version migrate to the current one, the chain is pure and
 * idempotent, and a newer version is refused.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures');
const goldens = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.input.json'))
  .map((name) => name.replace('.input.json', ''));

test('there is one step per version and a fixture for every version', () => {
  expect(STEPS).toHaveLength(CURRENT_SCHEMA_VERSION);
  const versions = new Set(goldens.map((name) => Number(/^v(\d+)-/.exec(name)?.[1])));
  for (let v = 0; v <= CURRENT_SCHEMA_VERSION; v += 1) expect(versions.has(v), `a fixture for v${v}`).toBe(true);
});

for (const name of goldens) {
  test(`golden fixture ${name} migrates to the expected current settings`, async () => {
    const input: unknown = JSON.parse(readFileSync(join(FIXTURES, `${name}.input.json`), 'utf8'));
    const expected: unknown = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
    const migrated = migrate(input);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(settingsSchema.parse(migrated.value.data)).toEqual(expected);

    // The same file opened for real: no reset notice, migrated on disk, still private.
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(join(FIXTURES, `${name}.input.json`), join(dir, 'settings.json'));
      const { settings, notice } = await openSettings({ cwd: dir });
      expect(notice).toBeUndefined();
      expect(settings.get()).toEqual(expected);
      expect(JSON.parse(readFileSync(settings.path, 'utf8'))).toEqual(expected);
      expect(modeOf(settings.path)).toBe(0o600);
      expect(readdirSync(dir)).toEqual(['settings.json']);
    } finally {
      cleanup();
    }
  });
}

test('migrate refuses non-objects, bad versions and future versions', () => {
  expect(migrate(null)).toEqual({ ok: false, error: { kind: 'not-an-object' } });
  expect(migrate([1])).toEqual({ ok: false, error: { kind: 'not-an-object' } });
  expect(migrate('{}')).toEqual({ ok: false, error: { kind: 'not-an-object' } });
  for (const schemaVersion of ['1', -1, 1.5, null, Number.NaN]) {
    expect(migrate({ schemaVersion })).toEqual({ ok: false, error: { kind: 'bad-version' } });
  }
  expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({
    ok: false,
    error: { kind: 'future-version', version: CURRENT_SCHEMA_VERSION + 1 },
  });
});

/** JSON objects shaped like settings files of any version, plus arbitrary extra keys. */
const settingsLike = fc.record(
  {
    schemaVersion: fc.oneof(fc.integer({ min: -2, max: CURRENT_SCHEMA_VERSION + 3 }), fc.constant('1'), fc.double()),
    language: fc.constantFrom('en', 'es', 'pt-BR', 'fr'),
    theme: fc.string(),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const anyInput = fc.oneof(settingsLike, fc.jsonValue());

test('migrate is idempotent and pure (property)', () => {
  fc.assert(
    fc.property(anyInput, (input) => {
      const snapshot = JSON.stringify(input);
      const once = migrate(input);
      expect(JSON.stringify(input)).toBe(snapshot);
      if (!once.ok) {
        // Refusals are stable too.
        expect(migrate(input)).toEqual(once);
        return;
      }
      expect(once.value.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const twice = migrate(once.value.data);
      expect(twice).toEqual({ ok: true, value: { data: once.value.data, from: CURRENT_SCHEMA_VERSION, changed: false } });
    }),
    { numRuns: 500 },
  );
});
