#!/usr/bin/env node
/**
 * `npm start`: builds, then launches the app with Electron. The electron
 * package downloads its binary on first use, which needs internet. Where no
 * binary exists and none can be fetched (our development machines), it says
 * so plainly and runs the practice server instead, so the command still does
 * something useful: the wizard's back end can be tried with `waba-access`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keychainProblem, practiceHint } from './start-hint.mjs';

const root = new URL('..', import.meta.url).pathname;
const electronPkg = join(root, 'node_modules', 'electron');

function electronBinary() {
  if (process.env.ELECTRON_PATH) return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null;
  const pathTxt = join(electronPkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(electronPkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const built = spawnSync(process.execPath, [join(root, 'build/bundle.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

if (!electronBinary()) {
  // The electron package fetches its binary when first required; keep its
  // stack trace out of the way and explain the outcome ourselves.
  console.log('Fetching the Electron runtime (first start only, about 100 MB)...');
  spawnSync(process.execPath, ['-e', "require('electron')"], { cwd: root, stdio: 'ignore' });
}
const binary = electronBinary();
if (binary) {
  const launched = spawnSync(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(launched.status ?? 0);
}

console.log(`
The Electron runtime is not installed and could not be downloaded (no internet
access to its release host). The desktop window needs it; on a machine with
internet, \`npm start\` downloads it once (about 100 MB) and opens the app.

Starting the practice server instead: a local stand-in for Meta's Graph API.
${practiceHint('http://127.0.0.1:8765', keychainProblem())}
Press Ctrl+C to stop.
`);
const practice = spawnSync(process.execPath, [join(root, 'out/cli/waba-access.js'), 'practice', '--port', '8765'], { stdio: 'inherit' });
process.exit(practice.status ?? 0);
