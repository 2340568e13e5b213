/**
 * Only the chosen language is loaded (issue 12): English is in the main
 * bundle, each other language is a chunk of its own, fetched when the user's
 * language is chosen and never before; the main bundle holds no other
 * language's texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { LANGUAGES, resources } from '../../shared/i18n';
import { test, expect, unexpectedConsole } from './support/fixtures';
import { speak } from './support/language';

const assets = new URL('../../out/renderer/assets/', import.meta.url).pathname;

/** The renderer's script files the page fetched, by file name. */
function scriptsFetched(page: import('@playwright/test').Page): string[] {
  const seen: string[] = [];
  page.on('requestfinished', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.js')) seen.push(name);
  });
  return seen;
}

const chunkOf = (code: string) => new RegExp(`^${code}-[\\w-]+\\.js$`);

test('the main bundle holds English only; every other language is its own chunk', () => {
  const files = readdirSync(assets);
  const main = files.filter((name) => /^index-[\w-]+\.js$/.test(name));
  expect(main).toHaveLength(1);
  const bundle = readFileSync(`${assets}${main[0]}`, 'utf8');
  expect(bundle).toContain(resources.en['ui.welcome.live']);
  for (const { code } of LANGUAGES.filter((language) => language.code !== 'en')) {
    expect(bundle, code).not.toContain(resources[code]['ui.welcome.live']);
    const chunk = files.filter((name) => chunkOf(code).test(name)).map((name) => readFileSync(`${assets}${name}`, 'utf8')).join('\n');
    expect(chunk, code).toContain(JSON.stringify(resources[code]['ui.welcome.live']).slice(1, -1));
  }
});

test('English loads no language chunk; Hindi loads its own and no other', async ({ wizard, harness }) => {
  const { page } = wizard;
  const fetched = scriptsFetched(page);
  await page.reload();
  await wizard.expectStep('welcome');
  const others = LANGUAGES.filter((language) => language.code !== 'en');
  expect(fetched.filter((name) => others.some(({ code }) => chunkOf(code).test(name)))).toEqual([]);

  fetched.length = 0;
  await speak(wizard, harness, 'hi');
  await expect(wizard.button('ui.welcome.live')).toBeVisible();
  const languageChunks = fetched.filter((name) => others.some(({ code }) => chunkOf(code).test(name)));
  expect(languageChunks.length).toBeGreaterThan(0);
  expect(languageChunks.every((name) => chunkOf('hi').test(name)), languageChunks.join(', ')).toBe(true);
  expect(unexpectedConsole(harness)).toEqual([]);
});
