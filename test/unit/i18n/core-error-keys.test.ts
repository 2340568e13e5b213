/**
 * Every error the core can hand to a person is said through a shared/i18n key
 * (main/core/said-error.ts), so `--lang`/`WABA_LANG` and the wizard show it in
 * the user's language (issue 8; issue 12 left about 60 English-only). This
 * reads the sources: in main/core only said-error.ts may call appError(), and
 * the command line never builds an AppError from an English literal (its
 * words come from TEXT / the *-cli tables). A `throw new Error` in main/core
 * is a programming error that the CLI reports as "crashed" (never its text);
 * each one is listed here with why, so a new one is a decision, not a slip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { resources, translate } from '../../../shared/i18n';
import { LANGUAGES } from '../../../shared/languages';

const ROOT = new URL('../../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Each call site as "file:line  text" for a readable failure. */
function sites(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${relative('.', file)}:${index + 1}  ${line.trim()}`] : [])),
  );
}

/** Programming errors in main/core: thrown, never shown (the CLI prints cli.crashed, the wizard its kind). */
const INVARIANTS: Readonly<Record<string, number>> = {
  'main/core/settings/settings.ts': 1, // openSettings given a relative folder: createCore checks the data dir first
  'main/core/settings/store-backend.ts': 1, // the same check, for conf's own folder
  'main/core/settings/migrate.ts': 1, // a settings version with no migration step: a build without its migration
  'main/core/onboarding/session.ts': 1, // deps() after close()
  'main/core/onboarding/practice-mode.ts': 1, // a core built without a practice server starter (the edges inject one)
  'main/core/vault/keytar-store.ts': 1, // keytar did not load: caught by the vault, which reports keychain-unavailable
};

test('main/core makes its AppErrors with saidError only (a shared/i18n key and values)', () => {
  const core = sources('main/core').filter((file) => !file.endsWith('said-error.ts'));
  expect(core.length).toBeGreaterThan(50);
  expect(sites(core, /\bappError\(/)).toEqual([]);
});

test('the command line never makes an AppError from an English literal', () => {
  const cli = sources('main/cli');
  // A quoted sentence, or a template whose text (outside its ${…} values) starts with a word.
  expect(sites(cli, /\b(?:appError\(\s*'[\w-]+',|inputWithFix\()\s*(['"][A-Za-z]|`(?:\$\{[^}]*\}[\s.:;,()-]*)*[A-Za-z])/)).toEqual([]);
});

test('each throw new Error in main/core is a listed programming error', () => {
  const core = sources('main/core');
  const found: Record<string, number> = {};
  for (const site of sites(core, /\bnew Error\(/)) {
    const file = site.slice(0, site.indexOf(':'));
    found[file] = (found[file] ?? 0) + 1;
  }
  expect(found).toEqual(INVARIANTS);
});

test('every core error text is written out in each of the eight languages, placeholders intact', () => {
  // coreError.* and file.* (a file given by path that cannot be used: shared/file-error.ts).
  const keys = Object.keys(resources.en).filter((key) => key.startsWith('coreError.') || key.startsWith('file.'));
  expect(keys.length).toBeGreaterThan(150);
  const holes = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
  for (const { code } of LANGUAGES) {
    const table = resources[code] as Readonly<Record<string, string>>;
    for (const key of keys) {
      expect(table[key], `${code} ${key}`).toBeTruthy();
      expect(holes(table[key] ?? ''), `${code} ${key}`).toEqual(holes(translate('en', key)));
    }
  }
});
