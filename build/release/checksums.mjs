#!/usr/bin/env node
/**
 * Writes SHA256SUMS.txt beside the release files of a folder (installers,
 * SBOM): one "<hex>  <name>" line each, sorted, the format `sha256sum -c`
 * and `shasum -a 256 -c` read. Cross-platform, so every runner can check its
 * own installers before upload.
 *
 *   node build/release/checksums.mjs <folder>
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SUMS_FILE = 'SHA256SUMS.txt';
/** What a release ships: the installers, their update metadata and the SBOM. */
export const RELEASE_FILE = /\.(exe|dmg|AppImage|deb|cdx\.json)$/;

export function checksumLines(folder) {
  return readdirSync(folder)
    .filter((name) => RELEASE_FILE.test(name) && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => `${createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')}  ${name}`);
}

export function writeChecksums(folder) {
  const lines = checksumLines(folder);
  if (lines.length === 0) throw new Error(`no release files (${RELEASE_FILE}) in ${folder}`);
  writeFileSync(join(folder, SUMS_FILE), `${lines.join('\n')}\n`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node build/release/checksums.mjs <folder>');
    process.exit(2);
  }
  for (const line of writeChecksums(folder)) console.log(line);
}
