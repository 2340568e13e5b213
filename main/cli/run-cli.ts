/**
 * The `waba-access` command proper (bundled to out/cli/run-cli.js, started by
 * the launcher out/cli/waba-access.js): binds main() to the real process.
 */
import { main } from './main';
import { openTerminal } from './terminal';

const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

// stdin and stderr are opened only when used: `--help` pays for stdout alone (issue 11).
const code = await main(process.argv.slice(2), {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  terminal: openTerminal,
  stopSignal,
});
process.exitCode = code;
// Keep-alive sockets or a stalled stdin must not hold the process open after the answer.
setTimeout(() => process.exit(code), 200).unref();
