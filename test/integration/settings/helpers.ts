import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh settings directory per test, removed afterwards. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waba-settings-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const modeOf = (path: string): number => statSync(path).mode & 0o777;

/** Every file in `dir` (not recursive) whose bytes contain `needle`. */
export const filesContaining = (dir: string, needle: string): string[] =>
  readdirSync(dir).filter((name) => readFileSync(join(dir, name)).includes(needle));

/** A token-shaped canary in the form Meta tokens take. */
export const CANARY = 'EAAGcanaryCANARY0aZ9bY8cX7dW6eV5fU4gT3hS2iR1jQ0kP';
