/**
 * The controlling terminal (/dev/tty), for a question asked while standard
 * input is a pipe: `waba-access assign ... --token-stdin < token.txt` typed by
 * a person still has a terminal to answer on. None in CI, cron or Windows.
 */
import type { CliIo } from './io';

export function openTerminal(): CliIo['stdin'] | undefined {
  if (process.platform === 'win32') return undefined;
  // Loaded only here: --help must not pay for it (issue 11).
  const { openSync } = process.getBuiltinModule('node:fs');
  const { ReadStream } = process.getBuiltinModule('node:tty');
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    // ENXIO / ENOENT: no controlling terminal, so nobody to ask.
    return undefined;
  }
}
