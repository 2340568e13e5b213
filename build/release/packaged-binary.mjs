#!/usr/bin/env node
/**
 * Prints the path of the app executable that `electron-builder --dir` packed
 * under a folder (linux-unpacked, win-unpacked, mac or mac-arm64), so CI can
 * point ELECTRON_PATH at the test-variant build.
 *
 *   node build/release/packaged-binary.mjs dist-test
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRODUCT = 'WABA Access Wizard';
const LINUX_EXECUTABLE = 'waba-access-wizard';

export function packagedBinary(folder, platform = process.platform) {
  const dirs = existsSync(folder) ? readdirSync(folder) : [];
  const candidates =
    platform === 'win32' ? dirs.filter((d) => d.startsWith('win') && d.endsWith('unpacked')).map((d) => join(folder, d, `${PRODUCT}.exe`))
    : platform === 'darwin' ? dirs.filter((d) => d === 'mac' || d.startsWith('mac-')).map((d) => join(folder, d, `${PRODUCT}.app`, 'Contents', 'MacOS', PRODUCT))
    : dirs.filter((d) => d.startsWith('linux') && d.endsWith('unpacked')).map((d) => join(folder, d, LINUX_EXECUTABLE));
  return candidates.find((file) => existsSync(file)) ?? null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = packagedBinary(process.argv[2] ?? 'dist-test');
  if (!found) {
    console.error(`no packed app under ${process.argv[2] ?? 'dist-test'}`);
    process.exit(1);
  }
  console.log(found);
}
