import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  MAX_CACHED_BUSINESSES,
  withCachedSystemUsers,
  type SettingsPatch,
} from '../../../main/core/settings/schema';
import { openSettings } from '../../../main/core/settings/settings';
import { CANARY, filesContaining, modeOf, tempDir } from './helpers';

/** update(): validated by zod, saved through conf with mode 0600, never holding a token (security.md S1, P1). */

test('valid changes are saved and read back after reopening', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const { settings } = await openSettings({ cwd: dir });
    const patch: SettingsPatch = {
      language: 'pt-BR',
      theme: 'dark',
      apiVersion: 'v25.0',
      graphBaseUrl: 'http://127.0.0.1:4010',
      proxy: { mode: 'url', url: 'http://proxy.corp.example:3128' },
      lastBusinessId: '506914307656634',
      cachedSystemUserIds: { '506914307656634': ['61550000000001'] },
      practiceMode: true,
    };
    const updated = settings.update(patch);
    expect(updated).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, ...patch } });
    expect(modeOf(settings.path)).toBe(0o600);
    const reopened = await openSettings({ cwd: dir });
    expect(reopened.notice).toBeUndefined();
    expect(reopened.settings.get()).toEqual({ ...DEFAULT_SETTINGS, ...patch });

    // A partial update changes only what it names; undefined means "not given".
    expect(reopened.settings.update({ theme: 'light', language: undefined }).ok).toBe(true);
    expect(reopened.settings.get()).toEqual({ ...DEFAULT_SETTINGS, ...patch, theme: 'light' });
    expect(reopened.settings.update({ lastBusinessId: null, graphBaseUrl: 'http://localhost:8080/graph' }).ok).toBe(true);
  } finally {
    cleanup();
  }
});

const rejected: [string, unknown, string[]][] = [
  ['an unknown key', { colour: 'blue' }, ['colour']],
  ['schemaVersion', { schemaVersion: 2 }, ['schemaVersion']],
  ['a language we do not ship', { language: 'fr' }, ['language']],
  ['a minor API version', { apiVersion: 'v26.1' }, ['apiVersion']],
  ['plain http to a remote host', { graphBaseUrl: 'http://graph.facebook.com' }, ['graphBaseUrl']],
  ['a URL with credentials', { graphBaseUrl: 'https://user:pw@graph.facebook.com' }, ['graphBaseUrl']],
  ['a URL with a query', { graphBaseUrl: 'https://graph.facebook.com/?debug=all' }, ['graphBaseUrl']],
  ['not a URL', { graphBaseUrl: 'graph.facebook.com' }, ['graphBaseUrl']],
  ['proxy mode url without a url', { proxy: { mode: 'url' } }, ['proxy.url']],
  ['a proxy password', { proxy: { mode: 'url', url: 'http://me:secret@proxy:3128' } }, ['proxy.url']],
  ['a socks proxy', { proxy: { mode: 'url', url: 'socks5://proxy:1080' } }, ['proxy.url']],
  ['a business id that is not numeric', { lastBusinessId: '12a' }, ['lastBusinessId']],
  ['a wrong type', { practiceMode: 'yes' }, ['practiceMode']],
  ['a cache keyed by a non-id', { cachedSystemUserIds: { abc: ['1'] } }, ['cachedSystemUserIds.abc']],
  ['two bad fields at once', { language: 'fr', theme: 'neon' }, ['language', 'theme']],
];

for (const [name, patch, fields] of rejected) {
  test(`update refuses ${name}, names the field, and writes nothing`, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const { settings } = await openSettings({ cwd: dir });
      const before = readFileSync(settings.path, 'utf8');
      const result = settings.update(patch);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('bad-input');
        expect(result.error.fields).toEqual(fields);
        expect(result.error.message).toMatch(/^Settings not changed: /);
        for (const field of fields) expect(result.error.message).toContain(field);
      }
      expect(settings.get()).toEqual(DEFAULT_SETTINGS);
      expect(readFileSync(settings.path, 'utf8')).toBe(before);
    } finally {
      cleanup();
    }
  });
}

test('non-objects are refused in plain words', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const { settings } = await openSettings({ cwd: dir });
    for (const patch of [null, 'en', 42, ['language']]) {
      const result = settings.update(patch);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toBe('Settings not changed: expected an object of settings.');
    }
  } finally {
    cleanup();
  }
});

