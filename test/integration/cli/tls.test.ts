/**
 * The CLI and corporate TLS (issue 10.1): --ca-file (repeatable), WABA_CA_FILE
 * and NODE_EXTRA_CA_CERTS each make a throwaway CA trusted; without one the
 * server stays untrusted (exit 7) even with NODE_TLS_REJECT_UNAUTHORIZED=0,
 * which is said to be ignored; a file that is not PEM certificates is exit 2
 * naming its path.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { TLS_REJECT_ENV } from '../../../main/core/graph/trust';
import { startPracticeServer, type RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { hasOpenssl, startTlsFront, type TlsFront } from '../../support/tls-front';
import { ensureCliBuilt, lastJson, runCli } from './support';

test.skip(!hasOpenssl, 'needs the openssl command to make a throwaway CA');
test.beforeAll(ensureCliBuilt);

const BIZ = '506914307656634';
let server: RunningPracticeServer;
let front: TlsFront;
let dataDir: string;

test.beforeEach(async () => {
  server = await startPracticeServer({ port: 0 });
  front = await startTlsFront(server.port);
  dataDir = mkdtempSync(join(tmpdir(), 'waba-cli-tls-'));
});
test.afterEach(async () => {
  await front.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `whatis BIZ` over the HTTPS front with a token for this run only. */
const whatis = (args: readonly string[] = [], env: Record<string, string> = {}) =>
  runCli(['whatis', BIZ, '--token-stdin', ...args], {
    input: server.token('admin-never'),
    env: { WABA_GRAPH_URL: front.url, WABA_DATA_DIR: dataDir, WABA_CA_FILE: '', NODE_EXTRA_CA_CERTS: '', [TLS_REJECT_ENV]: '', ...env },
  });

test('each source of a company CA is trusted: --ca-file, WABA_CA_FILE, NODE_EXTRA_CA_CERTS', async () => {
  const untrusted = await whatis();
  expect(untrusted.code, untrusted.stderr).toBe(7);
  expect(front.seen).toHaveLength(0);

  const other = join(front.dir, 'other.pem');
  writeFileSync(other, tls.rootCertificates[0] ?? '');
  for (const [name, run] of [
    ['--ca-file', () => whatis(['--ca-file', front.caFile])],
    ['--ca-file twice', () => whatis(['--ca-file', other, '--ca-file', front.caFile])],
    ['WABA_CA_FILE', () => whatis([], { WABA_CA_FILE: front.caFile })],
    ['NODE_EXTRA_CA_CERTS', () => whatis([], { NODE_EXTRA_CA_CERTS: front.caFile })],
  ] as const) {
    const done = await run();
    expect(done.code, `${name}: ${done.stderr}`).toBe(0);
    expect(done.stdout, name).toContain('Lucky Shrub');
  }
});

test('NODE_TLS_REJECT_UNAUTHORIZED=0 is ignored, said once; the untrusted server never sees the token (exit 7)', async () => {
  const run = await whatis([], { [TLS_REJECT_ENV]: '0' });
  expect(run.code, run.stderr).toBe(7);
  expect(run.stderr.match(/NODE_TLS_REJECT_UNAUTHORIZED=0 is ignored/g)).toHaveLength(1);
  expect(front.seen).toHaveLength(0);
  expect(run.stderr + run.stdout).not.toContain(server.token('admin-never').slice(0, 20));
});

test('a CA file that is not PEM certificates is exit 2 naming its path; nothing is sent', async () => {
  const junk = join(front.dir, 'notes.txt');
  writeFileSync(junk, 'not a certificate\n');
  const missing = join(front.dir, 'absent.pem');
  const cases: [string[], Record<string, string>, string][] = [
    [['--ca-file', junk], {}, junk],
    [['--ca-file', missing], {}, missing],
    [[], { WABA_CA_FILE: junk }, junk],
    [['--json'], { NODE_EXTRA_CA_CERTS: junk }, junk],
  ];
  for (const [args, env, path] of cases) {
    const run = await whatis(args, env);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toContain(path);
    if (args.includes('--json')) expect(lastJson(run)).toMatchObject({ error: { kind: 'bad-input', fields: ['NODE_EXTRA_CA_CERTS'] } });
  }
  expect(front.seen).toHaveLength(0);
  expect(server.log).toHaveLength(0);
});
