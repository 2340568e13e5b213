import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { appError } from '../../../shared/errors';
import { err, ok } from '../../../shared/result';
import { GRANULAR_PRESET, PRESET_IDS, WABA_TASKS } from '../../../shared/tasks';
import type { Action } from '../../../renderer/state/actions';
import { reducer } from '../../../renderer/state/reducer';
import type { Slot } from '../../../renderer/state/slots';
import { initialState, type AppState } from '../../../renderer/state/state';
import { accountStart } from '../../../renderer/state/transitions';
import {
  admin, applied, bizA, bizB, diagnosis, employee, planFor, practiceMode, reportFor, wabaPlain, wabaRestricted, wabasOfB,
} from './fixtures';

const run = (state: AppState, ...actions: Action[]): AppState => actions.reduce(reducer, state);
let seq = 100;
/** A request and its answer for one slot, as the controller would send them. */
const answered = <S extends Slot>(slot: S, result: Extract<Action, { type: 'loaded'; slot: S }>['result']): Action[] => {
  seq += 1;
  return [{ type: 'requested', slot, seq }, { type: 'loaded', slot, seq, result } as Action];
};

/** The state on the Access step for `waba`, reached through the real transitions. */
function atAccess(waba = wabaPlain): AppState {
  return run(
    initialState,
    ...answered('choose', ok(practiceMode)),
    { type: 'next' },
    ...answered('diagnosis', ok(diagnosis(true))),
    { type: 'next' },
    ...answered('businesses', ok([bizA, bizB])),
    { type: 'business-picked', business: bizA },
    ...answered('wabas', ok([wabaPlain, wabaRestricted])),
    { type: 'waba-picked', wabaId: waba.id },
    { type: 'next' },
    ...answered('users', ok([employee, admin])),
    { type: 'user-picked', userId: employee.id },
    { type: 'next' },
  );
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

test('the whole flow moves step by step and carries every choice forward', () => {
  const access = atAccess();
  expect(access.mode).toEqual({ status: 'ready', value: practiceMode });
  expect(access.wizard).toMatchObject({ step: 'access', pick: { business: bizA, waba: wabaPlain, user: employee }, choice: { preset: 'developer', tasks: ['DEVELOP'] } });
  const receipt = run(
    access,
    ...answered('plan', ok(planFor(['DEVELOP']))),
    { type: 'next' },
    ...answered('apply', ok(applied)),
    { type: 'next' },
    ...answered('report', ok(reportFor(['DEVELOP']))),
    { type: 'next' },
  );
  expect(receipt.wizard).toMatchObject({ step: 'receipt', applied, report: reportFor(['DEVELOP']) });
  // Back from the receipt keeps the verified report; back again keeps the plan; back to system user keeps the pick.
  const verify = reducer(receipt, { type: 'back' });
  expect(verify.wizard).toMatchObject({ step: 'verify', report: { status: 'ready' } });
  const user = run(verify, { type: 'back' }, { type: 'back' }, { type: 'back' });
  expect(user.wizard).toMatchObject({ step: 'systemUser', userId: employee.id, users: { status: 'idle' } });
  const account = reducer(user, { type: 'back' });
  expect(account.wizard).toMatchObject({ step: 'account', business: bizA, wabaIds: [wabaPlain.id], several: false });
});

test('actions for another step leave the state untouched (same object)', () => {
  const welcome = initialState;
  const wrong: Action[] = [
    { type: 'business-picked', business: bizA },
    { type: 'waba-picked', wabaId: wabaPlain.id },
    { type: 'user-picked', userId: employee.id },
    { type: 'task-toggled', task: 'DEVELOP' },
    { type: 'preset-picked', preset: 'granular' },
    { type: 'requested', slot: 'plan', seq: 1 },
    { type: 'loaded', slot: 'apply', seq: 1, result: ok(applied) },
    { type: 'waiting', slot: 'report', seq: 1, until: 5 },
    { type: 'next' },
    { type: 'back' },
    { type: 'restart' },
  ];
  for (const action of wrong) expect(reducer(welcome, action), action.type).toBe(welcome);
  const access = atAccess();
  for (const action of [{ type: 'requested', slot: 'wabas', seq: 999 }, { type: 'next' }, { type: 'business-picked', business: bizB }] as Action[]) {
    expect(reducer(access, action), action.type).toBe(access);
  }
});

test('a late answer for an older request is dropped, the newer one is kept', () => {
  const picked = run(initialState, ...answered('choose', ok(practiceMode)), { type: 'next' }, ...answered('diagnosis', ok(diagnosis(true))), { type: 'next' });
  expect(picked.wizard).toEqual(accountStart);
  const raced = run(
    picked,
    { type: 'business-picked', business: bizA },
    { type: 'requested', slot: 'wabas', seq: 1 },
    { type: 'business-picked', business: bizB },
    { type: 'requested', slot: 'wabas', seq: 2 },
  );
  const afterStale = reducer(raced, { type: 'loaded', slot: 'wabas', seq: 1, result: ok([wabaPlain]) });
  expect(afterStale).toBe(raced);
  const afterFresh = reducer(afterStale, { type: 'loaded', slot: 'wabas', seq: 2, result: ok(wabasOfB) });
  expect(afterFresh.wizard).toMatchObject({ business: bizB, wabas: { status: 'ready', value: wabasOfB } });
  // A second answer with the same number is dropped too (the slot is no longer loading).
  expect(reducer(afterFresh, { type: 'loaded', slot: 'wabas', seq: 2, result: ok([wabaPlain]) })).toBe(afterFresh);
});

test('an answer that arrives after the user left the step is dropped', () => {
  const access = reducer(atAccess(), { type: 'requested', slot: 'plan', seq: 7 });
  const left = reducer(access, { type: 'back' });
  expect(reducer(left, { type: 'loaded', slot: 'plan', seq: 7, result: ok(planFor(['DEVELOP'])) })).toBe(left);
  // Changing the choice while the plan loads makes the pending plan stale as well.
  const changed = reducer(access, { type: 'task-toggled', task: 'VIEW_COST' });
  expect(reducer(changed, { type: 'loaded', slot: 'plan', seq: 7, result: ok(planFor(['DEVELOP'])) })).toBe(changed);
});

test('a rate-limit wait marks only the current request, and failures are kept as values', () => {
  const review = run(atAccess(), ...answered('plan', ok(planFor(['DEVELOP']))), { type: 'next' }, { type: 'requested', slot: 'apply', seq: 50 });
  expect(reducer(review, { type: 'waiting', slot: 'apply', seq: 49, until: 1000 })).toBe(review);
  const waiting = reducer(review, { type: 'waiting', slot: 'apply', seq: 50, until: 1000 });
  expect(waiting.wizard).toMatchObject({ step: 'review', apply: { status: 'loading', seq: 50, waitUntil: 1000 } });
  const error = appError('permission-denied', 'no', { graph: { code: 200, fbtraceId: 'X' } });
  const failed = reducer(waiting, { type: 'loaded', slot: 'apply', seq: 50, result: err(error) });
  expect(failed.wizard).toMatchObject({ step: 'review', apply: { status: 'failed', error } });
  expect(reducer(failed, { type: 'next' })).toBe(failed);
});

test('MANAGE and the full preset are refused on a multi-partner WABA without MESSAGING; granular is offered', () => {
  const access = atAccess(wabaRestricted);
  expect(reducer(access, { type: 'task-toggled', task: 'MANAGE' })).toBe(access);
  expect(reducer(access, { type: 'preset-picked', preset: 'full' })).toBe(access);
  const granular = reducer(access, { type: 'preset-picked', preset: 'granular' });
  expect(granular.wizard).toMatchObject({ choice: { preset: 'granular', tasks: GRANULAR_PRESET.map((p) => p.task) } });
  const plain = reducer(atAccess(), { type: 'preset-picked', preset: 'full' });
  expect(plain.wizard).toMatchObject({ choice: { preset: 'full', tasks: ['MANAGE'] } });
});

test('ticking tasks finds the matching preset, and Next waits for an applicable plan of the same tasks', () => {
  const access = atAccess();
  const custom = run(access, { type: 'task-toggled', task: 'VIEW_COST' });
  expect(custom.wizard).toMatchObject({ choice: { preset: 'custom', tasks: ['DEVELOP', 'VIEW_COST'] }, plan: { status: 'idle' } });
  const back = reducer(custom, { type: 'task-toggled', task: 'VIEW_COST' });
  expect(back.wizard).toMatchObject({ choice: { preset: 'developer', tasks: ['DEVELOP'] } });
  const refused = run(custom, ...answered('plan', ok(planFor(['DEVELOP', 'VIEW_COST'], false))));
  expect(reducer(refused, { type: 'next' })).toBe(refused);
  const otherTasks = run(custom, ...answered('plan', ok(planFor(['DEVELOP']))));
  expect(reducer(otherTasks, { type: 'next' })).toBe(otherTasks);
  const good = run(custom, ...answered('plan', ok(planFor(['DEVELOP', 'VIEW_COST']))), { type: 'next' });
  expect(good.wizard.step).toBe('review');
});

test('forgetting the token returns to Connect with the new status', () => {
  const access = atAccess();
  const status = { connected: false, persisted: false, backend: 'keychain' as const, fingerprint: null };
  const forgotten = run(access, ...answered('forget', ok(status)));
  expect(forgotten.token).toEqual(status);
  expect(forgotten.wizard).toEqual({ step: 'connect', diagnosis: { status: 'idle' } });
  expect(reducer(reducer(access, { type: 'settings-opened' }), { type: 'settings-closed' }).settingsOpen).toBe(false);
});

const single: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ type: 'next' }, { type: 'back' }, { type: 'restart' }, { type: 'reconnect' }, { type: 'settings-opened' }, { type: 'settings-closed' }),
  fc.constantFrom(bizA, bizB).map((business): Action => ({ type: 'business-picked', business })),
  fc.constantFrom(wabaPlain.id, wabaRestricted.id).map((wabaId): Action => ({ type: 'waba-picked', wabaId })),
  fc.constantFrom(employee.id, admin.id).map((userId): Action => ({ type: 'user-picked', userId })),
  fc.constantFrom(...WABA_TASKS).map((task): Action => ({ type: 'task-toggled', task })),
  fc.constantFrom(...PRESET_IDS).map((preset): Action => ({ type: 'preset-picked', preset })),
);

