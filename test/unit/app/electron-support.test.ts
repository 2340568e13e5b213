/**
 * security.md E11: the Electron we ship must be a supported major (the latest
 * three). The latest major is a pinned, hand-updated fact in
 * build/electron-support.json, because tests cannot ask the internet.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

test('the locked Electron is within the supported majors', () => {
  const support = read('build/electron-support.json') as { latestStableMajor: number; supportedMajors: number };
  const locked = (read('package-lock.json') as { packages: Record<string, { version?: string }> }).packages['node_modules/electron']?.version;
  expect(locked, 'electron is in package-lock.json').toMatch(/^\d+\.\d+\.\d+$/);
  const major = Number(locked?.split('.')[0]);
  const oldestSupported = support.latestStableMajor - support.supportedMajors + 1;
  expect(major, `Electron ${locked} is older than the oldest supported major ${oldestSupported}: upgrade one major at a time`).toBeGreaterThanOrEqual(oldestSupported);
});
