/**
 * The ONE window factory (security.md E1, style.md P11). Every webPreference
 * that matters is written out literally, with no spreads, so Electronegativity
 * and reviewers can read each one. Never add allowRunningInsecureContent,
 * experimentalFeatures or enableBlinkFeatures.
 */
import { app, BrowserWindow } from 'electron';

export interface WindowOptions {
  /** Absolute path of the bundled preload (out/preload/preload.cjs). */
  readonly preloadPath: string;
  /** The URL to show: app://wizard/index.html, or the dev server when unpackaged. */
  readonly url: string;
  readonly title: string;
}

export function createWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1024,
    height: 760,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      devTools: !app.isPackaged,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open a new window (refused anyway by navigation.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Shown only once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
