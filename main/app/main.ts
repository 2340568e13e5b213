/**
 * Electron main entry (bundled to out/main/app.js as ESM). Only lifecycle and
 * wiring live here: one instance, the app:// scheme, the security policies,
 * the core behind IPC, and one hardened window.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { AppError } from '../../shared/errors';
import { APP_ENTRY_URL, DEV_SERVER_ENV, devOriginFrom, type TrustedOrigins } from './app-origin';
import { bindIpc } from './ipc';
import { profilePathFromArgv, readProfileText } from './launch-profile';
import { createProfileInbox, isProfilePath, profilePathFromSecondInstance } from './profile-inbox';
import { installNavigationGuards } from './navigation';
import { installPermissionPolicy } from './permissions';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { startFailureMessage } from './start-failure';
import { createWindow } from './window';
import { wireCore, type WiredCore } from './wire-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD_PATH = path.join(here, '..', 'preload', 'preload.cjs');
const RENDERER_ROOT = path.join(here, '..', 'renderer');
const TITLE = 'WABA Access Wizard';

/** Unpackaged runs only: a fresh profile per test run (security.md T1). Ignored in release builds. */
const USER_DATA_ENV = 'WABA_USER_DATA_DIR';

// Must happen before 'ready' (privileged schemes) and before any renderer exists (sandbox for all).
registerAppScheme();
app.enableSandbox();

const devUrl = app.isPackaged ? undefined : process.env[DEV_SERVER_ENV];
const trusted: TrustedOrigins = { devOrigin: devOriginFrom(app.isPackaged, devUrl) };
const overrideUserData = app.isPackaged ? undefined : process.env[USER_DATA_ENV];
if (overrideUserData !== undefined && path.isAbsolute(overrideUserData)) app.setPath('userData', overrideUserData);

/** A start-up failure carrying the core's AppError (plain words, no secrets), which may be shown. */
class StartError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

let mainWindow: BrowserWindow | null = null;
let core: WiredCore | null = null;

function showWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createWindow({
      preloadPath: PRELOAD_PATH,
      url: trusted.devOrigin !== undefined ? `${trusted.devOrigin}/` : APP_ENTRY_URL,
      title: TITLE,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return;
  }
  // A second launch focuses the window we already have (one writer for the store and journal).
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * A provider profile file given at launch, by a second launch, or by macOS's
 * 'open-file' is read here (size cap) and loaded through the same channel as
 * the Welcome step's file picker, so the same validation applies. The window
 * is focused afterwards: the renderer reads the session's profile again when
 * it gains focus (renderer/state/controller.ts, refreshProfile).
 */
const profiles = createProfileInbox(async (file) => {
  if (core === null) return;
  const text = await readProfileText(file);
  const loaded = text === null ? null : ((await core.router.route('profile.load', { text })) as { ok: boolean });
  core.log.info('app', loaded?.ok ? 'provider profile opened with the app loaded' : 'provider profile opened with the app refused');
  if (mainWindow !== null) showWindow();
});

async function start(): Promise<void> {
  await app.whenReady();
  installPermissionPolicy();
  handleAppProtocol(RENDERER_ROOT);
  const wired = await wireCore({
    userDataDir: app.getPath('userData'),
    logsDir: app.getPath('logs'),
    receiptsDir: path.join(app.getPath('documents'), `${TITLE} receipts`),
    appName: TITLE,
    appVersion: app.getVersion(),
    // The OS's display language: spoken until the user picks one in Settings.
    systemLocale: app.getLocale(),
    // The system proxy for Graph: OS settings and PAC, as Chromium resolves them (issue 10.2).
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
  });
  if (!wired.ok) throw new StartError(wired.error);
  core = wired.value;
  bindIpc(core.router, trusted, core.log);
  // Before the window exists, so the Welcome step shows it at once.
  await profiles.open();
  core.log.info('app', 'started', { packaged: app.isPackaged, version: app.getVersion() });
  showWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the store and journal: it gets focus, we leave quietly.
  app.quit();
} else {
  installNavigationGuards(trusted);
  profiles.offer(profilePathFromArgv(process.argv));
  // Windows and Linux: a second launch (a .json file opened with the app) hands us its argv and folder, then quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    profiles.offer(profilePathFromSecondInstance(argv, workingDirectory));
    if (app.isReady()) showWindow();
  });
  // macOS: files opened with the app arrive here, at launch (possibly before 'ready') or while it runs.
  app.on('open-file', (event, file) => {
    if (!isProfilePath(file)) return;
    event.preventDefault();
    profiles.offer(file);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || core === null) return;
    // Let the core stop the practice server and flush the journal before the process ends.
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
  start().catch(async (error: unknown) => {
    core?.log.error('app', 'failed to start', { error: error instanceof Error ? error.name : 'error' });
    // In the saved language, else the OS's; only an AppError (written for people, never a secret) is added.
    const message = await startFailureMessage({
      settingsDir: app.getPath('userData'),
      systemLocale: app.isReady() ? app.getLocale() : '',
      ...(error instanceof StartError ? { error: error.appError } : {}),
    });
    dialog.showErrorBox(TITLE, message);
    app.exit(1);
  });
}