test('a canary token is refused wherever it hides, and never echoed or written', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const { settings } = await openSettings({ cwd: dir });
    const attempts: [unknown, string][] = [
      [{ language: CANARY }, 'language'],
      [{ token: CANARY }, 'token'],
      [{ proxy: { mode: 'url', url: `https://proxy.example/${CANARY}` } }, 'proxy.url'],
      [{ graphBaseUrl: `https://graph.facebook.com/${CANARY}` }, 'graphBaseUrl'],
      [{ cachedSystemUserIds: { '123': [CANARY] } }, 'cachedSystemUserIds.123.0'],
      [{ cachedSystemUserIds: { [CANARY]: ['1'] } }, 'cachedSystemUserIds.[redacted key]'],
      [{ [CANARY]: true }, '[redacted key]'],
      [{ lastBusinessId: `Bearer ${CANARY.slice(0, 20)}` }, 'lastBusinessId'],
    ];
    for (const [patch, field] of attempts) {
      const result = settings.update(patch);
      expect(result.ok, JSON.stringify(field)).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('bad-input');
        expect(result.error.fields).toEqual([field]);
        expect(result.error.message).toContain('looks like an access token');
        expect(JSON.stringify(result.error)).not.toContain(CANARY.slice(0, 20));
      }
    }
    expect(filesContaining(dir, CANARY.slice(0, 20))).toEqual([]);
  } finally {
    cleanup();
  }
});

test('any valid patch round-trips through conf and its JSON Schema (property)', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const { settings } = await openSettings({ cwd: dir });
    const graphId = fc.stringMatching(/^[1-9][0-9]{0,19}$/);
    const patch = fc.record(
      {
        apiVersion: fc.integer({ min: 1, max: 999 }).map((n) => `v${n}.0`),
        graphBaseUrl: fc.constantFrom('https://graph.facebook.com', 'http://127.0.0.1:4010', 'https://gw.corp.example/graph', 'http://localhost'),
        language: fc.constantFrom('en' as const, 'es' as const, 'pt-BR' as const),
        theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
        proxy: fc.oneof(
          fc.constantFrom({ mode: 'system' as const }, { mode: 'none' as const }),
          fc.integer({ min: 1, max: 65535 }).map((port) => ({ mode: 'url' as const, url: `http://proxy.example:${port}` })),
        ),
        lastBusinessId: fc.option(graphId, { nil: null }),
        cachedSystemUserIds: fc.dictionary(graphId, fc.array(graphId, { maxLength: 5 }), { maxKeys: 4 }),
        practiceMode: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(patch, async (p) => {
        const before = settings.get();
        const result = settings.update(p);
        expect(result).toEqual({ ok: true, value: { ...before, ...p } });
        const reopened = await openSettings({ cwd: dir });
        expect(reopened.notice).toBeUndefined();
        expect(reopened.settings.get()).toEqual(settings.get());
      }),
      { numRuns: 40 },
    );
  } finally {
    cleanup();
  }
});

test('the system-user cache stays bounded: newest businesses kept, ids de-duplicated', () => {
  // Real business ids are 15+ digits, so JS keeps them in insertion order (small integer keys would sort).
  const biz = (n: number): string => `${506914307600000 + n}`;
  let cache: Record<string, readonly string[]> = {};
  for (let n = 1; n <= MAX_CACHED_BUSINESSES + 5; n += 1) cache = withCachedSystemUsers(cache, biz(n), ['7', '7', '8']);
  const keys = Object.keys(cache);
  expect(keys).toHaveLength(MAX_CACHED_BUSINESSES);
  expect(keys).not.toContain(biz(1));
  expect(keys).toContain(biz(MAX_CACHED_BUSINESSES + 5));
  expect(cache[biz(10)]).toEqual(['7', '8']);
  // Refreshing a business moves it to the newest end instead of duplicating it.
  cache = withCachedSystemUsers(cache, biz(10), ['9']);
  expect(Object.keys(cache)).toHaveLength(MAX_CACHED_BUSINESSES);
  expect(Object.keys(cache).at(-1)).toBe(biz(10));
  expect(cache[biz(10)]).toEqual(['9']);
});
