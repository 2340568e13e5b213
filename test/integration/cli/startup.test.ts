/**
 * Start-up (issue 11): `--help` and a usage error load no package (undici,
 * zod, conf, keytar); a command that needs the core does. Checked by a module
 * hook that records every specifier the CLI resolves, never by timing (the
 * benchmark measures time: npm run bench).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { CLI, ensureCliBuilt, ROOT } from './support';

test.beforeAll(ensureCliBuilt);

const PACKAGES = ['undici', 'zod', 'conf', 'keytar', 'electron-store'];
/** Node's own modules that cost start-up time and that only Graph calls need (TLS trust, certificates). */
const HEAVY_BUILTINS = ['node:tls', 'node:crypto', 'tls', 'crypto'];

async function resolvedBy(args: readonly string[], env: Record<string, string> = {}, input = ''): Promise<{ packages: string[]; builtins: string[]; status: number | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'waba-startup-'));
  try {
    const hook = join(dir, 'hook.mjs');
    const out = join(dir, 'resolved.txt');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ resolve(specifier, context, next) { appendFileSync(${JSON.stringify(out)}, specifier + '\\n'); return next(specifier, context); } });\n`,
    );
    writeFileSync(out, '');
    // Not spawnSync: the practice server of the second test runs in this process.
    const child = spawn(process.execPath, ['--import', hook, CLI, ...args], { cwd: ROOT, env: { ...process.env, WABA_DATA_DIR: join(dir, 'data'), ...env } });
    child.stdin.end(input);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const specifiers = readFileSync(out, 'utf8').split('\n');
    return {
      packages: PACKAGES.filter((p) => specifiers.some((s) => s === p || s.startsWith(`${p}/`))),
      builtins: HEAVY_BUILTINS.filter((b) => specifiers.includes(b)),
      status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('--help, a command help and a usage error load no package, nor TLS or crypto', async () => {
  expect(await resolvedBy(['--help'])).toEqual({ packages: [], builtins: [], status: 0 });
  expect(await resolvedBy(['assign', '--help'])).toEqual({ packages: [], builtins: [], status: 0 });
  expect(await resolvedBy(['--lang', 'es', 'bulk', '--help'])).toEqual({ packages: [], builtins: [], status: 0 });
  expect(await resolvedBy(['assign', '--no-such-flag'])).toEqual({ packages: [], builtins: [], status: 2 });
});

test('a command that talks to Graph loads what it needs', async () => {
  const server = await startPracticeServer();
  try {
    const run = await resolvedBy(['inspect', '--token-stdin', '--json'], { WABA_GRAPH_URL: server.url }, server.token('admin-never'));
    expect(run.status).toBe(0);
    expect(run.packages).toEqual(expect.arrayContaining(['undici', 'zod', 'conf']));
    expect(run.builtins).toEqual(expect.arrayContaining(['node:tls']));
  } finally {
    await server.close();
  }
});
