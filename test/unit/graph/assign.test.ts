import { expect, test } from '@playwright/test';
import { assignReconciled, checkTasks } from '../../../main/core/graph/assign';
import { sameTasks } from '../../../shared/tasks';
import type { Failure } from '../../../main/core/graph/graph-call';
import { silentLogger } from '../../../main/core/log/logger';
import { appError } from '../../../shared/errors';
import { err, ok, type Result } from '../../../shared/result';

const lost: Failure = { error: appError('network', 'The connection was cut'), ambiguous: true };
const refused: Failure = { error: appError('permission-denied', 'no'), ambiguous: false };

function ports(posts: Result<unknown, Failure>[], reads: Result<readonly string[] | undefined, ReturnType<typeof appError>>[]) {
  const calls = { post: 0, read: 0 };
  return {
    calls,
    ports: {
      post: async () => posts[calls.post++] ?? ok({ success: true }),
      readTasks: async () => reads[calls.read++] ?? ok(undefined),
      log: silentLogger,
    },
  };
}

test('a confirmed POST needs no read-back', async () => {
  const p = ports([ok({ success: true })], []);
  expect(await assignReconciled(['MANAGE'], p.ports)).toEqual(ok({ reconciled: false }));
  expect(p.calls).toEqual({ post: 1, read: 0 });
});

test('a lost answer whose read-back shows the tasks is reconciled without a second POST', async () => {
  const p = ports([err(lost)], [ok(['MANAGE', 'DEVELOP'])]);
  expect(await assignReconciled(['DEVELOP', 'MANAGE'], p.ports)).toEqual(ok({ reconciled: true }));
  expect(p.calls).toEqual({ post: 1, read: 1 });
});

test('a lost answer whose read-back differs is posted exactly once more', async () => {
  const p = ports([err(lost), ok({ success: true })], [ok(['DEVELOP'])]);
  expect(await assignReconciled(['MANAGE'], p.ports)).toEqual(ok({ reconciled: false }));
  expect(p.calls).toEqual({ post: 2, read: 1 });
});

test('never more than two POSTs, and a failed read-back reports the original failure', async () => {
  const twice = ports([err(lost), err(lost)], [ok(undefined), ok(undefined)]);
  const result = await assignReconciled(['MANAGE'], twice.ports);
  expect(result.ok).toBe(false);
  expect(twice.calls).toEqual({ post: 2, read: 2 });
  const unreadable = ports([err(lost)], [err(appError('timeout', 't'))]);
  const r2 = await assignReconciled(['MANAGE'], unreadable.ports);
  expect(!r2.ok && r2.error.kind).toBe('network');
  expect(unreadable.calls).toEqual({ post: 1, read: 1 });
});

test('a clear refusal is final: no read, no re-post', async () => {
  const p = ports([err(refused)], []);
  expect(await assignReconciled(['MANAGE'], p.ports)).toEqual(err(refused.error));
  expect(p.calls).toEqual({ post: 1, read: 0 });
});

test('a cancelled POST is not reconciled here (the journal does it on resume)', async () => {
  const p = ports([err({ error: appError('cancelled', 'c'), ambiguous: true })], []);
  const result = await assignReconciled(['MANAGE'], p.ports);
  expect(!result.ok && result.error.kind).toBe('cancelled');
  expect(p.calls.read).toBe(0);
});

test('tasks: 1 to 16 known names, duplicates removed; comparison is by set', () => {
  expect(checkTasks(['MANAGE', 'MANAGE', 'DEVELOP'])).toEqual(ok(['MANAGE', 'DEVELOP']));
  for (const bad of [[], ['manage'], ['MANAGE', 'NOPE'], 'MANAGE', Array.from({ length: 17 }, () => 'MANAGE')]) {
    expect(checkTasks(bad).ok).toBe(false);
  }
  expect(sameTasks(['A', 'B'], ['B', 'A'])).toBe(true);
  expect(sameTasks(['A'], ['A', 'B'])).toBe(false);
});
