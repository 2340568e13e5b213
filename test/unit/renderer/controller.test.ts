import { expect, test } from '@playwright/test';
import { appError, type AppError } from '../../../shared/errors';
import type { WizardApi } from '../../../shared/ipc/bridge';
import { err, ok, type Result } from '../../../shared/result';
import { createController } from '../../../renderer/state/controller';
import type { Clock } from '../../../renderer/state/runner';
import { createStore } from '../../../renderer/state/store';
import { bizA, bizB, diagnosis, employee, planFor, practiceMode, wabaPlain, wabaRestricted, wabasOfB } from './fixtures';

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

test('several accounts: progress is read while the run goes on, and an account Meta set aside is run again when its wait ends', async () => {
  const core = fakeCore();
  const store = createStore();
  const { clock, advance } = fakeClock();
  const controller = createController(core.api, store, clock);
  await toAccount(core, controller);
  core.take('accountBusinesses').resolve(ok([bizA]));
  await settle();
  core.take('accountWabas').resolve(ok([wabaPlain, wabaRestricted]));
  await settle();
  controller.toggleSeveral();
  controller.pickWaba(wabaPlain.id);
  controller.pickWaba(wabaRestricted.id);
  controller.next();
  core.take('accountSystemUsers').resolve(ok([employee]));
  await settle();
  controller.pickUser(employee.id);
  controller.next();
  controller.next();
  const planned = core.take('accessPlanMany');
  expect(planned.request).toEqual({ businessId: bizA.id, userId: employee.id, wabaIds: [wabaPlain.id, wabaRestricted.id], tasks: ['DEVELOP'] });
  const line = (wabaId: string) => ({ wabaId, status: 'change' as const, plan: planFor(['DEVELOP']) });
  planned.resolve(ok({ businessId: bizA.id, userId: employee.id, tasks: ['DEVELOP'], accounts: [line(wabaPlain.id), line(wabaRestricted.id)], counts: { change: 2, noChange: 0, refused: 0, unread: 0, error: 0 }, worthApplying: true }));
  await settle();
  expect(store.getState().wizard.step).toBe('reviewMany');

  controller.applyMany();
  const applying = core.take('accessApplyMany');
  advance(700);
  const waitUntil = new Date(1_000 + 5_000).toISOString();
  core.take('accessManyProgress').resolve(ok({ running: true, accounts: [{ wabaId: wabaPlain.id, state: 'done' }, { wabaId: wabaRestricted.id, state: 'waiting', until: waitUntil }] }));
  await settle();
  expect(store.getState().wizard).toMatchObject({ step: 'reviewMany', progress: { accounts: [{ state: 'done' }, { state: 'waiting', until: waitUntil }] } });

  const retryAt = new Date(clock.now() + 60_000).toISOString();
  applying.resolve(ok({
    accounts: [{ wabaId: wabaPlain.id, outcome: 'done' }, { wabaId: wabaRestricted.id, outcome: 'deferred', retryAt }],
    summary: { total: 2, done: 1, 'already-in-place': 0, refused: 0, failed: 0, 'not-verified': 0, deferred: 1 },
    receiptPath: '/r.json',
  }));
  await settle();
  expect(store.getState().wizard.step).toBe('verifyMany');
  // The poll stops with the run; nothing is run again before Meta's time.
  advance(59_000);
  expect(core.pending.map((p) => p.method)).toEqual([]);
  advance(3_000);
  expect(core.take('accessApplyMany').request).toEqual(planned.request);
  controller.dispose();
});
