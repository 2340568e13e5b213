import { expect, test } from '@playwright/test';
import { createSecretRegistry } from '../../../main/core/log/secrets';

test('registry lists secrets longest first and forgets them on release', () => {
  const registry = createSecretRegistry();
  const releaseA = registry.register('aaaaaaaaaa');
  const releaseB = registry.register('bbbbbbbbbbbbbbbb');
  expect(registry.list()).toEqual(['bbbbbbbbbbbbbbbb', 'aaaaaaaaaa']);
  releaseB();
  releaseB();
  expect(registry.list()).toEqual(['aaaaaaaaaa']);
  releaseA();
  expect(registry.list()).toEqual([]);
});

test('a secret registered twice stays until both holders release it', () => {
  const registry = createSecretRegistry();
  const one = registry.register('same-secret-value');
  const two = registry.register('same-secret-value');
  one();
  expect(registry.list()).toEqual(['same-secret-value']);
  two();
  expect(registry.list()).toEqual([]);
});

test('values too short to be tokens are ignored', () => {
  const registry = createSecretRegistry();
  registry.register('abc');
  registry.register('');
  expect(registry.list()).toEqual([]);
});
