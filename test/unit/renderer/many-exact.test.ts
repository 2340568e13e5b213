/**
 * Several accounts' add-or-exact choice in the renderer (issue 8.5 with 9.4):
 * what the choice leaves out counts only accounts the run would apply, the
 * losses are counted per task over the accounts that change, and choosing
 * exact on Review waits for its re-plan before anything can be applied.
 */
import { expect, test } from '@playwright/test';
import type { AccountPlan, MultiPlan } from '../../../shared/multi-account';
import type { AccessPlan } from '../../../shared/onboarding';
import { ok } from '../../../shared/result';
import type { WabaTask } from '../../../shared/tasks';
import { losses, notChosenAnywhere } from '../../../renderer/components/many-losses';
import type { Action } from '../../../renderer/state/actions';
import { progressOf } from '../../../renderer/state/progress';
import { reducer } from '../../../renderer/state/reducer';
import type { Slot } from '../../../renderer/state/slots';
import { initialState, type AppState } from '../../../renderer/state/state';
import { replanSettled } from '../../../renderer/state/transitions';
import { bizA, diagnosis, employee, planFor, practiceMode, wabaPlain, wabaRestricted } from './fixtures';

/** A plan for VIEW_INSIGHTS on an account where the user has `current`; exact takes away the rest. */
const withCurrent = (current: readonly WabaTask[], exact: boolean, canApply = true): AccessPlan => {
  const base = planFor(['VIEW_INSIGHTS'], canApply, wabaPlain);
  const others = current.filter((task) => task !== 'VIEW_INSIGHTS');
  return {
    ...base,
    tasks: exact ? ['VIEW_INSIGHTS'] : ['VIEW_INSIGHTS', ...others],
    current,
    diff: { add: current.includes('VIEW_INSIGHTS') ? [] : ['VIEW_INSIGHTS'], remove: exact ? others : [], keep: exact ? [] : others },
  };
};

const line = (wabaId: string, status: AccountPlan['status'], plan: AccessPlan): AccountPlan => ({ wabaId, status, plan });

test('what exact may take away counts only accounts the run applies; losses are counted per task over the accounts that change', () => {
  const lines = [
    line('1', 'change', withCurrent(['DEVELOP'], true)),
    line('2', 'change', withCurrent(['DEVELOP', 'MANAGE_TEMPLATES'], true)),
    // A refused account is left as it is: its tasks are never said to go.
    line('3', 'refused', withCurrent(['VIEW_COST'], true, false)),
    line('4', 'no-change', withCurrent(['VIEW_INSIGHTS'], true)),
  ];
  expect(notChosenAnywhere(lines, ['VIEW_INSIGHTS'])).toEqual(['DEVELOP', 'MANAGE_TEMPLATES']);
  expect([...losses(lines)]).toEqual([
    ['DEVELOP', 2],
    ['MANAGE_TEMPLATES', 1],
  ]);
  expect(losses(lines.slice(2)).size).toBe(0);
});

const run = (state: AppState, ...actions: Action[]): AppState => actions.reduce(reducer, state);
let seq = 900;
const answered = <S extends Slot>(slot: S, result: Extract<Action, { type: 'loaded'; slot: S }>['result']): Action[] => {
  seq += 1;
  return [{ type: 'requested', slot, seq }, { type: 'loaded', slot, seq, result } as Action];
};

const multi = (exact: boolean): MultiPlan => ({
  businessId: bizA.id,
  userId: employee.id,
  tasks: ['VIEW_INSIGHTS'],
  ...(exact ? { exact: true as const } : {}),
  accounts: [line(wabaRestricted.id, 'change', withCurrent([], exact)), line(wabaPlain.id, exact ? 'change' : 'no-change', withCurrent(['VIEW_INSIGHTS', 'DEVELOP'], exact))],
  counts: { change: exact ? 2 : 1, noChange: exact ? 0 : 1, refused: 0, unread: 0, error: 0 },
  worthApplying: true,
});

function atReview(): AppState {
  const s = run(
    initialState,
    ...answered('choose', ok(practiceMode)),
    { type: 'next' },
    ...answered('diagnosis', ok(diagnosis(true))),
    { type: 'next' },
    ...answered('businesses', ok([bizA])),
    { type: 'business-picked', business: bizA },
    ...answered('wabas', ok([wabaPlain, wabaRestricted])),
    { type: 'several-toggled' },
    { type: 'waba-picked', wabaId: wabaRestricted.id },
    { type: 'waba-picked', wabaId: wabaPlain.id },
    { type: 'next' },
    ...answered('users', ok([employee])),
    { type: 'user-picked', userId: employee.id },
    { type: 'next' },
    { type: 'task-toggled', task: 'DEVELOP' },
    { type: 'task-toggled', task: 'VIEW_INSIGHTS' },
  );
  return run(s, ...answered('many', ok(multi(false))), { type: 'next' });
}

test('several accounts: exact on Review is asked again, nothing moves on until it is in, and saved progress keeps it', () => {
  const review = atReview();
  expect(review.wizard).toMatchObject({ step: 'reviewMany', choice: { tasks: ['VIEW_INSIGHTS'] } });
  const chosen = run(review, { type: 'exact-chosen', exact: true });
  expect(chosen.wizard).toMatchObject({ step: 'reviewMany', choice: { exact: true }, plan: { counts: { change: 1 } } });
  expect(progressOf(chosen)).toMatchObject({ step: 'review', exact: true });
  // While the re-plan is out, the shown (additive) plan cannot be applied.
  seq += 1;
  const pending = run(chosen, { type: 'requested', slot: 'manyReplan', seq });
  expect(pending.wizard.step === 'reviewMany' && replanSettled(pending.wizard)).toBe(false);
  const replanned = run(pending, { type: 'loaded', slot: 'manyReplan', seq, result: ok(multi(true)) });
  expect(replanned.wizard).toMatchObject({ step: 'reviewMany', plan: { exact: true, counts: { change: 2 } } });
  expect(replanned.wizard.step === 'reviewMany' && replanSettled(replanned.wizard)).toBe(true);
  // Back to adding keeps the choice in step with the progress; Back to Access and forward again needs a plan for the exact choice.
  expect(progressOf(run(replanned, { type: 'exact-chosen', exact: false }))).not.toHaveProperty('exact');
  const access = run(replanned, { type: 'back' });
  expect(access.wizard).toMatchObject({ step: 'access', choice: { exact: true } });
  const additivePlan = run(access, ...answered('many', ok(multi(false))));
  expect(reducer(additivePlan, { type: 'next' })).toBe(additivePlan);
  expect(run(access, ...answered('many', ok(multi(true))), { type: 'next' }).wizard).toMatchObject({ step: 'reviewMany', choice: { exact: true } });
});