/** A request with its answer (sometimes for another sequence number, sometimes a failure). */
const exchange: fc.Arbitrary<Action[]> = fc.integer({ min: 1, max: 6 }).chain((n) =>
  fc.constantFrom<Action[]>(
    [{ type: 'requested', slot: 'choose', seq: n }, { type: 'loaded', slot: 'choose', seq: n, result: ok(practiceMode) }],
    [{ type: 'requested', slot: 'diagnosis', seq: n }, { type: 'loaded', slot: 'diagnosis', seq: n, result: ok(diagnosis(true)) }],
    [{ type: 'requested', slot: 'businesses', seq: n }, { type: 'loaded', slot: 'businesses', seq: n, result: ok([bizA]) }],
    [{ type: 'requested', slot: 'wabas', seq: n }, { type: 'loaded', slot: 'wabas', seq: n, result: ok([wabaPlain, wabaRestricted]) }],
    [{ type: 'requested', slot: 'users', seq: n }, { type: 'loaded', slot: 'users', seq: n, result: ok([employee, admin]) }],
    [{ type: 'requested', slot: 'plan', seq: n }, { type: 'loaded', slot: 'plan', seq: n + 1, result: ok(planFor(['DEVELOP'])) }],
    [{ type: 'requested', slot: 'apply', seq: n }, { type: 'loaded', slot: 'apply', seq: n, result: err(appError('network', 'down')) }],
  ),
);

