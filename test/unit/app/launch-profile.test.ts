/** The provider profile given at launch: which argument names it, and the size cap before the core sees it. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profilePathFromArgv, readProfileText } from '../../../main/app/launch-profile';
import { PROFILE_MAX_BYTES } from '../../../shared/provider-profile';

test('the flag (either form) or a .json file opened with the app names the profile', () => {
  expect(profilePathFromArgv(['/opt/app', '--provider-profile=/tmp/p.json'])).toBe('/tmp/p.json');
  expect(profilePathFromArgv(['/opt/app', '--provider-profile', '/tmp/p.json'])).toBe('/tmp/p.json');
  expect(profilePathFromArgv(['/opt/app', '/home/me/Downloads/bsp.JSON'])).toBe('/home/me/Downloads/bsp.JSON');
  expect(profilePathFromArgv(['/opt/app', '--flag', 'other.txt'])).toBeNull();
  expect(profilePathFromArgv(['/opt/app.json'])).toBeNull();
});

test('a file larger than a profile may be is not read for the core', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'waba-launch-'));
  try {
    const small = join(dir, 'small.json');
    writeFileSync(small, '{"schema":"x"}');
    expect(await readProfileText(small)).toBe('{"schema":"x"}');
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(PROFILE_MAX_BYTES + 1));
    expect(await readProfileText(big)).toBeNull();
    expect(await readProfileText(join(dir, 'missing.json'))).toBeNull();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
