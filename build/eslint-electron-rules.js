// @ts-check
/**
 * Electron-edge lint bans (security.md E1, E5, E8, E12, E13, I1, L4, B2), as
 * flat-config objects to spread into eslint.config.js:
 *
 *   import { electronRules } from './build/eslint-electron-rules.js';
 *   export default tseslint.config(..., ...electronRules);
 *
 * Each dangerous API has exactly one owner file. The rule is a local copy of
 * `no-restricted-syntax` under its own name, so it never collides with any
 * other `no-restricted-syntax` list (ESLint keeps only the last matching
 * config's options for a rule): every file gets one computed list here.
 */

/** @typedef {{ selector: string, message: string }} Ban */
/** @typedef {{ owner?: string, bans: Ban[] }} BanGroup */

/** @type {Ban[]} */
const TLS_ENV_BANS = [
  { selector: "Identifier[name='NODE_TLS_REJECT_UNAUTHORIZED']", message: 'NODE_TLS_REJECT_UNAUTHORIZED turns off TLS verification (security.md E13); only main/core/graph/trust.ts names it.' },
  { selector: "Literal[value='NODE_TLS_REJECT_UNAUTHORIZED']", message: 'NODE_TLS_REJECT_UNAUTHORIZED turns off TLS verification (security.md E13); only main/core/graph/trust.ts names it.' },
];

/** @type {BanGroup[]} */
const GROUPS = [
  {
    owner: 'main/app/window.ts',
    bans: [
      { selector: "NewExpression[callee.name='BrowserWindow']", message: 'Create windows only through createWindow() in main/app/window.ts (security.md E1).' },
      { selector: "NewExpression[callee.property.name='BrowserWindow']", message: 'Create windows only through createWindow() in main/app/window.ts (security.md E1).' },
    ],
  },
  {
    owner: 'main/app/external-links.ts',
    bans: [
      { selector: "CallExpression[callee.property.name='openExternal']", message: 'Open links only through openExternalSafe() in main/app/external-links.ts (security.md E5).' },
    ],
  },
  {
    owner: 'main/preload/preload.ts',
    bans: [
      { selector: "CallExpression[callee.property.name='exposeInMainWorld']", message: 'Only main/preload/preload.ts exposes anything to the renderer (security.md E8).' },
    ],
  },
  {
    owner: 'main/app/ipc.ts',
    bans: [
      { selector: "Identifier[name='ipcMain']", message: 'Only main/app/ipc.ts touches ipcMain, through the sender-checked router binding (security.md I1).' },
    ],
  },
  {
    // Named only where it is read to say it is ignored (Graph calls set rejectUnauthorized: true; security.md X1).
    // Others, tests included, use the TLS_REJECT_ENV constant that file exports.
    owner: 'main/core/graph/trust.ts',
    bans: TLS_ENV_BANS,
  },
  {
    // No owner: banned everywhere, tests included.
    bans: [
      { selector: "Property[key.name='rejectUnauthorized'][value.value=false]", message: 'Never disable TLS verification; import the corporate CA instead (security.md E13, N5).' },
      { selector: "Property[key.value='rejectUnauthorized'][value.value=false]", message: 'Never disable TLS verification; import the corporate CA instead (security.md E13, N5).' },
      { selector: "AssignmentExpression[left.property.name='rejectUnauthorized'][right.value=false]", message: 'Never disable TLS verification (security.md E13).' },
      { selector: "CallExpression[callee.property.name='setCertificateVerifyProc']", message: 'Do not override certificate verification (security.md E13).' },
      { selector: "CallExpression[callee.property.name=/^(on|once|addListener|prependListener)$/][arguments.0.value='certificate-error']", message: 'Do not handle certificate-error: the default refusal is the safe one (security.md E13).' },
      { selector: "Property[key.name=/^(allowRunningInsecureContent|experimentalFeatures|enableBlinkFeatures)$/]", message: 'This webPreference weakens the renderer; never set it (security.md E1).' },
      { selector: "CallExpression[callee.property.name='appendSwitch'][arguments.0.value=/^(ignore-certificate-errors|disable-web-security|no-sandbox|allow-insecure-localhost|remote-debugging-port|inspect)/]", message: 'Insecure Chromium switch (security.md E12).' },
      { selector: "Identifier[name='ELECTRON_DISABLE_SECURITY_WARNINGS']", message: 'Never silence Electron security warnings (security.md E12).' },
      { selector: "Literal[value='ELECTRON_DISABLE_SECURITY_WARNINGS']", message: 'Never silence Electron security warnings (security.md E12).' },
      { selector: "Property[key.name='uploadToServer'][value.value=true]", message: 'No crash uploads: the product is offline (security.md L4).' },
      { selector: "Identifier[name='autoUpdater']", message: 'No auto-update in the offline build (security.md B2).' },
      { selector: "ImportDeclaration[source.value='electron-updater']", message: 'No auto-update in the offline build (security.md B2).' },
      { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No <webview> (security.md E7).' },
    ],
  },
];

const RULE = 'waba-electron/restricted-syntax';

/** A copy of core no-restricted-syntax: options are { selector, message } objects. */
const restrictedSyntax = {
  meta: {
    type: 'problem',
    docs: { description: 'Electron-edge bans with one owner file each (security.md)' },
    schema: { type: 'array', items: { type: 'object', properties: { selector: { type: 'string' }, message: { type: 'string' } }, required: ['selector', 'message'], additionalProperties: false } },
  },
  /** @param {any} context */
  create(context) {
    /** @type {Record<string, (node: any) => void>} */
    const listeners = {};
    for (const { selector, message } of /** @type {Ban[]} */ (context.options)) {
      const previous = listeners[selector];
      listeners[selector] = (node) => {
        previous?.(node);
        context.report({ node, message });
      };
    }
    return listeners;
  },
};

const plugin = { meta: { name: 'waba-electron' }, rules: { 'restricted-syntax': restrictedSyntax } };
const SOURCE = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];
const OWNERS = GROUPS.flatMap((g) => (g.owner ? [g.owner] : []));
const everyBan = GROUPS.flatMap((g) => g.bans);
const unowned = GROUPS.filter((g) => !g.owner).flatMap((g) => g.bans);

/** The bans that apply to one owner file: everything except its own API. */
const bansFor = (/** @type {string} */ owner) => GROUPS.filter((g) => g.owner !== owner).flatMap((g) => g.bans);

/** @type {import('eslint').Linter.Config[]} */
export const electronRules = [
  {
    name: 'waba-electron/all',
    files: SOURCE,
    ignores: [...OWNERS, 'test/**'],
    plugins: { 'waba-electron': plugin },
    rules: { [RULE]: ['error', ...everyBan] },
  },
  ...OWNERS.map((owner) => ({
    name: `waba-electron/owner:${owner}`,
    files: [owner],
    plugins: { 'waba-electron': plugin },
    rules: { [RULE]: ['error', ...bansFor(owner)] },
  })),
  {
    // Tests drive Electron from outside (stubs, evaluate), but never weaken TLS or security.
    name: 'waba-electron/tests',
    files: ['test/**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { 'waba-electron': plugin },
    rules: { [RULE]: ['error', ...unowned, ...TLS_ENV_BANS] },
  },
];
