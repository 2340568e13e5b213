import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleChild, runNode, type ChildRun } from '../../support/bundle-child';

/**
 * Fail-closed vault (security.md S3, S9 leg b): each case runs the real vault
 * in a child process whose environment has no usable keychain, reproducing
 * the three keytar failures of toolchain-probe.md §1. The token must stay
 * usable in that process, status must say why it is not persisted, and no
 * file under the child's HOME, XDG dirs or cwd may contain it.
 * Runs with or without the keyring wrapper: each case builds its own environment.
 */

const canary = (): string => `EAAGcanaryCANARY${randomBytes(24).toString('base64url')}`;

/**
 * Private temp root used as HOME, XDG dirs and cwd of the child. Under the
 * system temp dir, not the test output dir: unix socket paths must stay
 * short (108 bytes).
 */
function sandbox(): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'waba-vault-'));
  for (const dir of ['home', 'data', 'config', 'cache', 'run']) mkdirSync(join(root, dir), { recursive: true, mode: 0o700 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    XDG_DATA_HOME: join(root, 'data'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_CACHE_HOME: join(root, 'cache'),
    XDG_RUNTIME_DIR: join(root, 'run'),
  };
  return { root, env };
}

function filesContaining(root: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(path);
      else if (info.isFile() && readFileSync(path).includes(needle)) hits.push(path);
    }
  };
  walk(root);
  return hits;
}

const BUS_CONFIG = (dir: string): string => `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
`;

/**
 * A fresh session bus with no service directories, so nothing can be
 * auto-activated: asking for org.freedesktop.secrets fails by name.
 */
async function startBus(dir: string): Promise<{ address: string; process: ChildProcess }> {
  writeFileSync(join(dir, 'bus.conf'), BUS_CONFIG(dir));
  const bus = spawn('dbus-daemon', [`--config-file=${join(dir, 'bus.conf')}`, '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    bus.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
    });
    bus.on('error', reject);
    bus.on('exit', () => reject(new Error('dbus-daemon exited early')));
  });
  return { address, process: bus };
}

function nameOwned(address: string, name: string): boolean {
  const run = spawnSync('dbus-send', [`--bus=${address}`, '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${name}`], { encoding: 'utf8' });
  return run.stdout.includes('boolean true');
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function parse(run: ChildRun): Record<string, unknown> {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

async function expectFailClosed(
  root: string,
  env: NodeJS.ProcessEnv,
  reason: string,
  probeSees: 'memory' | 'keychain',
): Promise<void> {
  const script = await bundleChild('test/integration/vault/child-vault.ts');
  const token = canary();
  const childEnv = { ...env, WABA_CHILD_TOKEN: token, WABA_CHILD_SERVICE: `WABA fail-closed ${randomBytes(4).toString('hex')}` };
  const run = await runNode(script, ['save-load'], { env: childEnv, cwd: root });
  const report = parse(run);
  const notPersisted = { persisted: false, backend: 'memory', reason };

  if (probeSees === 'memory') expect(report.before).toEqual(notPersisted);
  // A locked keyring answers reads (with null) and refuses only the write, so the probe cannot tell yet.
  else expect(report.before).toEqual({ persisted: true, backend: 'keychain' });
  expect(report.saved).toEqual(notPersisted);
  expect(report.after).toEqual(notPersisted);
  expect(report.unavailable).toEqual([notPersisted]);
  // Usable for this session, gone after forget.
  expect(report.loadedMatches).toBe(true);
  expect(report.forgot).toBe(true);
  expect(report.loadedAfterForget).toBeNull();
  // The log says why, in words, and never shows the token.
  expect(run.stderr).toContain(`(${reason})`);
  expect(run.stdout + run.stderr).not.toContain(token);
  expect(filesContaining(root, token)).toEqual([]);

  // Memory means this process only: a second process has nothing to load.
  const second = parse(await runNode(script, ['load'], { env: childEnv, cwd: root }));
  expect(second).toMatchObject({ loadedNull: true, after: probeSees === 'memory' ? notPersisted : report.before });
}

test('no D-Bus session: token kept in memory, reason no-dbus', async () => {
  const { root, env } = sandbox();
  try {
    // No DBUS_SESSION_BUS_ADDRESS and no DISPLAY: libsecret cannot find or autolaunch a bus.
    await expectFailClosed(root, env, 'no-dbus', 'memory');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a session bus without a Secret Service: reason no-secret-service', async () => {
  const { root, env } = sandbox();
  const bus = await startBus(join(root, 'run'));
  try {
    await expectFailClosed(root, { ...env, DBUS_SESSION_BUS_ADDRESS: bus.address }, 'no-secret-service', 'memory');
  } finally {
    await stop(bus.process);
    rmSync(root, { recursive: true, force: true });
  }
});

test('a Secret Service whose keyring is locked: reason keyring-locked', async () => {
  const { root, env } = sandbox();
  const bus = await startBus(join(root, 'run'));
  const busEnv = { ...env, DBUS_SESSION_BUS_ADDRESS: bus.address };
  // gnome-keyring without --unlock and without a prompter: the login collection cannot be created or opened.
  const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--components=secrets'], { env: busEnv, stdio: 'ignore' });
  try {
    await expect.poll(() => nameOwned(bus.address, 'org.freedesktop.secrets'), { timeout: 10_000 }).toBe(true);
    await expectFailClosed(root, busEnv, 'keyring-locked', 'keychain');
  } finally {
    await stop(keyring);
    await stop(bus.process);
    rmSync(root, { recursive: true, force: true });
  }
});
