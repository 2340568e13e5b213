/**
 * The privileged app:// scheme (security.md E2): registered before ready as
 * standard + secure + fetch-capable, then served from the renderer folder by
 * serveAppRequest (path containment and CSP). No file:// URL is ever loaded.
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppRequest } from './app-request';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

/** Call after 'ready'; `rendererRoot` is the built renderer folder (out/renderer). */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request.url, request.method));
}
