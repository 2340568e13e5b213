/**
 * The only caller of shell.openExternal (security.md E5): a link goes to the
 * system browser only if the allowlist in external-url.ts accepts it.
 */
import { shell } from 'electron';
import { allowedExternalUrl } from './external-url';

/** Opens an allowlisted https link in the default browser; returns false (and opens nothing) otherwise. */
export async function openExternalSafe(raw: unknown): Promise<boolean> {
  const url = allowedExternalUrl(raw);
  if (url === null) return false;
  try {
    await shell.openExternal(url, { activate: true });
    return true;
  } catch {
    return false;
  }
}
