/**
 * Finds an Electron binary WITHOUT require('electron') (which, with no binary,
 * tries to download one and throws). Order: $ELECTRON_PATH, then the binary
 * the electron package would use (node_modules/electron/path.txt + dist/).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ElectronBinary {
  readonly path: string | null;
  /** Why there is none, in words fit for a skip message. */
  readonly reason: string;
}

const isExecutableFile = (file: string): boolean => {
  try {
    const info = statSync(file);
    return info.isFile() && (process.platform === 'win32' || (info.mode & 0o111) !== 0);
  } catch {
    return false;
  }
};

/**
 * Where the Electron tests must run (CI's release matrix sets WABA_REQUIRE_ELECTRON=1),
 * a missing binary fails every Electron test instead of skipping it.
 */
export const electronRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env.WABA_REQUIRE_ELECTRON === '1';

export function findElectronBinary(): ElectronBinary {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) {
    return isExecutableFile(fromEnv)
      ? { path: fromEnv, reason: '' }
      : { path: null, reason: `ELECTRON_PATH=${fromEnv} is not an executable file` };
  }
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  const pathTxt = path.join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) {
    return {
      path: null,
      reason:
        'no Electron binary on this machine (node_modules/electron has no path.txt/dist: the package is installed for its types only and the binary cannot be downloaded here). Set ELECTRON_PATH or run `npx install-electron` on a machine with internet to run these tests.',
    };
  }
  const binary = path.join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return isExecutableFile(binary)
    ? { path: binary, reason: '' }
    : { path: null, reason: `the Electron binary named by node_modules/electron/path.txt (${binary}) is missing` };
}
