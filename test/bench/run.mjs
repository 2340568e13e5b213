#!/usr/bin/env node
/**
 * Runs the benchmarks (`npm run bench`): each test/bench/*.bench.ts is bundled
 * with esbuild and run under plain Node. Benchmarks print figures and ratios
 * measured in one run; they are never part of `npm test` (times on our
 * machines are noisy, so no test asserts on time).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
const only = process.argv[2];
const dir = mkdtempSync(join(root, 'node_modules', '.cache-bench-'));
try {
  const benches = readdirSync(join(root, 'test/bench')).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)));
  for (const file of benches) {
    const outfile = join(dir, file.replace(/\.ts$/, '.mjs'));
    await build({
      absWorkingDir: root,
      entryPoints: [join('test/bench', file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
    console.log(`\n# ${file}`);
    const run = spawnSync(process.execPath, [outfile], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
