/**
 * Canary token (security.md S1, S5, L2, L3): a copy of the default scenario
 * whose admin token contains "CANARY". After a full CLI run and a full IPC
 * run with it (including failures), the token appears in no file under
 * either data dir, no log line, no stdout/stderr and no IPC response.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNEL_NAMES } from '../../../shared/ipc/contract';
import { createCore } from '../../../main/core/onboarding/session';
import { createKeytarStore } from '../../../main/core/vault/keytar-store';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { assertNoLeaks, metaEchoError, piecesIn } from '../../support/leak-oracle';
import { allFiles, ensureCliBuilt, filesContaining, lastJson, runCli, ROOT, type CliRun } from './support';
import { assignBatches } from '../../support/batch-items';

test.beforeAll(ensureCliBuilt);

const BIZ = '506914307656634';
const WABA = '102290129340398';
const USER = '1972555232742222';

/** EAA + CANARY + random letters: shaped like a Meta token, unique to this run. */
const CANARY = `EAACANARY${randomBytes(48).toString('hex')}CANARY`;

async function canaryServer(): Promise<RunningPracticeServer> {
  const scenario = JSON.parse(readFileSync(join(ROOT, 'main/practice/scenarios/default.json'), 'utf8')) as {
    tokens: { label: string; value: string }[];
  };
  const admin = scenario.tokens.find((t) => t.label === 'admin-never');
  if (!admin) throw new Error('the default scenario has no admin-never token');
  admin.value = CANARY;
  return startPracticeServer({ scenario });
}

