/**
 * appsecret_proof end to end (issue 8.8, security.md S8/X6): the real CLI
 * against a practice app with "Require App Secret" on, the secret in the real
 * keychain (or a file with --app-secret-file), every call proven, refusals
 * explained with exit 4, and no piece of the secret anywhere.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { globalsOf, parseCommandLine } from '../../../main/cli/args';
import { defaultScenario } from '../../../main/practice/load-scenario';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { appSecretAccount } from '../../../main/core/vault/app-secret-vault';
import { createKeytarStore, DEFAULT_SERVICE } from '../../../main/core/vault/keytar-store';
import { findLeaks } from '../../support/leak-oracle';
import { allFiles, ensureCliBuilt, lastJson, runCli, type CliRun } from './support';

test.beforeAll(ensureCliBuilt);

const BIZ = '506914307656634';
const WABA = '102290129340398';
const USER = '1972555232742222';
const APP = defaultScenario().app.id;
/** A fresh secret per run: any 12-character piece of it found anywhere is a leak. */
const SECRET = randomBytes(16).toString('hex');
const WRONG = randomBytes(16).toString('hex');

const pieces = (secret: string): string[] => Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12));

async function requiringServer(): Promise<RunningPracticeServer> {
  const s = structuredClone(defaultScenario());
  return startPracticeServer({ scenario: { ...s, app: { ...s.app, secret: SECRET, requireAppSecret: true } } });
}

/** The keychain account the CLI uses for this data dir's app secret. */
function keychainEntry(dataDir: string) {
  const parsed = parseCommandLine(['token', 'status', '--data-dir', dataDir]);
  if (!parsed.ok) throw new Error(parsed.message());
  const account = appSecretAccount(globalsOf(parsed.value, {}, 'en').keychainAccount, APP);
  return createKeytarStore({ service: DEFAULT_SERVICE, account });
}