const actions: fc.Arbitrary<Action[]> = fc
  .array(fc.oneof(single.map((action) => [action]), exchange), { maxLength: 40 })
  .map((chunks) => chunks.flat());

test('property: the reducer never mutates its input, is deterministic, and never lets MANAGE onto a restricted WABA', () => {
  fc.assert(
    fc.property(actions, (list) => {
      let state = deepFreeze(atAccess(wabaRestricted));
      for (const action of list) {
        const snapshot = JSON.stringify(state);
        const next = reducer(state, action);
        expect(JSON.stringify(state)).toBe(snapshot);
        expect(JSON.stringify(reducer(state, action))).toBe(JSON.stringify(next));
        state = deepFreeze(next);
        const w = state.wizard;
        if ((w.step === 'access' || w.step === 'review') && w.pick.waba.id === wabaRestricted.id) expect(w.choice.tasks).not.toContain('MANAGE');
      }
    }),
    { numRuns: 200 },
  );
});

test('when nothing would change, Review moves on to Verify without applying; otherwise it waits for the apply', () => {
  const unchanged = { ...planFor(['DEVELOP']), current: ['DEVELOP'], diff: { add: [], remove: [], keep: ['DEVELOP'] }, problems: [{ code: 'no-change' as const, severity: 'ok' as const }] };
  const review = run(atAccess(), ...answered('plan', ok(unchanged)), { type: 'next' });
  expect(review.wizard.step).toBe('review');
  expect(reducer(review, { type: 'next' }).wizard).toMatchObject({ step: 'verify', applied: null, report: { status: 'idle' } });

  const changing = run(atAccess(), ...answered('plan', ok(planFor(['DEVELOP']))), { type: 'next' });
  expect(reducer(changing, { type: 'next' })).toBe(changing);
});

