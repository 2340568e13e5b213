/**
 * The `waba-access` command proper (bundled to out/cli/run-cli.js, started by
 * the launcher out/cli/waba-access.js): binds main() to the real process.
 */
import { main } from './main';
import { openTerminal } from './terminal';

/**
 * A reader that went away (`waba-access practice | head`): writing to it fails with EPIPE. As with
 * Unix tools this ends the run quietly, never with a stack trace: later writes are dropped, and a
 * long-running command (practice, bulk) stops as on Ctrl+C, so a bulk run still saves its receipt.
 */
let readerGone = false;
const goneWaiters: Array<() => void> = [];
const onStreamError = (error: NodeJS.ErrnoException): void => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  if (readerGone) return;
  readerGone = true;
  for (const wake of goneWaiters.splice(0)) wake();
};
process.stdout.on('error', onStreamError);

const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    if (readerGone) resolve('EPIPE');
    else goneWaiters.push(() => resolve('EPIPE'));
  });

// stdin and stderr are opened only when used: `--help` pays for stdout alone (issue 11).
const code = await main(process.argv.slice(2), {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', onStreamError);
    return process.stderr;
  },
  env: process.env,
  terminal: openTerminal,
  stopSignal,
});
process.exitCode = code;
// Keep-alive sockets or a stalled stdin must not hold the process open after the answer.
setTimeout(() => process.exit(code), 200).unref();