test('the canary token never appears in files, logs, output or IPC responses', async () => {
  const server = await canaryServer();
  const cliDir = mkdtempSync(join(tmpdir(), 'waba-canary-cli-'));
  const ipcDir = mkdtempSync(join(tmpdir(), 'waba-canary-ipc-'));
  const runs: CliRun[] = [];
  try {
    // --- a full CLI run, the token stored in the (test) keychain, plus a failure path
    const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: cliDir };
    const cli = async (args: string[], input?: string) => {
      const run = await runCli(args, { env, ...(input === undefined ? {} : { input }) });
      runs.push(run);
      return run;
    };
    expect((await cli(['token', 'set'], `Bearer ${CANARY}\n`)).code).toBe(0);
    for (const args of [
      ['token', 'status', '--json'],
      ['inspect'],
      ['inspect', '--json'],
      ['wabas', '--business', BIZ],
      ['system-users', '--business', BIZ, '--waba', WABA, '--json'],
      ['whatis', WABA],
      ['assign', '--waba', WABA, '--business', BIZ, '--user', USER, '--tasks', 'DEVELOP', '--yes'],
      ['verify', '--waba', WABA, '--business', BIZ, '--user', USER, '--tasks', 'DEVELOP', '--json'],
      ['remove', '--waba', WABA, '--user', USER, '--business', BIZ, '--yes', '--json'],
    ]) {
      expect((await cli(args)).code, args.join(' ')).toBe(0);
    }
    server.addFault({ fault: { kind: 'throttle', regainMinutes: 60 }, times: 1 });
    expect((await cli(['system-users', '--business', BIZ])).code).toBe(6);
    server.addFault({ fault: { kind: 'graph-error', status: 400, body: { error: { message: `Bad token ${CANARY}`, type: 'OAuthException', code: 190 } } }, times: 1 });
    expect((await cli(['wabas', '--business', BIZ, '--json'])).code).toBe(3);
    // Meta echoes pieces of the token (the attack run): a 40-character middle, a 20-character prefix as the trace id.
    const echo = {
      fault: {
        kind: 'graph-error' as const,
        status: 400,
        body: metaEchoError(CANARY),
      },
      pathIncludes: '/system_users',
    };
    server.addFault(echo);
    const echoed = await cli(['system-users', '--business', BIZ]);
    expect(echoed.code).not.toBe(0);
    expect(echoed.stderr).toContain('Meta says: Check [redacted] again');
    server.addFault(echo);
    expect(lastJson(await cli(['system-users', '--business', BIZ, '--json']))).toMatchObject({ error: { graph: { code: 100 } } });
    expect((await cli(['inspect', '--token-stdin'], CANARY)).code).toBe(0);
    expect((await cli(['token', 'forget'])).code).toBe(0);

    // --- a full IPC run, through the router exactly as the renderer would call it
    const replies: unknown[] = [];
    const secretStore = createKeytarStore({ service: `waba-canary-${randomUUID()}` });
    const created = await createCore({ dataDir: ipcDir, graph: { baseUrl: server.url }, secretStore });
    if (!created.ok) throw new Error(created.error.message);
    const core = created.value;
    try {
      const target = { wabaId: WABA, businessId: BIZ, userId: USER };
      const calls: [string, unknown][] = [
        ['token.connect', { token: ` "Bearer ${CANARY}" ` }],
        ['token.status', {}],
        ['token.inspect', {}],
        ['account.businesses', {}],
        ['account.wabas', { businessId: BIZ }],
        ['account.systemUsers', { businessId: BIZ, wabaId: WABA }],
        ['account.identify', { id: WABA }],
        ['access.plan', { ...target, tasks: ['DEVELOP'] }],
        ['access.apply', { ...target, tasks: ['DEVELOP'] }],
        ['access.verify', { ...target, tasks: ['DEVELOP'] }],
        ['receipt.get', target],
        ['receipt.save', { ...target, format: 'json' }],
        ['receipt.save', { ...target, format: 'html' }],
        ['access.remove', target],
        ['settings.get', {}],
        ['settings.update', { apiVersion: CANARY }],
        ['settings.update', { proxy: { mode: 'url', url: `http://${CANARY}@proxy.example:8080` } }],
        ['token.connect', { token: `${CANARY} trailing junk!` }],
        ['account.wabas', { businessId: CANARY }],
        ['app.mode', {}],
        ['token.forget', {}],
      ];
      for (const [channel, payload] of calls) replies.push(await core.route(channel, payload));
      server.addFault(echo);
      replies.push(await core.route('account.systemUsers', { businessId: BIZ }));
      // Everything else the renderer could send, with the canary where a value goes.
      for (const channel of CHANNEL_NAMES) replies.push(await core.route(channel, { token: CANARY, id: CANARY }));
      expect(replies.filter((r) => (r as { ok: boolean }).ok).length).toBeGreaterThan(15);
    } finally {
      await secretStore.erase().catch(() => undefined);
      await core.close();
    }

    // --- the sweep
    // An assignment went out (its POST is an item of an apply batch), so write traffic is part of the sweep.
    expect(assignBatches(server).length).toBeGreaterThan(0);
    expect(server.log.every((e) => !e.tokenInUrl)).toBe(true);
    assertNoLeaks(server, [CANARY]);
    for (const dir of [cliDir, ipcDir]) {
      expect(allFiles(dir).some((f) => f.endsWith('.log'))).toBe(true);
      expect(filesContaining(dir, CANARY)).toEqual([]);
      expect(filesContaining(dir, 'CANARY')).toEqual([]);
    }
    const logText = allFiles(ipcDir)
      .filter((f) => f.includes('logs'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('');
    expect(logText).toContain('access.apply ok');
    for (const run of runs) {
      expect(run.stdout).not.toContain('CANARY');
      expect(run.stderr).not.toContain('CANARY');
    }
    expect(JSON.stringify(replies)).not.toContain('CANARY');
    // No 12-character piece of the canary anywhere: output, IPC replies, files (security.md X4).
    const texts: [string, string][] = [
      ...runs.map((run, i): [string, string] => [`run ${i}`, run.stdout + run.stderr]),
      ['replies', JSON.stringify(replies)],
      ...[cliDir, ipcDir].flatMap((dir) => allFiles(dir).map((f): [string, string] => [f, readFileSync(f, 'latin1')])),
    ];
    for (const [where, text] of texts) expect(piecesIn(text, CANARY), where).toEqual([]);
  } finally {
    await server.close();
    rmSync(cliDir, { recursive: true, force: true });
    rmSync(ipcDir, { recursive: true, force: true });
  }
});
