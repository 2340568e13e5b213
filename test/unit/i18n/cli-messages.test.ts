/**
 * The command line's texts (shared/i18n/*-cli*.ts, issue 12.6): every language
 * has exactly the English keys, the same placeholders, the same commands,
 * flags and IDs, and no English sentence left untranslated.
 */
import { expect, test } from '@playwright/test';
import { CLI_LOADERS, type CliLanguage, type CliMessages } from '../../../shared/i18n/cli';
import { enCli } from '../../../shared/i18n/en-cli';
import { LANGUAGES } from '../../../shared/i18n';
import { COMMANDS } from '../../../main/cli/args';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
/** What a translation must carry over unchanged: flags, commands after "waba-access", env variables, long IDs. */
const LITERAL = new RegExp(`--[a-z][a-z-]*|waba-access (?:${COMMANDS.join('|')})\\b|\\bWABA_[A-Z_]+|\\b\\d{9,}\\b`, 'g');
const literals = (text: string): string[] => [...new Set([...text.matchAll(LITERAL)].map((m) => m[0]))].sort();

/** Texts that may equal English: symbols, codes and names that every language writes the same. */
const SAME_AS_ENGLISH = new Set<string>(['cli.bulk.notVerified']);
const MAX_SAME_WORDS = 2;

const others = LANGUAGES.map((language) => language.code).filter((code): code is Exclude<CliLanguage, 'en'> => code !== 'en');

async function load(code: CliLanguage): Promise<Readonly<Record<string, string>>> {
  const messages: CliMessages = await CLI_LOADERS[code]();
  return messages;
}

test('every language has exactly the English command-line keys', async () => {
  const english = Object.keys(enCli).sort();
  expect(english.length).toBeGreaterThan(200);
  for (const code of others) expect(Object.keys(await load(code)).sort(), code).toEqual(english);
});

test('command-line translations keep the placeholders, commands, flags and IDs, and leave no English sentence', async () => {
  for (const code of others) {
    const messages = await load(code);
    for (const [key, english] of Object.entries(enCli)) {
      const text = messages[key] ?? '';
      expect(placeholders(text), `${code} ${key}`).toEqual(placeholders(english));
      expect(literals(text), `${code} ${key}`).toEqual(literals(english));
      if (text !== english) continue;
      const words = english.replace(/\{\{[^}]+\}\}/g, '').split(/\s+/).filter((word) => /[a-z]{2}/i.test(word));
      expect(SAME_AS_ENGLISH.has(key) || words.length <= MAX_SAME_WORDS, `${code} ${key} looks untranslated`).toBe(true);
    }
  }
});

/**
 * The numbers a help text states (exit codes, limits, defaults) as a sorted list, repeats kept: a
 * translation that drops a sentence such as "answering no ... exits 1" loses one of them.
 */
const numbers = (text: string): string[] => [...text.matchAll(/(?<![\w.-])\d{1,4}(?!\w|\.\d)/g)].map((m) => m[0]).sort();

test('help texts state the same numbers in every language (exit codes, limits, defaults)', async () => {
  const help = Object.entries(enCli).filter(([key]) => key === 'cli.usage' || key.startsWith('cli.help.'));
  expect(help.length).toBeGreaterThan(10);
  for (const code of others) {
    const messages = await load(code);
    for (const [key, english] of help) expect(numbers(messages[key] ?? ''), `${code} ${key}`).toEqual(numbers(english));
  }
});

test('each language loads on its own: English is not bundled into another language', async () => {
  for (const code of others) expect((await load(code))['cli.usage'], code).not.toBe(enCli['cli.usage']);
  expect(await CLI_LOADERS.en()).toBe(enCli);
});
