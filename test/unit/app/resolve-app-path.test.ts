import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { containedSegments, INDEX_FILE, isInside, resolveAppPath } from '../../../main/app/resolve-app-path';

/**
 * A real renderer folder with files, a sub folder, and symlinks that point
 * inside and outside of it; a secret sits next to the root, outside.
 */
function makeTree(): { base: string; root: string; secret: string; cleanup: () => void } {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'app-path-')));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'font file.woff2'), 'x');
  const secret = path.join(base, 'secret.txt');
  writeFileSync(secret, 'TOP SECRET');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.js'), 'evil');
  symlinkSync(secret, path.join(root, 'leak.txt'));
  symlinkSync(base, path.join(root, 'up'));
  symlinkSync('/etc', path.join(root, 'etc'));
  symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
  return { base, root, secret, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Ways to spell "go up one folder" or "start from elsewhere". */
const hostile = fc.constantFrom(
  '..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '.', '%2e', '..%2f', '..%2F', '..%5c', '..%5C', '%2f', '%5C',
  '..\\', '\\', '\\\\server\\share', '//server/share', 'C:', 'c:%5cwindows', 'C:\\Windows', 'file:', '%00', '\u0000',
  'index.html%00.js', '%252e%252e', '..;', '...', 'a/../..', 'assets/../../secret.txt', '%c0%ae%c0%ae', '\u2025',
);
const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}(\.[a-z]{1,4})?$/);

test.describe('containedSegments (pure)', () => {
  test('normal paths become segments; "/" is the index', () => {
    expect(containedSegments('/')).toEqual([INDEX_FILE]);
    expect(containedSegments('')).toBeNull();
    expect(containedSegments('/index.html')).toEqual(['index.html']);
    expect(containedSegments('/assets/app.js')).toEqual(['assets', 'app.js']);
    expect(containedSegments('/assets/font%20file.woff2')).toEqual(['assets', 'font file.woff2']);
  });

  test('traversal, encoded separators, absolute, UNC, drive and NUL paths are refused', () => {
    for (const raw of [
      '/../secret.txt', '/..', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/.%2e/x',
      '/..%2fsecret.txt', '/..%2Fsecret.txt', '/..%5csecret.txt', '/assets%2fapp.js', '/assets%5Capp.js',
      '//server/share/x', '/\\\\server\\share\\x', '/C:/Windows/win.ini', '/c:%5cwindows', '/C:', 'C:/x', '\\x',
      '/etc/passwd%00.html', '/index.html%00', '/a\u0000b', '/./index.html', '/assets/', '/assets//app.js',
      '/%', '/%E0%A4%A', '/file.js::$DATA', '/index.html.', '/index.html ', 'relative/x', `/${'a/'.repeat(600)}x`,
    ]) {
      expect(containedSegments(raw), raw).toBeNull();
    }
  });

  test('property: a path with any hostile part is refused or stays made of plain names', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(name, hostile), { minLength: 1, maxLength: 6 }), (parts) => {
        const segments = containedSegments(`/${parts.join('/')}`);
        if (segments === null) return true;
        return segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\/:\u0000]/.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: arbitrary strings never yield a segment that can climb or jump', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const segments = containedSegments(raw);
        if (segments === null) return true;
        const joined = path.posix.join('/root', ...segments);
        return isInside('/root', joined) && segments.every((s) => !/[\\/:\u0000]/.test(s) && s !== '..');
      }),
      { numRuns: 3000 },
    );
  });
});

test.describe('resolveAppPath (real files, real symlinks)', () => {
  test('serves files inside the root, refuses folders and missing files', async () => {
    const tree = makeTree();
    try {
      expect(await resolveAppPath(tree.root, '/')).toBe(path.join(tree.root, 'index.html'));
      expect(await resolveAppPath(tree.root, '/assets/app.js')).toBe(path.join(tree.root, 'assets', 'app.js'));
      expect(await resolveAppPath(tree.root, '/assets/font%20file.woff2')).toBe(path.join(tree.root, 'assets', 'font file.woff2'));
      // A symlink that stays inside resolves to its real target.
      expect(await resolveAppPath(tree.root, '/alias.js')).toBe(path.join(tree.root, 'assets', 'app.js'));
      expect(await resolveAppPath(tree.root, '/assets')).toBeNull();
      expect(await resolveAppPath(tree.root, '/nope.js')).toBeNull();
    } finally {
      tree.cleanup();
    }
  });

  test('symlinks pointing outside the root are refused', async () => {
    const tree = makeTree();
    try {
      expect(await resolveAppPath(tree.root, '/leak.txt')).toBeNull();
      expect(await resolveAppPath(tree.root, '/up/secret.txt')).toBeNull();
      expect(await resolveAppPath(tree.root, '/etc/passwd')).toBeNull();
      // A sibling whose name starts with the root's name is still outside.
      expect(await resolveAppPath(tree.root, '/../renderer-evil/x.js')).toBeNull();
    } finally {
      tree.cleanup();
    }
  });

  test('the root itself may be reached through a symlink', async () => {
    const tree = makeTree();
    try {
      const link = path.join(tree.base, 'root-link');
      symlinkSync(tree.root, link);
      expect(await resolveAppPath(link, '/assets/app.js')).toBe(path.join(tree.root, 'assets', 'app.js'));
      expect(await resolveAppPath(link, '/leak.txt')).toBeNull();
    } finally {
      tree.cleanup();
    }
  });

  test('property: whatever the path, the result is null or a real file inside the real root', async () => {
    const tree = makeTree();
    try {
      const paths = fc.sample(
        fc.array(fc.oneof(name, hostile, fc.constantFrom('assets', 'app.js', 'index.html', 'leak.txt', 'up', 'etc', 'alias.js', 'secret.txt', 'passwd')), { minLength: 1, maxLength: 5 }),
        { numRuns: 800, seed: 42 },
      );
      for (const parts of paths) {
        const raw = `/${parts.join('/')}`;
        const resolved = await resolveAppPath(tree.root, raw);
        if (resolved !== null) {
          expect(isInside(tree.root, resolved), raw).toBe(true);
          expect(resolved).not.toBe(tree.secret);
        }
      }
    } finally {
      tree.cleanup();
    }
  });
});

test('isInside compares whole path segments', () => {
  expect(isInside('/a/root', '/a/root')).toBe(true);
  expect(isInside('/a/root', '/a/root/x/y')).toBe(true);
  expect(isInside('/a/root', '/a/root-evil/x')).toBe(false);
  expect(isInside('/a/root', '/a')).toBe(false);
  expect(isInside('/a/root', '/a/root/../x')).toBe(false);
  expect(isInside('/a/root', '/a/root/..foo')).toBe(true);
});
