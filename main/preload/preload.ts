/**
 * The closed bridge (security.md E8, style.md P2): exposes exactly one frozen
 * object, window.wizard, of named async functions built by the shared bridge
 * factory. No ipcRenderer, no generic invoke, no event objects cross over.
 * Bundled into one CommonJS file because sandboxed preloads cannot load ESM.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/bridge';
import { IPC_PREFIX } from '../../shared/ipc/contract';

contextBridge.exposeInMainWorld(
  'wizard',
  createBridge((channel, request) => ipcRenderer.invoke(IPC_PREFIX + channel, request)),
);
