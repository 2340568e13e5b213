/**
 * Built into an init script for the browser e2e tests: window.wizard is the
 * product's own bridge factory, its transport the test's exposeBinding into
 * the real router (the preload does the same over ipcRenderer.invoke).
 */
import { createBridge } from '../../../shared/ipc/bridge';

interface HarnessWindow {
  __wizardTransport(channel: string, request: unknown): Promise<unknown>;
  wizard?: unknown;
}

const target = window as unknown as HarnessWindow;
target.wizard = createBridge((channel, request) => target.__wizardTransport(channel, request));
