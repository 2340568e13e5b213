/**
 * Navigation lock-down for every webContents (security.md E4, E7): the
 * renderer stays on our origin, new windows are refused, allowlisted help
 * links go to the system browser, and <webview> never attaches.
 */
import { app, type WebContents } from 'electron';
import { isAppUrl, type TrustedOrigins } from './app-origin';
import { openExternalSafe } from './external-links';

export function guardWebContents(contents: WebContents, trusted: TrustedOrigins): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, trusted)) return;
    event.preventDefault();
    // A plain <a href> to Meta's help pages should still open, just not in our window (openExternalSafe checks the allowlist).
    if (event.isMainFrame) void openExternalSafe(event.url);
  });
  // Frames too: an injected iframe must not wander off either (CSP already gives it nothing to load).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafe(url);
    return { action: 'deny' };
  });
}

/** Guards every webContents the app ever creates, including ones we did not create ourselves. */
export function installNavigationGuards(trusted: TrustedOrigins): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted));
}
