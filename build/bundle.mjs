#!/usr/bin/env node
/**
 * Builds everything that runs: the CLI (plain Node), the Electron main process
 * and preload, and the renderer (Vite). Dependencies stay external so the
 * native keytar module and ESM-only packages load from node_modules, which
 * electron-builder packs. `--only cli` builds just the CLI (practice server).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
/** package.json's version, written into the Node bundles (receipts name the app version; issue 8.14). */
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** Node-side bundles: [name, entry, outfile, format]. Entries that do not exist yet are skipped. */
const nodeBundles = [
  ['cli', 'main/cli/waba-access.ts', 'out/cli/waba-access.js', 'esm'],
  // Split at main.ts's import() seams: `--help` loads no package (issue 11).
  ['cli', 'main/cli/run-cli.ts', 'out/cli/run-cli.js', 'esm', { splitting: true, chunkNames: 'chunks/[name]-[hash]' }],
  ['app', 'main/app/main.ts', 'out/main/app.js', 'esm'],
  // A sandboxed preload cannot be an ES module: it must be one CommonJS file.
  ['preload', 'main/preload/preload.ts', 'out/preload/preload.cjs', 'cjs'],
];

for (const [name, entry, outfile, format, split] of nodeBundles) {
  if (only && only !== name) continue;
  if (!existsSync(`${root}/${entry}`)) continue;
  // Chunk names carry a hash: drop the last build's, or they pile up (and get packed).
  if (split) rmSync(`${root}/${outfile.slice(0, outfile.lastIndexOf('/'))}/chunks`, { recursive: true, force: true });
  await esbuild({
    absWorkingDir: root,
    entryPoints: [entry],
    // esbuild splits only into a directory: the entry keeps its name there.
    ...(split ? { ...split, outdir: outfile.slice(0, outfile.lastIndexOf('/')), entryNames: '[name]' } : { outfile }),
    bundle: true,
    // The sandboxed preload's require() knows only 'electron' (and a few renderer
    // modules): it gets shared/ and zod inlined, and a browser platform so any Node
    // built-in fails the build instead of the window. The rest keep node_modules external.
    ...(name === 'preload'
      ? { platform: 'browser', target: 'chrome130', external: ['electron'] }
      : { platform: 'node', target: 'node24', packages: 'external', external: ['./run-cli.js'] }),
    format,
    define: { WABA_BUILD_VERSION: JSON.stringify(version) },
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: outfile === 'out/cli/waba-access.js' ? { js: '#!/usr/bin/env node' } : undefined,
  });
  console.log(`built ${outfile}`);
}

if ((!only || only === 'renderer') && existsSync(`${root}/renderer/index.html`)) {
  // A package added to package.json since the last install (the renderer's fonts, say): name it and the fix.
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const missing = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !existsSync(`${root}/node_modules/${name}/package.json`));
  if (missing.length > 0) {
    console.error(`build: node_modules lacks ${missing.join(', ')} (listed in package.json): run \`npm install\` (or \`npm ci\`)`);
    process.exit(1);
  }
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: `${root}/renderer/vite.config.ts`, logLevel: 'warn' });
  // The fonts renderer/styles/fonts.css ships go with their licence (SIL OFL 1.1 asks for it beside the font).
  mkdirSync(`${root}/out/renderer/licenses`, { recursive: true });
  for (const font of ['noto-sans-devanagari', 'noto-sans-arabic']) {
    copyFileSync(`${root}/node_modules/@fontsource/${font}/LICENSE`, `${root}/out/renderer/licenses/${font}-OFL.txt`);
  }
  console.log('built out/renderer');
}
