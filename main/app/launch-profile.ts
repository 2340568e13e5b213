/**
 * A provider profile named when the app is launched (issue 9.3):
 * `--provider-profile=FILE`, `--provider-profile FILE`, or a `.json` file
 * opened with the app (double-click, "Open with"). The file is read here, at
 * the edge, with a size cap, and handed to the core as text through the same
 * channel the Welcome step uses, so the same validation applies.
 */
import { open } from 'node:fs/promises';
import { PROFILE_MAX_BYTES } from '../../shared/provider-profile';

const FLAG = '--provider-profile';

/** The profile path among the launch arguments, if any (the flag wins over a bare .json file). */
export function profilePathFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${FLAG}=`)) return arg.slice(FLAG.length + 1) || null;
    if (arg === FLAG) return argv[i + 1] ?? null;
  }
  const bare = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.json'));
  return bare ?? null;
}

/** The file's text, or null when it cannot be read or is larger than a profile may be (the core then never sees it). */
export async function readProfileText(path: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(PROFILE_MAX_BYTES + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > PROFILE_MAX_BYTES) return null;
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}
