/**
 * Every permission request is refused, on every session (security.md E6): the
 * wizard needs no camera, notifications, geolocation, clipboard read or
 * devices, and Electron's default is to grant them all.
 */
import { app, session, type Session } from 'electron';

export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

/** Applies the denial to the default session now and to every session created later. */
export function installPermissionPolicy(): void {
  denyAllPermissions(session.defaultSession);
  app.on('session-created', denyAllPermissions);
}
