/** Provider profiles: the sample in build/ is valid; malformed or oversized ones are refused naming the field. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseProviderProfile } from '../../../main/core/handoff/profile';
import { PROFILE_MAX_BYTES } from '../../../shared/provider-profile';

const SAMPLE = readFileSync(new URL('../../../build/provider-profile.sample.json', import.meta.url), 'utf8');
const sample = (): Record<string, unknown> => JSON.parse(SAMPLE) as Record<string, unknown>;

test('the sample profile is valid, with the SHA-256 of its exact bytes', () => {
  const loaded = parseProviderProfile(SAMPLE);
  expect(loaded.ok && loaded.value.sha256).toBe(createHash('sha256').update(SAMPLE).digest('hex'));
  expect(loaded.ok && loaded.value.profile.tasks.map((t) => t.task)).toEqual(['MESSAGING', 'MANAGE_TEMPLATES', 'VIEW_COST']);
});

test('each malformed profile is refused naming the wrong field', () => {
  const cases: [string, (p: Record<string, unknown>) => unknown, string][] = [
    ['unknown task', (p) => ({ ...p, tasks: [{ task: 'FLY', why: 'x' }] }), 'profile.tasks.0.task'],
    ['a task twice', (p) => ({ ...p, tasks: [{ task: 'MESSAGING', why: 'a' }, { task: 'MESSAGING', why: 'b' }] }), 'profile.tasks'],
    ['app id not numeric', (p) => ({ ...p, appIds: ['12ab'] }), 'profile.appIds.0'],
    ['future version', (p) => ({ ...p, version: 2 }), 'profile.version'],
    ['no provider name', (p) => ({ ...p, provider: { support: { email: 'a@b.co' } } }), 'profile.provider.name'],
    ['no support contact', (p) => ({ ...p, provider: { name: 'X', support: {} } }), 'profile.provider.support'],
    ['plain-http support url', (p) => ({ ...p, provider: { name: 'X', support: { url: 'http://example.com' } } }), 'profile.provider.support.url'],
    ['unknown field', (p) => ({ ...p, extra: true }), 'profile.(root)'],
    ['bad language', (p) => ({ ...p, defaultLanguage: 'español!' }), 'profile.defaultLanguage'],
  ];
  for (const [name, change, field] of cases) {
    const refused = parseProviderProfile(JSON.stringify(change(sample())));
    expect(refused.ok, name).toBe(false);
    if (!refused.ok) {
      expect(refused.error.kind, name).toBe('bad-input');
      expect(refused.error.fields, name).toEqual([field]);
      expect(refused.error.message, name).toContain(field.replace(/^profile\./, ''));
    }
  }
  const notJson = parseProviderProfile('{"schema": ');
  expect(!notJson.ok && notJson.error.fields).toEqual(['profile']);
});

test('an oversized profile is refused before it is parsed', () => {
  const big = JSON.stringify({ ...sample(), padding: 'x'.repeat(PROFILE_MAX_BYTES) });
  const refused = parseProviderProfile(big);
  expect(refused.ok).toBe(false);
  if (!refused.ok) {
    expect(refused.error.fields).toEqual(['profile']);
    expect(refused.error.message).toContain(String(PROFILE_MAX_BYTES));
  }
});

test("the schema's complaint is said in the user's words, never zod's English: a mistyped task gets the closest one", () => {
  const typo = parseProviderProfile(JSON.stringify({ ...sample(), tasks: [{ task: 'MESAGING', why: 'x' }] }));
  expect(typo.ok).toBe(false);
  if (!typo.ok) {
    expect(typo.error.text).toMatchObject({ key: 'coreError.profile.notOneOfSuggest', params: { field: 'tasks.0.task', value: 'MESAGING', suggestion: 'MESSAGING' } });
    expect(typo.error.message).toContain('is "MESAGING", which is not one of MANAGE, DEVELOP');
    expect(typo.error.message).toContain('Did you mean MESSAGING?');
    expect(typo.error.message).not.toContain('Invalid option');
  }
  const kinds: [Record<string, unknown>, string][] = [
    [{ ...sample(), appIds: ['12ab'] }, 'coreError.profile.wrongFormat'],
    [{ ...sample(), appIds: 'x' }, 'coreError.profile.wrongType'],
    [{ ...sample(), appIds: [] }, 'coreError.profile.wrongSize'],
  ];
  for (const [profile, key] of kinds) {
    const refused = parseProviderProfile(JSON.stringify(profile));
    expect(!refused.ok && refused.error.text?.key, key).toBe(key);
    expect(!refused.ok && refused.error.message, key).not.toMatch(/Invalid|expected|must be/);
  }
});
