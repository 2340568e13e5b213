/**
 * Issue 11's table (`npm run bench`, never in tests): the wizard sequence,
 * `assign --yes`, bulk 20/200/1000 and cold start, run through a proxy that
 * adds ROUND_TRIP_MS to every HTTP round trip to the practice server. For
 * each: requests, sequential round trips (from the server's request
 * timestamps), wall time, CPU and peak RSS of the process doing the work, and
 * each as a ratio to its floor. Compare ratios, not absolute times.
 * Run: node test/bench/run.mjs round-trips
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openJournal } from '../../main/core/journal/journal';
import { sequentialDepth } from '../../main/practice/depth';
import { startPracticeServer, type RunningPracticeServer } from '../../main/practice/start-practice-server';
import { BIZ, BSP_USER, bulkScenario, clientWaba, OWN_WABA } from '../integration/cli/bulk-scenario';
import { startLatencyProxy } from '../support/latency-proxy';
import { runWizardSequence, wizardChild } from './wizard-sequence';

const ROUND_TRIP_MS = 150;
const CONCURRENCY = 4;
const EMPLOYEE = '1972555232742222';
const ROOT = process.cwd();
const CLI = join(ROOT, 'out/cli/waba-access.js');

interface Usage {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssMb: number;
}
interface Measured extends Usage {
  readonly requests: number;
  readonly roundTrips: number;
}
interface Floor {
  readonly requests: number;
  readonly roundTrips: number;
  readonly wallMs: number;
}

const isChild = process.argv[2] === 'wizard-child';
const work = isChild ? '' : mkdtempSync(join(tmpdir(), 'waba-bench-'));
/** Preloaded into every child: writes its CPU time and peak RSS when it exits. */
const USAGE_HOOK = join(work, 'usage-hook.mjs');
if (!isChild) writeFileSync(
  USAGE_HOOK,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024 }));
});\n`,
);

export type NodeRun = Usage & { status: number | null; stdout: string; stderr: string };

/**
 * Runs node with the usage hook (asynchronously: the practice server and the
 * proxy live in this process); wall time from spawn to exit, CPU and peak RSS.
 */
async function runNode(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<NodeRun> {
  const usageFile = join(work, `usage-${performance.now()}.json`);
  const start = performance.now();
  const child = spawn(process.execPath, ['--import', USAGE_HOOK, ...args], { cwd: ROOT, env: { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.input ?? '');
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - start;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; rssMb: number };
  return { wallMs, ...usage, status, stdout, stderr };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** A fresh world behind a latency proxy for one measurement. */
async function withWorld<T>(wabas: number, body: (server: RunningPracticeServer, url: string) => Promise<T>): Promise<T> {
  const server = await startPracticeServer({ scenario: bulkScenario(wabas, 0) });
  const proxy = await startLatencyProxy(server.url, ROUND_TRIP_MS);
  try {
    return await body(server, proxy.url);
  } finally {
    await proxy.close();
    await server.close();
  }
}

function measuredFrom(server: RunningPracticeServer, usage: Usage): Measured {
  return { ...usage, requests: server.log.length, roundTrips: sequentialDepth(server.log, ROUND_TRIP_MS / 2) };
}

async function cli(url: string, args: readonly string[], token: string, dataDir = mkdtempSync(join(work, 'data-'))): Promise<Usage> {
  const run = await runNode([CLI, ...args, '--token-stdin', '--json'], { input: token, env: { WABA_GRAPH_URL: url, WABA_DATA_DIR: dataDir } });
  if (run.status !== 0) throw new Error(`waba-access ${args[0] ?? ''} exited ${String(run.status)}: ${run.stderr}${run.stdout.slice(-2000)}`);
  return run;
}

async function wizard(): Promise<Measured> {
  return withWorld(0, async (server, url) => {
    const usage = await runWizardSequence(runNode, url, server.token('admin-never'), mkdtempSync(join(work, 'wizard-')));
    return measuredFrom(server, usage);
  });
}

async function assign(): Promise<Measured> {
  return withWorld(0, async (server, url) => {
    const args = ['assign', '--waba', OWN_WABA, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'];
    return measuredFrom(server, await cli(url, args, server.token('admin-never')));
  });
}

/** How many changes a kill in the middle of bulk's write batches can leave in flight. */
const INTERRUPTED = 25;

/** `assign --yes` on a data folder whose journal a kill left with 25 changes in flight: it settles them by reads first. */
async function assignAfterKill(): Promise<Measured> {
  return withWorld(INTERRUPTED, async (server, url) => {
    const dataDir = mkdtempSync(join(work, 'data-'));
    const journal = await openJournal(join(dataDir, 'journal.jsonl'));
    for (let i = 0; i < INTERRUPTED; i += 1) await journal.begin({ kind: 'assign', wabaId: clientWaba(i), businessId: BIZ, userId: BSP_USER, tasks: ['DEVELOP'] });
    const args = ['assign', '--waba', OWN_WABA, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'DEVELOP', '--yes'];
    return measuredFrom(server, await cli(url, args, server.token('admin-never'), dataDir));
  });
}

async function bulk(rows: number): Promise<Measured> {
  return withWorld(rows, async (server, url) => {
    const file = join(work, `bulk-${rows}.csv`);
    const lines = Array.from({ length: rows }, (_, i) => `${clientWaba(i)},${BIZ},${BSP_USER},DEVELOP`);
    writeFileSync(file, ['waba,business,user,tasks', ...lines].join('\n') + '\n');
    const args = ['bulk', '--file', file, '--yes', '--concurrency', String(CONCURRENCY)];
    return measuredFrom(server, await cli(url, args, server.token('admin-never')));
  });
}

async function coldStart(args: readonly string[], url?: string, input?: string): Promise<Usage> {
  const env = (): Record<string, string> => ({ WABA_DATA_DIR: mkdtempSync(join(work, 'cold-')), ...(url ? { WABA_GRAPH_URL: url } : {}) });
  const runs: NodeRun[] = [];
  for (let i = 0; i < 7; i += 1) runs.push(await runNode(args, { env: env(), ...(input === undefined ? {} : { input }) }));
  if (input !== undefined && runs.some((r) => r.status !== 0)) throw new Error(`${args.join(' ')} failed: ${runs[0]?.stderr ?? ''}`);
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMb: median(runs.map((r) => r.rssMb)) };
}

/** Several commands' cold starts, run in turns, 9 rounds; the median of each. */
async function coldStarts(commands: readonly (readonly string[])[]): Promise<Usage[]> {
  const runs: NodeRun[][] = commands.map(() => []);
  for (let round = 0; round < 9; round += 1) {
    for (const [i, args] of commands.entries()) runs[i]!.push(await runNode(args, { env: { WABA_DATA_DIR: mkdtempSync(join(work, 'cold-')) } }));
  }
  return runs.map((r) => ({ wallMs: median(r.map((x) => x.wallMs)), cpuMs: median(r.map((x) => x.cpuMs)), rssMb: median(r.map((x) => x.rssMb)) }));
}

const ms = (n: number): string => `${n.toFixed(0)} ms`;
const x = (value: number, floor: number): string => `${(value / floor).toFixed(2)}x`;

function rowOf(what: string, m: Measured, floor: Floor): string {
  return `| ${what} | ${m.requests} | ${m.roundTrips} | ${ms(m.wallMs)} | ${ms(m.cpuMs)} | ${m.rssMb.toFixed(0)} MB | ${floor.requests} / ${floor.roundTrips} / ${ms(floor.wallMs)} | ${x(m.requests, floor.requests)} / ${x(m.roundTrips, floor.roundTrips)} / ${x(m.wallMs, floor.wallMs)} |`;
}

async function benchmark(): Promise<void> {
  const built = spawnSync(process.execPath, ['build/bundle.mjs', '--only', 'cli'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`CLI build failed: ${built.stderr}`);
  // Interleaved (bare, --help, bare, ...) so that a busy machine slows both alike; ratios stay comparable.
  const [bare, help] = (await coldStarts([['-e', '0'], [CLI, '--help']])) as [Usage, Usage];
  const rt = ROUND_TRIP_MS;
  /** A process that does its round trips and nothing else: bare start plus the round trips. */
  const floorOf = (requests: number, roundTrips: number): Floor => ({ requests, roundTrips, wallMs: bare.wallMs + roundTrips * rt });
  const bulkFloor = (rows: number): Floor => {
    const reads = Math.ceil(rows / 50);
    const writes = Math.ceil(rows / 25);
    return floorOf(reads + writes, 1 + Math.ceil(writes / CONCURRENCY));
  };
  const wizardRun = await wizard();
  const assignRun = await assign();
  const afterKill = await assignAfterKill();
  const bulkRuns = [] as [number, Measured][];
  for (const rows of [20, 200, 1000]) bulkRuns.push([rows, await bulk(rows)]);
  const inspect = await withWorld(0, async (server) => await coldStart([CLI, 'inspect', '--token-stdin', '--json'], server.url, server.token('admin-never')));

  console.log(`${ROUND_TRIP_MS} ms added to every HTTP round trip by a proxy in front of the practice server; bulk at --concurrency ${CONCURRENCY}.`);
  console.log('Floors: the wizard in 3 round trips, assign in 2, bulk in one planning step (reads in batches of 50, side by side)');
  console.log('plus write batches of 25 POST + read-back pairs, 4 at a time; a floor wall time is a bare Node start plus its round trips.\n');
  console.log('| what | requests | round trips | wall | CPU | peak RSS | floor (requests / round trips / wall) | ratio to floor |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  // The wizard runs in one process that starts once; its floor wall is its round trips plus that start.
  console.log(rowOf('wizard sequence (inspect, discover, system users, plan, apply, verify)', wizardRun, floorOf(3, 3)));
  console.log(rowOf('`assign --yes`', assignRun, floorOf(2, 2)));
  // Settling the interrupted changes is one batch of reads (25 WABAs), before the plan.
  console.log(rowOf(`\`assign --yes\` after a kill left ${INTERRUPTED} changes in flight`, afterKill, floorOf(3, 3)));
  for (const [rows, run] of bulkRuns) console.log(rowOf(`bulk ${rows} rows on ${rows} WABAs`, run, bulkFloor(rows)));
  console.log('\n| cold start (median of 9, bare and --help in turns; inspect median of 7) | wall | CPU | peak RSS | ratio to bare `node -e 0` (wall / CPU) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [what, usage] of [['bare `node -e 0`', bare], ['`waba-access --help`', help], ['`waba-access inspect` (no added latency)', inspect]] as const) {
    console.log(`| ${what} | ${ms(usage.wallMs)} | ${ms(usage.cpuMs)} | ${usage.rssMb.toFixed(0)} MB | ${x(usage.wallMs, bare.wallMs)} / ${x(usage.cpuMs, bare.cpuMs)} |`);
  }
}

try {
  if (isChild) await wizardChild(process.argv[3] ?? '', process.argv[4] ?? '');
  else await benchmark();
} finally {
  if (!isChild) rmSync(work, { recursive: true, force: true });
}
