#!/usr/bin/env node
/**
 * The one test command (`npm test`): type-check, lint, build, then every
 * Playwright project inside a private keyring session. Ends with the plain
 * line "N passed, N failed, N skipped" that CI reads; each gate (typecheck,
 * lint, build) counts as one test. Extra arguments go to Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const extra = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function gate(name, command, args) {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  // npx is npx.cmd on Windows, which Node runs only through a shell.
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`== ${name} FAILED (exit ${run.status ?? run.signal})\n`);
  }
  return run.status === 0;
}

mkdirSync(`${root}/reports`, { recursive: true });
gate('typecheck', 'node', ['build/typecheck.mjs']);
gate('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
const built = gate('build', 'node', ['build/bundle.mjs']);

const report = `${root}/reports/playwright.json`;
rmSync(report, { force: true });
if (built) {
  process.stdout.write('\n== playwright (inside a private keyring session)\n');
  const run = spawnSync('bash', ['test/support/with-keyring.sh', 'npx', 'playwright', 'test', ...extra], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
    // A crash of the runner itself (not a test failure) still fails the run.
    if (run.status !== 0 && stats.unexpected === 0) failed += 1;
  } else {
    process.stdout.write(`== playwright wrote no report (exit ${run.status ?? run.signal})\n`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
