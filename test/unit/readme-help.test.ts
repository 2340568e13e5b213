/**
 * README documents every command and flag that `waba-access --help` shows
 * (issue 8.15): the top-level usage and each command's help are read, and each
 * command name and each --flag must appear in README.md.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { COMMANDS } from '../../main/cli/args';
import { enCliHelp } from '../../shared/i18n/en-cli-help';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const HELP = Object.values(enCliHelp).join('\n');

test('README names every command --help shows', () => {
  const missing = COMMANDS.filter((command) => !README.includes(`waba-access.js ${command}`) && !README.includes(`\`${command}`));
  expect(missing).toEqual([]);
});

test('README names every flag --help shows', () => {
  const flags = [...new Set(HELP.match(/--[a-z][a-z-]*/g) ?? [])];
  expect(flags.length).toBeGreaterThan(10);
  expect(flags.filter((flag) => !README.includes(flag))).toEqual([]);
});

test('README says where data and receipts live and that assign is additive', () => {
  for (const words of ['receipts', '--data-dir', 'WABA_DATA_DIR', '--exact', 'added to what']) expect(README, words).toContain(words);
});

test('bulk --help and README agree on how changes are sent: batches of up to 25, --concurrency counts batches', () => {
  const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
  const help = oneLine(enCliHelp['cli.help.bulk']);
  const readme = oneLine(README);
  expect(help).not.toContain('one by one');
  expect(help).toContain('batches of up to 25 rows');
  expect(help).toContain('how many batches travel side by side');
  expect(readme).toContain('25 rows to a batch request');
  expect(readme).toContain('how many such batches travel side by side');
});
