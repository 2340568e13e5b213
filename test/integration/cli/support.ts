/**
 * Runs the real `waba-access` bundle (out/cli/waba-access.js) as a child
 * process. The bundle is built once per test run: the first worker to get
 * the lock builds it and leaves a marker named after the runner's pid, so
 * parallel workers neither rebuild nor read a half-written file.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const CLI = join(ROOT, 'out/cli/waba-access.js');
const LOCK = join(ROOT, 'out/.cli-build-lock');
const MARKER = join(ROOT, 'out/cli', `.built-for-run-${process.ppid}`);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function ensureCliBuilt(): Promise<void> {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than a minute belongs to a crashed run.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 60_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(50);
    }
  }
  try {
    if (existsSync(MARKER) && existsSync(CLI)) return;
    const built = spawnSync(process.execPath, ['build/bundle.mjs', '--only', 'cli'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
    for (const name of readdirSync(join(ROOT, 'out/cli'))) if (name.startsWith('.built-for-run-')) rmSync(join(ROOT, 'out/cli', name), { force: true });
    writeFileSync(MARKER, '');
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly input?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Starts the CLI; the caller may kill it. */
export function startCli(args: readonly string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...options.env })) if (value !== undefined) env[key] = value;
  // A session of its own (setsid): no controlling terminal, as in CI, so a run from a developer's
  // terminal never stops at a question asked on /dev/tty (main/cli/terminal.ts).
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin?.end(options.input ?? '');
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (args: readonly string[], options: CliOptions = {}): Promise<CliRun> => startCli(args, options).done;

/** The last JSON line of stdout (--json prints one line per result). */
export function lastJson(run: CliRun): unknown {
  const lines = run.stdout.trim().split('\n').filter((l) => l.startsWith('{') || l.startsWith('['));
  const last = lines.at(-1);
  if (last === undefined) throw new Error(`no JSON on stdout; stderr: ${run.stderr}`);
  return JSON.parse(last);
}

/** Every regular file under `dir` whose bytes contain `needle` (as text, raw or URL-encoded). */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const forms = [needle, encodeURIComponent(needle)];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && forms.some((form) => readFileSync(full).includes(form))) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

/** Every regular file under `dir`. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (path: string): void => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out;
}
