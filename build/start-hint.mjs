/**
 * What `npm start` prints when it runs the practice server instead of the
 * window (build/start.mjs): the first commands to try, as they work on this
 * machine. Without a usable keychain a token cannot be stored, so they pass
 * the practice token with --token-stdin; with one, `token set` stores it.
 * Either way they name the practice token to use (admin-never, printed by the
 * practice server below the hint).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Why the OS keychain cannot be used here ('no-dbus', 'no-secret-service', ...), or null when it can: asked of the CLI itself. */
export function keychainProblem(env = process.env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-start-'));
  try {
    const run = spawnSync(process.execPath, [join(root, 'out/cli/waba-access.js'), 'token', 'status', '--json', '--data-dir', dataDir], { encoding: 'utf8', env });
    const last = run.stdout.trim().split('\n').at(-1) ?? '';
    const status = last.startsWith('{') ? JSON.parse(last) : {};
    return typeof status.keychainProblem === 'string' ? status.keychainProblem : null;
  } catch {
    return null;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The keychain problem the CLI reports, in words (its code is for scripts, not for people). */
const WHY = {
  'no-dbus': 'no D-Bus session is running',
  'no-secret-service': 'no password store service (Secret Service) is running',
  'keyring-locked': 'the password store is locked',
  'keychain-error': 'the password store answered with an error',
};

/** The lines to try from another terminal against the practice server at `url`. */
export function practiceHint(url, problem) {
  const cli = `node out/cli/waba-access.js --graph-url ${url}`;
  const token = 'Copy the token labelled admin-never (an admin system user\'s, never expires; the practice\nserver prints it below) into practice-token.txt, then from another terminal:';
  if (problem !== null) {
    return `This machine has no usable system keychain (${WHY[problem] ?? problem}), so a token cannot be stored:
give it for each run with --token-stdin.
${token}
  ${cli} --token-stdin inspect < practice-token.txt
  ${cli} --token-stdin wabas --business 506914307656634 < practice-token.txt`;
  }
  return `${token}
  ${cli} token set < practice-token.txt
  ${cli} inspect`;
}
