/**
 * The test variant of the release build (issue 10.7): the same app, targets
 * and fuses as electron-builder.config.cjs, except that the Node inspector
 * arguments stay on, because Playwright's `_electron` drives the app through
 * them. Packed with `--dir` only, into dist-test/, and never published: CI
 * runs the Electron tests against it to show the release fuse set works
 * (everything but the inspector) on each OS.
 */
// why: electron-builder loads its config as CommonJS, so the release config is required, not imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const release = require('./electron-builder.config.cjs');

module.exports = {
  ...release,
  directories: { ...release.directories, output: 'dist-test' },
  electronFuses: { ...release.electronFuses, enableNodeCliInspectArguments: true },
};