test('the app secret is stored in the keychain by app ID, proves every call, and leaks nowhere', async () => {
  // About twenty CLI runs, each a fresh Node process with a keychain round trip.
  test.setTimeout(240_000);
  const server = await requiringServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'waba-appsecret-'));
  const runs: CliRun[] = [];
  const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: dataDir };
  const cli = async (args: string[], input?: string) => {
    const run = await runCli(args, { env, ...(input === undefined ? {} : { input }) });
    runs.push(run);
    return run;
  };
  const token = server.token('admin-never');
  try {
    // Without the secret: the refusal is explained as what it is, exit 4, nothing stored.
    const refused = await cli(['token', 'set'], `${token}\n`);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('Require App Secret');
    expect(refused.stderr).toContain('App Dashboard → Settings → Basic → App secret');
    expect(refused.stderr).toContain('Settings → Advanced → Security');
    const refusedJson = await cli(['token', 'set', '--json'], `${token}\n`);
    expect(refusedJson.code).toBe(4);
    expect(lastJson(refusedJson)).toMatchObject({ error: { kind: 'app-secret-required', graph: { code: 100 } } });
    expect((await cli(['token', 'status'])).code).toBe(3);

    // Never from the command line.
    const argv = await cli(['app-secret', 'set', '--app', APP, SECRET]);
    expect(argv.code).toBe(2);
    expect(await keychainEntry(dataDir).read()).toBeNull();

    // A wrong secret in the keychain: Meta refuses its proof, and the answer says the secret is the wrong one.
    expect((await cli(['app-secret', 'set', '--app', APP], `${WRONG}\n`)).code).toBe(0);
    const wrong = await cli(['token', 'set', '--json'], `${token}\n`);
    expect(wrong.code).toBe(4);
    expect(lastJson(wrong)).toMatchObject({ error: { kind: 'app-secret-invalid' } });

    // The right one, by app ID, in the real keychain.
    const set = await cli(['app-secret', 'set', '--app', APP, '--json'], `${SECRET}\n`);
    expect(set.code).toBe(0);
    expect(lastJson(set)).toEqual({ appId: APP, stored: true, backend: 'keychain' });
    expect(await keychainEntry(dataDir).read()).toBe(SECRET);

    server.clearLog();
    expect((await cli(['token', 'set'], `${token}\n`)).code).toBe(0);
    for (const args of [
      ['inspect'],
      ['wabas', '--business', BIZ],
      ['assign', '--waba', WABA, '--business', BIZ, '--user', USER, '--tasks', 'DEVELOP', '--yes'],
      ['verify', '--waba', WABA, '--business', BIZ, '--user', USER, '--tasks', 'DEVELOP', '--json'],
    ]) {
      const run = await cli(args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
    // Every request, raw, carries the right proof beside the token: in the query, or in a batch's form body.
    const expected = createHmac('sha256', SECRET).update(token).digest('hex');
    expect(server.rawRequests.length).toBeGreaterThan(4);
    for (const raw of server.rawRequests) {
      const url = new URL(raw.url, server.url);
      const isBatch = raw.method === 'POST' && /^\/v\d+\.\d+\/?$/.test(url.pathname) && new URLSearchParams(raw.body).has('batch');
      const proof = isBatch ? new URLSearchParams(raw.body).get('appsecret_proof') : url.searchParams.get('appsecret_proof');
      expect(proof, `${raw.method} ${url.pathname}`).toBe(expected);
    }
    for (const entry of server.log) expect(entry.outcome, `${entry.method} ${entry.path}`).toBe(200);

    // Without --app, the stored token's app is used, after Meta checked the secret.
    const again = await cli(['app-secret', 'set', '--json'], `${SECRET}\n`);
    expect(again.code).toBe(0);
    expect(lastJson(again)).toMatchObject({ appId: APP });
    const bad = await cli(['app-secret', 'set', '--json'], `${WRONG}\n`);
    expect(bad.code).toBe(4);
    expect(lastJson(bad)).toMatchObject({ error: { kind: 'app-secret-invalid' } });
    expect(await keychainEntry(dataDir).read()).toBe(SECRET);

    // --app-secret-file wins over the keychain, both ways.
    const rightFile = join(dataDir, 'right.txt');
    const wrongFile = join(dataDir, 'wrong.txt');
    writeFileSync(rightFile, `${SECRET}\n`);
    writeFileSync(wrongFile, `${WRONG}\n`);
    const wrongWins = await cli(['inspect', '--json', '--app-secret-file', wrongFile]);
    expect(wrongWins.code).toBe(4);
    expect(lastJson(wrongWins)).toMatchObject({ error: { kind: 'app-secret-invalid' } });
    const missing = await cli(['inspect', '--app-secret-file', join(dataDir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt');

    // Forget: gone from the keychain, and calls are refused again.
    const forgotten = await cli(['app-secret', 'forget', '--json']);
    expect(forgotten.code).toBe(0);
    expect(lastJson(forgotten)).toEqual({ forgotten: [APP] });
    expect(await keychainEntry(dataDir).read()).toBeNull();
    expect((await cli(['inspect'])).code).toBe(4);
    expect((await cli(['inspect', '--app-secret-file', rightFile])).code).toBe(0);
    expect((await cli(['app-secret', 'forget'])).stdout).toContain('nothing to remove');

    // Canary: no 12-character piece of the secret in any output, file (but the one we wrote) or request.
    const texts = [
      ...runs.flatMap((r) => [r.stdout, r.stderr]),
      ...allFiles(dataDir).filter((f) => f !== rightFile).map((f) => readFileSync(f, 'latin1')),
      JSON.stringify(server.log),
      JSON.stringify(server.rawRequests),
    ];
    expect(findLeaks(server.rawRequests, [SECRET])).toEqual([]);
    for (const piece of pieces(SECRET)) for (const text of texts) expect(text.includes(piece), `a piece of the app secret leaked`).toBe(false);
  } finally {
    await runCli(['token', 'forget'], { env });
    await runCli(['app-secret', 'forget'], { env });
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
