/**
 * Which IPC senders main answers (security.md I1): our renderer's top frame on
 * our origin, nothing else. Pure, over the few WebFrameMain fields it reads,
 * so every rejection case is unit-tested without Electron.
 */
import { isAppUrl, type TrustedOrigins } from './app-origin';

/** The parts of Electron's WebFrameMain the check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for a live top-level frame (no parent) whose URL is on app://
 * (or the dev server's origin when that is allowed). Fails closed on anything
 * odd, including getters that throw on a destroyed frame.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, trusted: TrustedOrigins = {}): boolean {
  try {
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    const url = frame.url;
    return typeof url === 'string' && isAppUrl(url, trusted);
  } catch {
    return false;
  }
}
