/**
 * The command's contact with the outside: standard streams, the
 * environment, and the two ways it reads from a person (a hidden token
 * prompt and a y/N question). Injected, so tests and the entry file share
 * the same code path.
 */
import type { Readable, Writable } from 'node:stream';
import { cliText } from './texts';

export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Resolves when the user asks to stop (SIGINT/SIGTERM); for long-running commands. */
  readonly stopSignal: () => Promise<string>;
}

/** Hard bound on what is read from stdin: a token is a few hundred characters. */
const MAX_STDIN = 64 * 1024;

export const isInteractive = (io: CliIo): boolean => io.stdin.isTTY === true;

/** Reads all of standard input (piped), bounded. */
export async function readAll(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_STDIN) break;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, MAX_STDIN);
}

/** Reads one line from a terminal; with `hidden`, typed characters are not echoed. */
export function readLine(io: CliIo, prompt: string, hidden = false): Promise<string> {
  io.stderr.write(prompt);
  const input = io.stdin;
  const raw = hidden && typeof input.setRawMode === 'function';
  if (raw) input.setRawMode?.(true);
  return new Promise((resolve) => {
    let text = '';
    const finish = (): void => {
      input.off('data', onData);
      input.off('end', finish);
      if (raw) input.setRawMode?.(false);
      input.pause();
      if (hidden) io.stderr.write('\n');
      resolve(text);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n') return finish();
        // Ctrl+C or Ctrl+D while reading: give up with what we have (callers treat empty as "no").
        if (char === '\u0003' || char === '\u0004') {
          text = '';
          return finish();
        }
        if (char === '\u007f' || char === '\b') text = text.slice(0, -1);
        else text += char;
      }
    };
    input.on('data', onData);
    input.once('end', finish);
    input.resume();
  });
}

/**
 * Asks a y/N question on the terminal; y/yes, or the run's language's own
 * word for yes ("s", "sí", "да", "نعم": cli.yesWords), is yes; anything else is no.
 */
export async function confirm(io: CliIo, question: string): Promise<boolean> {
  const answer = (await readLine(io, question)).trim().toLocaleLowerCase();
  const yes = ['y', 'yes', ...cliText('cli.yesWords').split(',').map((word) => word.trim().toLocaleLowerCase())];
  return answer !== '' && yes.includes(answer);
}
