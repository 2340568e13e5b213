import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../../main/core/settings/schema';
import { openSettings } from '../../../main/core/settings/settings';
import { CANARY, filesContaining, modeOf, tempDir } from './helpers';

/**
 * Guarded load of the real settings file through conf (security.md P1, P2):
 * defaults on first start, a bad file moved aside with a notice, a newer
 * release's file left untouched.
 */

const FIXED_NOW = new Date('2026-11-22T10:20:30.456Z');
const STAMP = '2026-11-22T10-20-30-456Z';

test('first start: defaults, a private settings.json, no notice', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const { settings, notice } = await openSettings({ cwd: dir });
    expect(notice).toBeUndefined();
    expect(settings.persistent).toBe(true);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.path).toBe(join(dir, 'settings.json'));
    expect(JSON.parse(readFileSync(settings.path, 'utf8'))).toEqual(DEFAULT_SETTINGS);
    expect(modeOf(settings.path)).toBe(0o600);
    // What get() returns cannot be used to change the stored state behind update()'s back.
    expect(Object.isFrozen(settings.get().proxy)).toBe(true);
  } finally {
    cleanup();
  }
});

test('a relative directory is refused', async () => {
  await expect(openSettings({ cwd: 'relative/dir' })).rejects.toThrow('absolute');
});

for (const [name, content] of [
  ['not JSON at all', 'this is {not json'],
  ['truncated JSON', '{"schemaVersion": 1, "language": "e'],
  ['JSON but not an object', '[1, 2, 3]'],
  ['an unknown language', '{"schemaVersion": 1, "language": "fr"}'],
  ['an unknown key', '{"schemaVersion": 1, "colour": "blue"}'],
  ['an insecure Graph URL', '{"schemaVersion": 1, "graphBaseUrl": "http://graph.example.com"}'],
  ['a version that is not a number', '{"schemaVersion": "one"}'],
] as const) {
  test(`a settings file with ${name} is backed up and reset, with a notice`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'settings.json');
      writeFileSync(file, content, { mode: 0o600 });
      const { settings, notice } = await openSettings({ cwd: dir, now: () => FIXED_NOW });
      const backupPath = `${file}.corrupt-${STAMP}`;
      expect(notice).toEqual({ kind: 'settings-reset', backupPath });
      expect(readFileSync(backupPath, 'utf8')).toBe(content);
      expect(settings.get()).toEqual(DEFAULT_SETTINGS);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(DEFAULT_SETTINGS);
      expect(modeOf(file)).toBe(0o600);
      // The app keeps working: updates are saved again.
      expect(settings.update({ language: 'es' }).ok).toBe(true);
      expect((await openSettings({ cwd: dir })).settings.get().language).toBe('es');
    } finally {
      cleanup();
    }
  });
}

test('two resets in the same millisecond keep both backups', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'settings.json');
    writeFileSync(file, 'first garbage');
    await openSettings({ cwd: dir, now: () => FIXED_NOW });
    writeFileSync(file, 'second garbage');
    const { notice } = await openSettings({ cwd: dir, now: () => FIXED_NOW });
    expect(notice).toEqual({ kind: 'settings-reset', backupPath: `${file}.corrupt-${STAMP}-1` });
    expect(readFileSync(`${file}.corrupt-${STAMP}`, 'utf8')).toBe('first garbage');
    expect(readFileSync(`${file}.corrupt-${STAMP}-1`, 'utf8')).toBe('second garbage');
  } finally {
    cleanup();
  }
});

test('a bad file holding something token-like is backed up with it redacted', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'settings.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, accessToken: CANARY }));
    const { notice } = await openSettings({ cwd: dir, now: () => FIXED_NOW });
    expect(notice?.kind).toBe('settings-reset');
    const backup = readFileSync(`${file}.corrupt-${STAMP}`, 'utf8');
    expect(backup).toContain('"accessToken"');
    expect(backup).toContain('[redacted]');
    expect(filesContaining(dir, CANARY)).toEqual([]);
    expect(modeOf(`${file}.corrupt-${STAMP}`)).toBe(0o600);
  } finally {
    cleanup();
  }
});

test('a file from a newer release is left untouched, copied aside, and changes last this session only', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'settings.json');
    const future = JSON.stringify({ schemaVersion: 7, language: 'es', somethingNew: { a: 1 } });
    writeFileSync(file, future, { mode: 0o600 });
    const { settings, notice } = await openSettings({ cwd: dir, now: () => FIXED_NOW });
    const backupPath = `${file}.newer-v7-${STAMP}`;
    expect(notice).toEqual({ kind: 'settings-newer', backupPath, version: 7 });
    expect(readFileSync(backupPath, 'utf8')).toBe(future);
    expect(settings.persistent).toBe(false);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);

    const updated = settings.update({ theme: 'dark' });
    expect(updated.ok && updated.value.theme).toBe('dark');
    expect(settings.get().theme).toBe('dark');
    expect(readFileSync(file, 'utf8')).toBe(future);
    // Validation still applies.
    expect(settings.update({ theme: 'neon' }).ok).toBe(false);

    // Opening again still refuses to touch it.
    const again = await openSettings({ cwd: dir, now: () => new Date(FIXED_NOW.getTime() + 1000) });
    expect(again.notice?.kind).toBe('settings-newer');
    expect(readFileSync(file, 'utf8')).toBe(future);
    expect(readdirSync(dir).filter((n) => n.includes('.newer-v7-'))).toHaveLength(2);
  } finally {
    cleanup();
  }
});

test('a valid file is read as is and not rewritten', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'settings.json');
    const stored = { ...DEFAULT_SETTINGS, language: 'pt-BR', lastBusinessId: '506914307656634' };
    const text = `${JSON.stringify(stored, undefined, '\t')}`;
    writeFileSync(file, text, { mode: 0o600 });
    const { settings, notice } = await openSettings({ cwd: dir });
    expect(notice).toBeUndefined();
    expect(settings.get()).toEqual(stored);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  } finally {
    cleanup();
  }
});