test('Review: an additive plan may hold more than the choice; choosing exact asks again and nothing moves on until it is in', () => {
  // The user has VIEW_COST; Developer is chosen: the additive plan keeps VIEW_COST and Review still opens.
  const additive = { ...planFor(['DEVELOP', 'VIEW_COST']), current: ['VIEW_COST'], diff: { add: ['DEVELOP'], remove: [], keep: ['VIEW_COST'] } };
  const review = run(atAccess(), ...answered('plan', ok(additive)), { type: 'next' });
  expect(review.wizard).toMatchObject({ step: 'review', plan: additive, replan: { status: 'idle' } });

  const choosing = reducer(review, { type: 'exact-chosen', exact: true });
  expect(choosing.wizard).toMatchObject({ choice: { exact: true } });
  expect(reducer(choosing, { type: 'exact-chosen', exact: true })).toBe(choosing);
  seq += 1;
  const replanSeq = seq;
  const pending = reducer(choosing, { type: 'requested', slot: 'replan', seq: replanSeq });
  // While the plan for the add/exact choice is on its way, or failed, Review does not move on, even where nothing would change.
  expect(reducer(pending, { type: 'next' })).toBe(pending);
  const unchanged = { ...planFor(['DEVELOP']), current: ['DEVELOP'], diff: { add: [], remove: [], keep: ['DEVELOP'] }, problems: [{ code: 'no-change' as const, severity: 'ok' as const }] };
  const quiet = run(atAccess(), ...answered('plan', ok(unchanged)), { type: 'next' }, { type: 'exact-chosen', exact: true });
  seq += 1;
  const quietPending = reducer(quiet, { type: 'requested', slot: 'replan', seq });
  expect(reducer(quietPending, { type: 'next' })).toBe(quietPending);
  expect(reducer(quiet, { type: 'next' }).wizard.step).toBe('verify');
  const exactPlan = { ...planFor(['DEVELOP']), current: ['VIEW_COST'], diff: { add: ['DEVELOP'], remove: ['VIEW_COST'], keep: [] } };
  const ready = reducer(pending, { type: 'loaded', slot: 'replan', seq: replanSeq, result: ok(exactPlan) });
  expect(ready.wizard).toMatchObject({ step: 'review', plan: exactPlan, choice: { exact: true } });
  const failedReplan = run(quiet, ...answered('replan', err(appError('network', 'down'))));
  expect(reducer(failedReplan, { type: 'next' })).toBe(failedReplan);
  // Back to Access keeps the choice, and a new task choice starts additive again.
  const access = reducer(ready, { type: 'back' });
  expect(access.wizard).toMatchObject({ step: 'access', choice: { exact: true } });
  expect(reducer(access, { type: 'task-toggled', task: 'VIEW_INSIGHTS' }).wizard).not.toMatchObject({ choice: { exact: true } });
});
