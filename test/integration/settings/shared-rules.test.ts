/**
 * The settings rules the renderer's form shares with main's schema
 * (shared/settings-rules.ts): the form refuses exactly what main refuses.
 */
import { expect, test } from '@playwright/test';
import { API_VERSION_PATTERN, proxyUrlProblem } from '../../../shared/settings-rules';
import { settingsPatchSchema } from '../../../main/core/settings/schema';

const parse = (text: string) => new URL(text);

test('proxy URLs with credentials, a query or a fragment are refused by the shared rule and by main', () => {
  for (const url of ['http://user:pw@proxy.example.com:8080', 'http://proxy.example.com:8080/?a=b', 'http://proxy.example.com:8080/#x', 'ftp://proxy.example.com', 'proxy.example.com']) {
    expect(proxyUrlProblem(url, parse), url).toBeDefined();
    expect(settingsPatchSchema.safeParse({ proxy: { mode: 'url', url } }).success, url).toBe(false);
  }
  for (const url of ['http://proxy.example.com:8080', 'https://127.0.0.1:3128']) {
    expect(proxyUrlProblem(url, parse), url).toBeUndefined();
    expect(settingsPatchSchema.safeParse({ proxy: { mode: 'url', url } }).success, url).toBe(true);
  }
});

test('the API version pattern accepts v26.0 and refuses other shapes', () => {
  expect(API_VERSION_PATTERN.test('v26.0')).toBe(true);
  for (const bad of ['26.0', 'v26', 'v26.1', 'v1234.0']) expect(API_VERSION_PATTERN.test(bad), bad).toBe(false);
});
