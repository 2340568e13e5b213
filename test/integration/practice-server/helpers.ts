/**
 * Shared helpers for the practice server tests: ids of the default scenario,
 * a fixture that starts and closes a server, and a small fetch wrapper.
 */
import { test as base, expect } from '@playwright/test';
import { defaultScenario } from '../../../main/practice/load-scenario';
import type { Scenario } from '../../../main/practice/scenario';
import {
  startPracticeServer,
  type PracticeServerStartOptions,
  type RunningPracticeServer,
} from '../../../main/practice/start-practice-server';

export const BIZ = '506914307656634';
export const CLIENT_BIZ = '609873456789012';
export const WABA = '102290129340398';
export const MPS_WABA = '104996122399160';
export const PHONE = '106540352242922';
export const SU_ADMIN = '1972555232742220';
export const SU_EMP = '1972555232742222';
export const SU_BAKERY = '1972555232742230';
export const APP = '634974688087057';

export const test = base.extend<{ server: RunningPracticeServer }>({
  server: async ({}, use) => {
    const server = await startPracticeServer();
    await use(server);
    await server.close();
  },
});
export { expect };

/** Starts a server for one test body and always closes it. */
export async function withServer<T>(options: PracticeServerStartOptions, body: (s: RunningPracticeServer) => Promise<T>): Promise<T> {
  const server = await startPracticeServer(options);
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

/** The default scenario with Appendix A's names and no initial assignments. */
export function appendixScenario(): Scenario {
  const s = structuredClone(defaultScenario());
  return {
    ...s,
    wabas: s.wabas.map((w) => (w.id === WABA ? { ...w, name: 'My WhatsApp Business Account' } : w)),
    systemUsers: s.systemUsers.map((u) => (u.id === SU_EMP ? { ...u, name: 'My System User' } : u)),
    assignments: [],
  };
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json(): unknown;
}

export interface CallInit {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  /** Sent as `Authorization: Bearer`. */
  readonly token?: string;
  /** Form fields (urlencoded) or a raw urlencoded string. */
  readonly form?: Record<string, string> | string;
  readonly json?: unknown;
  readonly body?: FormData;
}

export async function call(server: RunningPracticeServer, path: string, init: CallInit = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  let body: string | FormData | undefined = init.body;
  if (init.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = typeof init.form === 'string' ? init.form : new URLSearchParams(init.form).toString();
  }
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const method = init.method ?? (body === undefined ? 'GET' : 'POST');
  const res = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as unknown };
}

/** Error object of a Graph error answer. */
export function graphError(answer: Answer): { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string } {
  return (answer.json() as { error: { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string } }).error;
}

/**
 * Fills the handbook's "…" placeholders (fbtrace_id, paging cursors) with the
 * values of the actual body after checking their shape, so the rest can be
 * compared byte for byte.
 */
export function filled(expected: string, actualBody: string): string {
  const actual = JSON.parse(actualBody) as { error?: { fbtrace_id?: string }; paging?: { cursors?: { before?: string; after?: string } } };
  let out = expected;
  const trace = actual.error?.fbtrace_id;
  if (out.includes('"fbtrace_id":"…"')) {
    expect(trace).toMatch(/^A[A-Za-z0-9_]{22}$/);
    out = out.replace('"fbtrace_id":"…"', `"fbtrace_id":"${trace}"`);
  }
  const cursors = actual.paging?.cursors;
  if (out.includes('"before":"…"')) {
    expect(cursors?.before).toMatch(/^QVFIU[A-Za-z0-9_-]+$/);
    expect(cursors?.after).toMatch(/^QVFIU[A-Za-z0-9_-]+$/);
    out = out.replace('"before":"…"', `"before":"${cursors?.before}"`).replace('"after":"…"', `"after":"${cursors?.after}"`);
  }
  return out;
}
