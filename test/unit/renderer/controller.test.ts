import { expect, test } from '@playwright/test';
import { appError, type AppError } from '../../../shared/errors';
import type { WizardApi } from '../../../shared/ipc/bridge';
import { err, ok, type Result } from '../../../shared/result';
import { createController } from '../../../renderer/state/controller';
import type { Clock } from '../../../renderer/state/runner';
import { createStore } from '../../../renderer/state/store';
import { bizA, bizB, diagnosis, practiceMode, wabaPlain, wabasOfB } from './fixtures';

/**
 * The core behind window.wizard is replaced by hand-resolved answers here:
 * these tests are about ordering (which answer arrives first), which only a
 * controllable stand-in can fix. The real core is exercised by the browser e2e tests.
 */
type Answer = Result<unknown, AppError>;
interface Pending { readonly method: string; readonly request: unknown; resolve(answer: Answer): void }

function fakeCore() {
  const pending: Pending[] = [];
  const calls: string[] = [];
  const api = new Proxy({}, {
    get: (_target, method: string) => (request: unknown) => {
      calls.push(method);
      return new Promise<Answer>((resolve) => pending.push({ method, request, resolve }));
    },
  }) as WizardApi;
  const take = (method: string): Pending => {
    const index = pending.findIndex((p) => p.method === method);
    if (index < 0) throw new Error(`no pending ${method}; pending: ${pending.map((p) => p.method).join(',')}`);
    return pending.splice(index, 1)[0] as Pending;
  };
  return { api, calls, take, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeClock() {
  let now = 1_000;
  const timers: { at: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => { const timer = { at: now + ms, fn }; timers.push(timer); return timer; },
    clearTimeout: (handle) => { const i = timers.indexOf(handle as (typeof timers)[number]); if (i >= 0) timers.splice(i, 1); },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) { timers.splice(timers.indexOf(timer), 1); timer.fn(); }
  };
  return { clock, advance, timers };
}

/** Drives the controller from Welcome to the Account step with a connected token. */
async function toAccount(core: ReturnType<typeof fakeCore>, controller: ReturnType<typeof createController>) {
  controller.chooseMode('practice');
  core.take('appSetMode').resolve(ok(practiceMode));
  await settle();
  core.take('tokenStatus').resolve(ok({ connected: false, persisted: false, backend: 'keychain', fingerprint: null }));
  controller.usePractice('admin');
  core.take('tokenUsePractice').resolve(ok({ stored: true, status: { connected: true, persisted: true, backend: 'keychain', fingerprint: null }, diagnosis: diagnosis(true) }));
  await settle();
  controller.next();
}

test('picking another business while the first one loads shows only the second one’s accounts', async () => {
  const core = fakeCore();
  const store = createStore();
  const controller = createController(core.api, store);
  await toAccount(core, controller);
  core.take('accountBusinesses').resolve(ok([bizA, bizB]));
  await settle();
  controller.pickBusiness(bizA);
  controller.pickBusiness(bizB);
  const [first, second] = [core.take('accountWabas'), core.take('accountWabas')];
  expect(first.request).toEqual({ businessId: bizA.id });
  second.resolve(ok(wabasOfB));
  await settle();
  first.resolve(ok([wabaPlain]));
  await settle();
  expect(store.getState().wizard).toMatchObject({ step: 'account', business: bizB, wabas: { status: 'ready', value: wabasOfB } });
});

test('a rate limit becomes a visible wait, then the same request is sent again by itself', async () => {
  const core = fakeCore();
  const { clock, advance } = fakeClock();
  const store = createStore();
  const controller = createController(core.api, store, clock);
  await toAccount(core, controller);
  core.take('accountBusinesses').resolve(err(appError('rate-limited', 'slow down', { retryAfterSec: 30 })));
  await settle();
  expect(store.getState().wizard).toMatchObject({ step: 'account', businesses: { status: 'loading', waitUntil: 31_000 } });
  advance(29_000);
  expect(core.pending.some((p) => p.method === 'accountBusinesses')).toBe(false);
  advance(1_000);
  core.take('accountBusinesses').resolve(ok([bizA]));
  await settle();
  // One business: picked for the user, and its accounts requested.
  expect(store.getState().wizard).toMatchObject({ businesses: { status: 'ready' }, business: bizA, wabas: { status: 'loading' } });
  expect(core.calls.filter((c) => c === 'accountBusinesses')).toHaveLength(2);
});

test('a wait is abandoned when the user leaves the step: no request is sent afterwards', async () => {
  const core = fakeCore();
  const { clock, advance } = fakeClock();
  const store = createStore();
  const controller = createController(core.api, store, clock);
  await toAccount(core, controller);
  core.take('accountBusinesses').resolve(err(appError('rate-limited', 'slow down', { retryAfterSec: 5 })));
  await settle();
  controller.back();
  advance(10_000);
  expect(core.calls.filter((c) => c === 'accountBusinesses')).toHaveLength(1);
  expect(store.getState().wizard.step).toBe('connect');
});

test('the pasted token goes to the core once and is never kept: "Try again" inspects the stored token instead', async () => {
  const core = fakeCore();
  const store = createStore();
  const controller = createController(core.api, store);
  const canary = 'EAACANARY0123456789canary';
  controller.chooseMode('live');
  core.take('appSetMode').resolve(ok({ mode: 'live', practiceTokens: [] }));
  await settle();
  controller.connect(`  ${canary}\n`);
  const connect = core.take('tokenConnect');
  expect(connect.request).toEqual({ token: canary });
  connect.resolve(err(appError('timeout', 'no answer')));
  await settle();
  expect(JSON.stringify(store.getState())).not.toContain(canary);
  controller.retry('diagnosis');
  expect(core.calls.filter((c) => c === 'tokenConnect')).toHaveLength(1);
  core.take('tokenInspect').resolve(ok(diagnosis(true)));
  await settle();
  expect(store.getState().wizard).toMatchObject({ step: 'connect', diagnosis: { status: 'ready' } });
  expect(JSON.stringify(store.getState())).not.toContain(canary);
});
