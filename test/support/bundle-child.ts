import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../..', import.meta.url).pathname;
let outDir: string | undefined;

/**
 * Bundles a TypeScript entry (path relative to the repo root) into one ESM
 * file so a plain `node` child can run product code (tests that need their
 * own process: a different environment, or a SIGKILL). Packages stay
 * external and resolve from the repo's node_modules, so the bundle lives
 * under node_modules/.cache (inside the repo, and not in Playwright's output
 * dir, which a concurrent run may wipe). Removed when the worker exits.
 */
export async function bundleChild(entry: string): Promise<string> {
  if (!outDir) {
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, 'waba-test-children-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    outDir = dir;
  }
  const outfile = join(outDir, `${basename(entry, '.ts')}-${process.hrtime.bigint()}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Exactly the child's environment: nothing is inherited unless passed. */
  readonly env: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly timeoutMs?: number;
  /** SIGKILLs the child as soon as this returns true for the output so far (crash tests). */
  readonly killWhen?: (stdout: string) => boolean;
}

/** Runs `node script args...` and collects its output. */
export function runNode(script: string, args: readonly string[], options: RunOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.killWhen?.(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
