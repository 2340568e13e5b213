import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Spelled in pieces: the name itself is banned as a literal, tests included.
const TLS_ENV = ['NODE', 'TLS', 'REJECT', 'UNAUTHORIZED'].join('_');

/** Lints `code` as if it lived at `file`, with only the Electron bans (plus the TS parser). */
async function bans(file: string, code: string): Promise<string[]> {
  const mod = (await import(pathToFileURL(path.join(root, 'build/eslint-electron-rules.js')).href)) as { electronRules: Linter.Config[] };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } }, ...mod.electronRules],
  });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

test.describe('Electron lint bans (build/eslint-electron-rules.js)', () => {
  test('new BrowserWindow only in the window factory', async () => {
    const code = "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({});\n";
    expect(await bans('main/app/window.ts', code)).toEqual([]);
    expect((await bans('main/app/main.ts', code)).join()).toContain('createWindow()');
    expect((await bans('main/app/other.ts', "import * as e from 'electron';\nnew e.BrowserWindow({});\n")).length).toBe(1);
  });

  test('shell.openExternal only in external-links.ts', async () => {
    const code = "import { shell } from 'electron';\nvoid shell.openExternal('https://x');\n";
    expect(await bans('main/app/external-links.ts', code)).toEqual([]);
    expect((await bans('main/app/navigation.ts', code)).join()).toContain('openExternalSafe()');
  });

  test('exposeInMainWorld only in the preload', async () => {
    const code = "import { contextBridge } from 'electron';\ncontextBridge.exposeInMainWorld('x', {});\n";
    expect(await bans('main/preload/preload.ts', code)).toEqual([]);
    expect((await bans('main/preload/other.ts', code)).join()).toContain('preload.ts');
  });

  test('ipcMain only in ipc.ts', async () => {
    const code = "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n";
    expect(await bans('main/app/ipc.ts', code)).toEqual([]);
    expect((await bans('main/app/main.ts', code)).length).toBeGreaterThanOrEqual(2);
  });

  test('TLS switches and other weakenings are banned everywhere, tests included', async () => {
    for (const file of ['main/core/graph/http.ts', 'main/app/ipc.ts', 'test/unit/x.test.ts']) {
      expect((await bans(file, 'export const o = { rejectUnauthorized: false };\n')).join(), file).toContain('TLS');
      expect((await bans(file, `process.env.${TLS_ENV} = '0';\n`)).join(), file).toContain(TLS_ENV);
      expect((await bans(file, `process.env['${TLS_ENV}'] = '0';\n`)).join(), file).toContain(TLS_ENV);
    }
    expect(await bans('main/core/x.ts', 'export const o = { rejectUnauthorized: true };\n')).toEqual([]);
    expect((await bans('main/app/window.ts', 'export const p = { allowRunningInsecureContent: false };\n')).length).toBe(1);
    expect((await bans('main/app/main.ts', "import { app } from 'electron';\napp.commandLine.appendSwitch('ignore-certificate-errors');\n")).length).toBe(1);
    expect((await bans('main/app/main.ts', "import { app } from 'electron';\napp.on('certificate-error', () => 1);\n")).length).toBe(1);
    expect((await bans('main/app/main.ts', "import { autoUpdater } from 'electron';\nautoUpdater.checkForUpdates();\n")).length).toBeGreaterThanOrEqual(1);
    expect((await bans('main/app/main.ts', "import { crashReporter } from 'electron';\ncrashReporter.start({ uploadToServer: true });\n")).length).toBe(1);
  });

  test('the real Electron edge is clean under these bans', async () => {
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
      ...((await import(pathToFileURL(path.join(root, 'build/eslint-electron-rules.js')).href)) as { electronRules: Linter.Config[] }).electronRules,
    ] });
    const results = await eslint.lintFiles(['main/app/**/*.ts', 'main/preload/**/*.ts']);
    expect(results.length).toBeGreaterThan(5);
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith('waba-electron/')).map((m) => `${r.filePath}: ${m.message}`))).toEqual([]);
  });
});

test('layering: main/core never imports main/practice or main/cli; the edges may import the practice server', async () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };
  const practiceImport = "import { startPracticeServer } from '../../practice/start-practice-server';\nexport const s = startPracticeServer;\n";
  expect((await lint('main/core/onboarding/x.ts', practiceImport)).join()).toContain('never imports main/practice');
  expect((await lint('main/core/onboarding/x.ts', "import { main } from '../../cli/main';\nexport const m = main;\n")).join()).toContain('main/cli');
  expect(await lint('main/cli/x.ts', "import { startPracticeServer } from '../practice/start-practice-server';\nexport const s = startPracticeServer;\n")).toEqual([]);
  expect(await lint('main/app/x.ts', "import { startPracticeServer } from '../practice/start-practice-server';\nexport const s = startPracticeServer;\n")).toEqual([]);
});
