/**
 * Entry of the `waba-access` command (package.json "bin", bundled to
 * out/cli/waba-access.js). It imports nothing but Node built-ins, so it runs
 * on any Node: on one older than the project needs (Debian's Node 20, say) it
 * hands the same arguments to the project's own Node (node_modules/.bin/node,
 * installed by `npm ci` on Linux) instead of crashing inside a dependency.
 */

const MIN = [22, 19] as const;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const supported = major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);

if (supported) {
  // Kept external by the bundler: loaded only now, after the version check.
  await import('./run-cli.js');
} else {
  // Built-ins this branch alone needs, loaded only here so a normal start stays fast.
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const { existsSync } = process.getBuiltinModule('node:fs');
  const { fileURLToPath } = process.getBuiltinModule('node:url');
  const projectNode = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
  if (!existsSync(projectNode)) {
    process.stderr.write(`waba-access needs Node ${MIN.join('.')} or newer; this is Node ${process.versions.node}. Run \`npm ci\` in the project (it installs Node 24 on Linux) or install a newer Node.\n`);
    process.exit(1);
  }
  const child = spawnSync(projectNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
