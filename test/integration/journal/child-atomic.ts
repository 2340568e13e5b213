/**
 * Child process for the atomic-write crash test: rewrites one JSON file in a
 * loop until killed. Every version is self-checking (its filler length is
 * derived from its counter), so a torn or mixed file is detectable.
 */
import { writeJsonAtomic } from '../../../main/core/journal/atomic-file';

const [path = ''] = process.argv.slice(2);
for (let n = 0; ; n += 1) {
  await writeJsonAtomic(path, { n, filler: 'x'.repeat(1000 + ((n * 7919) % 50_000)) });
  process.stdout.write(`wrote ${n}\n`);
}
