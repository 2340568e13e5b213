/**
 * The only user of ipcMain (security.md I1, style.md P3): binds the core's
 * router to one `ipcMain.handle` per channel, named IPC_PREFIX + channel.
 * Validation and dispatch live in the router; this file adds the sender check
 * and makes sure nothing thrown crosses IPC (errors are values).
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX, type Channel } from '../../shared/ipc/contract';
import { appError } from '../../shared/errors';
import { err } from '../../shared/result';
import type { TrustedOrigins } from './app-origin';
import { isTrustedSender } from './sender-trust';

/** What ipc.ts needs from the core's router (main/core/ipc/router.ts). */
export interface RouterLike {
  route(channel: unknown, payload: unknown): Promise<unknown>;
}

/** Reply to a sender that is not our top frame; a value, never a throw. */
export const FORBIDDEN_REPLY = err(
  appError('forbidden', 'Refused: this request did not come from the wizard window.'),
);
const FAILED_REPLY = err(appError('unexpected', 'The request failed inside the app. Please try again.'));

export interface IpcLog {
  warn(module: string, message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** Registers every channel of the contract; returns a function that removes them again. */
export function bindIpc(router: RouterLike, trusted: TrustedOrigins, log?: IpcLog): () => void {
  const handle = (channel: Channel) => async (event: IpcMainInvokeEvent, payload: unknown) => {
    let frame: IpcMainInvokeEvent['senderFrame'] = null;
    try {
      frame = event.senderFrame;
    } catch {
      frame = null;
    }
    if (!isTrustedSender(frame, trusted)) {
      log?.warn('ipc', 'refused a request from an untrusted sender', { channel });
      return FORBIDDEN_REPLY;
    }
    try {
      return await router.route(channel, payload);
    } catch {
      // The router returns errors as values; this is only the last line of defence.
      log?.warn('ipc', 'router threw', { channel });
      return FAILED_REPLY;
    }
  };
  for (const channel of CHANNEL_NAMES) ipcMain.handle(IPC_PREFIX + channel, handle(channel));
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
