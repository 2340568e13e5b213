// @ts-check
/**
 * Lint enforces the import rules of architecture.md ("Rooms and what each may
 * touch") and the one-owner-file-per-library rule. ESLint applies only the
 * last matching config of a rule, so each file gets exactly one computed
 * `no-restricted-imports` list from `restrictionsFor` below.
 */
import tseslint from 'typescript-eslint';
import { electronRules } from './build/eslint-electron-rules.js';

/** Libraries that exactly one file may import. */
const OWNED = {
  undici: ['main/core/graph/http.ts'],
  keytar: ['main/core/vault/keytar-store.ts'],
  conf: ['main/core/settings/store-backend.ts'],
  'electron-store': ['main/core/settings/store-backend.ts'],
};

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'http', 'https', 'net', 'tls', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer', 'process'];

/** Per room: import patterns that are forbidden there. */
const ROOMS = [
  { files: ['shared/**'], banned: ['electron', ...NODE_BUILTINS, 'react', 'react-dom', 'i18next', 'react-i18next', '**/main/**', '**/renderer/**'], why: 'shared/ is the contract: no DOM, Node, Electron or UI imports' },
  { files: ['renderer/**'], banned: ['electron', ...NODE_BUILTINS, '**/main/**'], why: 'the renderer talks to main only through window.wizard' },
  {
    files: ['main/core/**'],
    banned: ['electron', '**/renderer/**', '**/app/**', '**/preload/**', '**/practice/**', '**/cli/**'],
    why: 'main/core is Electron-free and never imports main/practice or main/cli: the edges (main/app, main/cli) inject the practice server starter',
  },
  { files: ['main/practice/**', 'main/cli/**'], banned: ['electron', '**/renderer/**', '**/app/**', '**/preload/**'], why: 'Electron stays in main/app and the preload' },
  { files: ['main/preload/**'], banned: ['**/core/**', '**/app/**', '**/practice/**', '**/cli/**', '**/renderer/**', ...NODE_BUILTINS], why: 'the preload is a closed bridge over shared/ only' },
  { files: ['main/app/**'], banned: ['**/renderer/**', '**/cli/**'], why: 'main/app is the Electron edge over core' },
];

function restrictionsFor(file) {
  const room = ROOMS.find((r) => r.files.some((glob) => file.startsWith(glob.replace('/**', '/'))));
  const patterns = room ? room.banned.map((group) => ({ group: [group], message: room.why })) : [];
  const paths = Object.entries(OWNED)
    .filter(([, owners]) => !owners.includes(file))
    .map(([name, owners]) => ({ name, message: `only ${owners.join(', ')} may import ${name}` }));
  return { paths, patterns };
}

const ROOM_GLOBS = ROOMS.flatMap((r) => r.files);
const OWNER_FILES = [...new Set(Object.values(OWNED).flat())];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'reports/**', 'test-results/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // One block per room, then one per owner file, so the last match is always the right list.
  ...ROOMS.map((room) => ({
    files: room.files.map((g) => `${g}/*.{ts,tsx}`.replace('/**/*', '/**/*')),
    ignores: OWNER_FILES,
    rules: { 'no-restricted-imports': ['error', restrictionsFor(room.files[0].replace('/**', '/x.ts'))] },
  })),
  {
    files: ['**/*.{ts,tsx}'],
    ignores: [...ROOM_GLOBS, ...OWNER_FILES, 'test/**'],
    rules: { 'no-restricted-imports': ['error', restrictionsFor('other.ts')] },
  },
  ...OWNER_FILES.map((file) => ({ files: [file], rules: { 'no-restricted-imports': ['error', restrictionsFor(file)] } })),
  {
    // Tests may import anything, including the owned libraries (to prove behaviour).
    files: ['test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Only the logger and the CLI's output module write to the console from main.
    files: ['main/**/*.ts'],
    ignores: ['main/core/log/**', 'main/cli/**', 'main/practice/run.ts'],
    rules: { 'no-console': 'error' },
  },
  ...electronRules,
);
