/** Several accounts at once in the renderer's state (issue 9.4): picking, the one plan, Review, and back again. */
import { expect, test } from '@playwright/test';
import type { MultiApplyReport, MultiPlan } from '../../../shared/multi-account';
import { ok } from '../../../shared/result';
import type { Action } from '../../../renderer/state/actions';
import { progressOf } from '../../../renderer/state/progress';
import { reducer } from '../../../renderer/state/reducer';
import type { Slot } from '../../../renderer/state/slots';
import { initialState, type AppState } from '../../../renderer/state/state';
import { bizA, diagnosis, employee, planFor, practiceMode, wabaPlain, wabaRestricted } from './fixtures';

const run = (state: AppState, ...actions: Action[]): AppState => actions.reduce(reducer, state);
let seq = 500;
const answered = <S extends Slot>(slot: S, result: Extract<Action, { type: 'loaded'; slot: S }>['result']): Action[] => {
  seq += 1;
  return [{ type: 'requested', slot, seq }, { type: 'loaded', slot, seq, result } as Action];
};

function atAccount(): AppState {
  return run(
    initialState,
    ...answered('choose', ok(practiceMode)),
    { type: 'next' },
    ...answered('diagnosis', ok(diagnosis(true))),
    { type: 'next' },
    ...answered('businesses', ok([bizA])),
    { type: 'business-picked', business: bizA },
    ...answered('wabas', ok([wabaPlain, wabaRestricted])),
  );
}

const manyPlan = (statuses: readonly MultiPlan['accounts'][number]['status'][]): MultiPlan => ({
  businessId: bizA.id,
  userId: employee.id,
  tasks: ['MANAGE'],
  accounts: [
    { wabaId: wabaRestricted.id, status: statuses[0] ?? 'refused', plan: planFor(['MANAGE'], false, wabaRestricted) },
    { wabaId: wabaPlain.id, status: statuses[1] ?? 'change', plan: planFor(['MANAGE']) },
  ],
  counts: { change: 1, noChange: 0, refused: 1, unread: 0, error: 0 },
  worthApplying: true,
});

test('one account stays one choice; "several" turns the list into ticks, kept in the order picked', () => {
  let s = run(atAccount(), { type: 'waba-picked', wabaId: wabaPlain.id }, { type: 'waba-picked', wabaId: wabaRestricted.id });
  expect(s.wizard).toMatchObject({ wabaIds: [wabaRestricted.id], several: false });
  s = run(s, { type: 'several-toggled' }, { type: 'waba-picked', wabaId: wabaPlain.id });
  expect(s.wizard).toMatchObject({ wabaIds: [wabaRestricted.id, wabaPlain.id], several: true });
  // Unticking, and an account the list does not show, change nothing else.
  expect(run(s, { type: 'waba-picked', wabaId: wabaRestricted.id }).wizard).toMatchObject({ wabaIds: [wabaPlain.id] });
  expect(run(s, { type: 'wabas-picked', wabaIds: [wabaPlain.id, '999' as never] }).wizard).toMatchObject({ wabaIds: [wabaPlain.id] });
  // Turning "several" off keeps the first pick only.
  expect(run(s, { type: 'several-toggled' }).wizard).toMatchObject({ wabaIds: [wabaRestricted.id], several: false });
  // With none ticked there is no next step.
  const none = run(s, { type: 'waba-picked', wabaId: wabaRestricted.id }, { type: 'waba-picked', wabaId: wabaPlain.id });
  expect(reducer(none, { type: 'next' })).toBe(none);
});

test('several accounts: one plan, Review with a line per account, and Back restores the picks', () => {
  let s = run(atAccount(), { type: 'several-toggled' }, { type: 'waba-picked', wabaId: wabaRestricted.id }, { type: 'waba-picked', wabaId: wabaPlain.id }, { type: 'next' });
  expect(s.wizard).toMatchObject({ step: 'systemUser', pick: { waba: { id: wabaRestricted.id }, more: [{ id: wabaPlain.id }] } });
  s = run(s, ...answered('users', ok([employee])), { type: 'user-picked', userId: employee.id }, { type: 'next' });
  // MANAGE can be chosen although the first account is restricted: the plan refuses it there, per account.
  s = run(s, { type: 'preset-picked', preset: 'full' });
  expect(s.wizard).toMatchObject({ step: 'access', choice: { tasks: ['MANAGE'] } });
  expect(progressOf(s)).toMatchObject({ step: 'access', wabaIds: [wabaRestricted.id, wabaPlain.id], tasks: ['MANAGE'] });

  // Every account refused: no Review.
  const refused = run(s, ...answered('many', ok(manyPlan(['refused', 'refused']))));
  expect(reducer(refused, { type: 'next' })).toBe(refused);
  const review = run(s, ...answered('many', ok(manyPlan(['refused', 'change']))), { type: 'next' });
  expect(review.wizard).toMatchObject({ step: 'reviewMany', plan: { accounts: [{ status: 'refused' }, { status: 'change' }] } });
  expect(progressOf(review)).toMatchObject({ step: 'review' });

  const report: MultiApplyReport = {
    accounts: [
      { wabaId: wabaRestricted.id, outcome: 'refused' },
      { wabaId: wabaPlain.id, outcome: 'done' },
    ],
    summary: { total: 2, done: 1, 'already-in-place': 0, refused: 1, failed: 0, 'not-verified': 0, deferred: 0 },
    receiptPath: '/tmp/r.json',
  };
  const verify = run(review, ...answered('manyApply', ok(report)), { type: 'next' });
  expect(verify.wizard).toMatchObject({ step: 'verifyMany', run: { status: 'ready', value: report } });
  const receipt = run(verify, { type: 'next' });
  expect(receipt.wizard).toMatchObject({ step: 'receiptMany', report });
  const handoff = run(receipt, { type: 'next' });
  expect(handoff.wizard).toMatchObject({ step: 'handoff', pick: { waba: { id: wabaRestricted.id } } });
  const other = run(handoff, { type: 'handoff-account-picked', wabaId: wabaPlain.id });
  expect(other.wizard).toMatchObject({ step: 'handoff', pick: { waba: { id: wabaPlain.id } } });
  expect(progressOf(other)).toMatchObject({ step: 'handoff', wabaIds: [wabaRestricted.id, wabaPlain.id] });
  expect(run(other, { type: 'back' }).wizard).toBe(receipt.wizard);

  const back = run(review, { type: 'back' }, { type: 'back' }, { type: 'back' });
  expect(back.wizard).toMatchObject({ step: 'account', wabaIds: [wabaRestricted.id, wabaPlain.id], several: true });
});
