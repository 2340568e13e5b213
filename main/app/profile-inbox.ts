/**
 * Provider profiles that arrive while the app runs (issue 9.3): a second
 * launch with a `.json` file or `--provider-profile` (Windows, Linux: the
 * 'second-instance' event carries its argv and working directory), and
 * macOS's 'open-file' (a file dropped on the Dock icon or opened with the
 * app, which macOS may send before the app is ready). Plain Node, so the
 * decisions are tested without Electron; main.ts only forwards the events.
 */
import path from 'node:path';
import { profilePathFromArgv } from './launch-profile';

/** The profile a second launch names, as an absolute path (its relative path is from that launch's folder), or null. */
export function profilePathFromSecondInstance(argv: readonly string[], workingDirectory: string): string | null {
  const named = profilePathFromArgv(argv);
  return named === null ? null : path.resolve(workingDirectory, named);
}

/** macOS hands any file opened with the app to 'open-file': only a `.json` file can be a profile. */
export const isProfilePath = (file: string): boolean => path.isAbsolute(file) && file.toLowerCase().endsWith('.json');

export interface ProfileInbox {
  /** A path from any source: held until the core is ready, then loaded (loads never overlap; the latest wins). */
  offer(file: string | null): void;
  /** The core is wired: load what arrived before, and everything after at once. */
  open(): Promise<void>;
  /** Resolves when every offered path has been loaded (tests and shutdown). */
  settled(): Promise<void>;
}

/**
 * Orders the loads: before `open()` only the latest path is kept (the user's
 * last choice is the one that counts); after it, each path is loaded in turn,
 * so two quick opens cannot finish in the wrong order.
 */
export function createProfileInbox(load: (file: string) => Promise<void>): ProfileInbox {
  let ready = false;
  let waiting: string | null = null;
  let chain: Promise<void> = Promise.resolve();
  const enqueue = (file: string): void => {
    chain = chain.then(() => load(file)).catch(() => undefined);
  };
  return {
    offer(file) {
      if (file === null) return;
      if (ready) enqueue(file);
      else waiting = file;
    },
    async open() {
      ready = true;
      if (waiting !== null) enqueue(waiting);
      waiting = null;
      await chain;
    },
    settled: () => chain,
  };
}
