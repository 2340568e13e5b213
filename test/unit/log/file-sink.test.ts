import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileSink } from '../../../main/core/log/file-sink';

const withDir = (fn: (dir: string) => void): void => {
  const dir = mkdtempSync(join(tmpdir(), 'waba-log-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const size = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

test('the log file is created with mode 0600 and lines are appended', () => {
  withDir((dir) => {
    const path = join(dir, 'logs', 'app.log');
    const sink = createFileSink({ path });
    sink.write('first');
    sink.write('second\nline');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('first\nsecond line\n');
  });
});

test('an existing wider file is narrowed to 0600', () => {
  withDir((dir) => {
    const path = join(dir, 'app.log');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o644);
    createFileSink({ path }).write('new');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});

test('rotation keeps the file and its .1 under the cap, both 0600', () => {
  withDir((dir) => {
    const path = join(dir, 'app.log');
    const sink = createFileSink({ path, maxBytes: 4096 });
    for (let i = 0; i < 500; i += 1) sink.write(`line ${i} ${'x'.repeat(i % 90)}`);
    expect(size(path) + size(`${path}.1`)).toBeLessThanOrEqual(4096);
    expect(statSync(`${path}.1`).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('line 499');
  });
});

test('property: whatever is written, total size never exceeds the cap', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1024, max: 8192 }),
      fc.array(fc.string({ maxLength: 3000, unit: 'grapheme' }), { maxLength: 60 }),
      (cap, lines) => {
        withDir((dir) => {
          const path = join(dir, 'app.log');
          const sink = createFileSink({ path, maxBytes: cap });
          for (const line of lines) {
            sink.write(line);
            expect(size(path) + size(`${path}.1`)).toBeLessThanOrEqual(cap);
          }
        });
      },
    ),
    { numRuns: 60 },
  );
});
