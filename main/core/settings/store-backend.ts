import { isAbsolute } from 'node:path';
import Conf, { type Options, type Schema } from 'conf';
import { confSchemas, DEFAULT_SETTINGS, type Settings } from './schema';

/**
 * The settings file on disk, behind the smallest interface settings.ts needs.
 * THE ONLY file importing conf and electron-store.
 *
 * Under plain Node (CLI, tests) this is conf; inside Electron it is
 * electron-store, loaded with a dynamic import so plain Node never evaluates
 * it: electron-store imports 'electron', which under plain Node tries to
 * download a binary and kills the process (toolchain-probe.md §2).
 */
export interface StoreBackend {
  /** Absolute path of the settings file. */
  readonly path: string;
  /** The whole stored object (conf validates it against the JSON Schema on read). */
  read(): unknown;
  /** Replaces the whole stored object; conf writes it atomically with mode 0600. */
  write(value: Settings): void;
}

export interface StoreBackendOptions {
  /** Absolute directory holding settings.json (userData in the app, a temp dir in tests). */
  readonly cwd: string;
  /** True inside Electron's main process (process.versions.electron is defined). */
  readonly electron: boolean;
}

export const SETTINGS_FILE_NAME = 'settings';

/** Opens the store; throws (conf's own errors) if the file is unreadable or violates the schema. */
export async function openStoreBackend(options: StoreBackendOptions): Promise<StoreBackend> {
  if (!isAbsolute(options.cwd)) throw new Error('The settings directory must be an absolute path.');
  const { properties, root } = confSchemas();
  const common = {
    cwd: options.cwd,
    schema: properties as Schema<Record<string, unknown>>,
    rootSchema: root as Options<Record<string, unknown>>['rootSchema'],
    defaults: { ...structuredClone(DEFAULT_SETTINGS) } as Record<string, unknown>,
    configFileMode: 0o600,
    // Never silently wipe a bad file: settings.ts backs it up and tells the user (security.md P1).
    clearInvalidConfig: false,
    // Keys are plain names; dots in a business id must not become nesting.
    accessPropertiesByDotNotation: false,
    watch: false,
  } as const;
  let store: Conf<Record<string, unknown>>;
  if (options.electron) {
    const { default: ElectronStore } = await import('electron-store');
    store = new ElectronStore<Record<string, unknown>>({ ...common, name: SETTINGS_FILE_NAME });
  } else {
    store = new Conf<Record<string, unknown>>({ ...common, configName: SETTINGS_FILE_NAME });
  }
  return {
    path: store.path,
    read: () => store.store,
    write: (value) => {
      store.store = { ...value };
    },
  };
}
