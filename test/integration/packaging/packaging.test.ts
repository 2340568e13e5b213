import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

/**
 * The offline packaging gates (issue 5): electron-builder with a stand-in
 * Electron plus the asar audit, and the Electronegativity gate. Each script
 * is also shown to FAIL on a bad input, so a pass means something.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));

function node(args: readonly string[], timeout = 180_000): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(() => {
  // Main and preload only: the renderer build (Vite) empties out/renderer, which browser tests may be reading.
  for (const only of ['app', 'preload']) {
    const built = node(['build/bundle.mjs', '--only', only]);
    expect(built.status, built.out).toBe(0);
  }
});

test('the preload is one CommonJS file that requires only electron', () => {
  const preload = readFileSync(path.join(root, 'out/preload/preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  expect([...new Set(required)]).toEqual(['electron']);
  expect(preload).toContain('exposeInMainWorld');
  expect(preload).not.toMatch(/^\s*(import|export)\s+[\w{*'"]/m);
});

test('pack-check: the packed app holds only the built app and production dependencies, fuses set', () => {
  const run = node(['build/pack-check.mjs']);
  expect(run.status, run.out).toBe(0);
  expect(run.out).toContain('pack-check: OK');
  // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect off, asar integrity on, asar only on, V8 snapshot stock, file:// privileges off.
  expect(run.out).toContain('fuses after packing: 01001100');
  // The Hindi and Arabic fonts ship inside the app (issue 12): six woff2 files, each used by the stylesheet.
  expect(run.out).toMatch(/fonts: 6 packed, 6 expected \(noto-sans-devanagari-devanagari-400-normal.*\), with their licences/);
  expect(run.out).not.toContain('PROBLEM');
});

test('pack-check fails on a stray file in out/ and on a weakened config', () => {
  const stray = path.join(root, 'out', `stray-${process.pid}`);
  mkdirSync(stray, { recursive: true });
  writeFileSync(path.join(stray, 'notes.txt'), 'not part of the app');
  // A font the stylesheet does not use, in a format the renderer does not ship.
  const strayFont = path.join(root, 'out/renderer/assets', `noto-sans-arabic-arabic-100-normal-${process.pid}.woff`);
  writeFileSync(strayFont, 'wOFF');
  try {
    const run = node(['build/pack-check.mjs']);
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain(`/out/stray-${process.pid}/notes.txt is not on the allowlist`);
    expect(run.out).toContain(`/out/renderer/assets/noto-sans-arabic-arabic-100-normal-${process.pid}.woff: the renderer ships woff2 fonts only`);
  } finally {
    rmSync(stray, { recursive: true, force: true });
    rmSync(strayFont, { force: true });
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'bad-builder-config-'));
  try {
    const bad = path.join(dir, 'bad.config.cjs');
    writeFileSync(
      bad,
      `const real = require(${JSON.stringify(path.join(root, 'build/electron-builder.config.cjs'))});
module.exports = { ...real, publish: [{ provider: 'github' }], files: [...real.files, 'test/**'],
  asarUnpack: ['**/*'], electronFuses: { ...real.electronFuses, runAsNode: true },
  win: { target: ['nsis-web'] }, nsis: { oneClick: true } };\n`,
    );
    const run = node(['build/pack-check.mjs', '--config', bad]);
    expect(run.status, run.out).toBe(1);
    for (const expected of ['publish must be null', 'files may include only', 'asarUnpack', 'electronFuses.runAsNode', 'nsis.oneClick', 'online or updater-based target']) {
      expect(run.out).toContain(expected);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('electronegativity: no HIGH or blocking finding in the built main and preload', () => {
  const run = node(['build/electronegativity-check.mjs']);
  expect(run.status, run.out).toBe(0);
  expect(run.out).toContain('electronegativity-check: OK');
  const csv = readFileSync(path.join(root, 'reports/electronegativity.csv'), 'utf8');
  expect(csv.split('\n')[0]).toBe('issue, severity, confidence, filename, location, sample, description, url');
  expect(csv).not.toContain('"HIGH"');
  const sarif = JSON.parse(readFileSync(path.join(root, 'reports/electronegativity.sarif'), 'utf8')) as { runs: { results: { level: string }[] }[] };
  expect(sarif.runs[0]?.results.some((r) => r.level === 'error')).toBe(false);
});

test('electronegativity fails on a weakened window', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bad-window-'));
  try {
    const main = path.join(dir, 'app.js');
    writeFileSync(
      main,
      `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { preload: '/p.cjs', contextIsolation: false, nodeIntegration: true, sandbox: false, webSecurity: false } });\n`,
    );
    const run = node(['build/electronegativity-check.mjs', '--main', main, '--reports', path.join(dir, 'reports')]);
    expect(run.status, run.out).toBe(1);
    expect(run.out).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK');
    expect(run.out).toContain('SANDBOX_JS_CHECK');
    expect(run.out).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
    expect(run.out).toContain('WEB_SECURITY_JS_CHECK');
    expect(run.out).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(existsSync(path.join(dir, 'reports', 'electronegativity.csv'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
