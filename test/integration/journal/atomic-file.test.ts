import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { removeStaleTemps, writeFileAtomic, writeJsonAtomic } from '../../../main/core/journal/atomic-file';

/** atomic-file.ts on real files; the kill test is in crash.test.ts. */

function temp(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waba-atomic-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test('writes and replaces a file, private by default, leaving no temp file', async () => {
  const { dir, cleanup } = temp();
  try {
    const path = join(dir, 'data.json');
    await writeJsonAtomic(path, { a: 1, text: 'ü 令牌' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ a: 1, text: 'ü 令牌' });
    expect(statSync(path).mode & 0o777).toBe(0o600);

    writeFileSync(path, 'old', { mode: 0o644 });
    await writeFileAtomic(path, new Uint8Array([104, 105]));
    expect(readFileSync(path, 'utf8')).toBe('hi');
    // The new file's mode is exact, not inherited from the old one or narrowed by umask.
    expect(statSync(path).mode & 0o777).toBe(0o600);
    await writeFileAtomic(path, 'shared', { mode: 0o644 });
    expect(statSync(path).mode & 0o777).toBe(0o644);
    expect(readdirSync(dir)).toEqual(['data.json']);
  } finally {
    cleanup();
  }
});

test('a failed write rejects, leaves the old content and no temp file', async () => {
  const { dir, cleanup } = temp();
  try {
    const path = join(dir, 'data.json');
    await writeJsonAtomic(path, { version: 1 });
    // Renaming a file over a non-empty directory fails after the temp file was written.
    const blocked = join(dir, 'blocked');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    await expect(writeFileAtomic(join(dir, 'missing-dir', 'f'), 'x')).rejects.toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1 });
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'data.json']);
  } finally {
    cleanup();
  }
});

test('removeStaleTemps removes only the temp files of its target', async () => {
  const { dir, cleanup } = temp();
  try {
    const path = join(dir, 'journal.jsonl');
    writeFileSync(path, 'keep');
    writeFileSync(`${path}.tmp-123-abc`, 'partial');
    writeFileSync(`${path}.tmp-456-def`, '');
    writeFileSync(join(dir, 'other.json.tmp-1-a'), 'not ours');
    writeFileSync(join(dir, 'journal.jsonl.bak'), 'not a temp');
    expect(await removeStaleTemps(path)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['journal.jsonl', 'journal.jsonl.bak', 'other.json.tmp-1-a']);
    expect(readFileSync(path, 'utf8')).toBe('keep');
    expect(await removeStaleTemps(join(dir, 'missing', 'x'))).toBe(0);
  } finally {
    cleanup();
  }
});
