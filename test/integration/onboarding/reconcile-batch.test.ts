/**
 * Settling an interrupted bulk run from the journal (reconcilePending) reads
 * in Graph batches, as the rest of bulk does: 25 changes left in flight by a
 * mid-batch kill are settled with at most 2 requests (the owners of removals
 * started without a business id, then every assigned_users), all reads,
 * nothing sent again; each change is still judged by its own row.
 */
import { expect, test } from '@playwright/test';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { openJournal } from '../../../main/core/journal/journal';
import { applyBatch } from '../../../main/core/onboarding/bulk-write';
import { BIZ, BSP_USER, bulkScenario, clientWaba } from '../cli/bulk-scenario';
import { openCore, startHarness } from './support';

const PENDING = 25;

test('25 changes left in flight are settled by reads in at most 2 requests, each judged on its own', async () => {
  const h = await startHarness({ server: { scenario: bulkScenario(PENDING, 0) } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    await h.core.close();
    // What a kill in the middle of a bulk batch leaves: 24 assignments (every other one reached Meta)
    // and one removal begun before its business was known.
    const journal = await openJournal(h.core.journalPath);
    for (let i = 0; i < PENDING - 1; i += 1) {
      const begun = await journal.begin({ kind: 'assign', wabaId: clientWaba(i), businessId: BIZ, userId: BSP_USER, tasks: ['DEVELOP'] });
      expect(begun.ok).toBe(true);
    }
    const removal = await journal.begin({ kind: 'remove', wabaId: clientWaba(PENDING - 1), userId: BSP_USER });
    expect(removal.ok).toBe(true);
    const core = await openCore(h.dataDir, h.service, h.server.url);
    try {
      const graph = core.services.deps().graph();
      for (let i = 0; i < PENDING - 1; i += 2) {
        const posted = await graph.assignUser({ wabaId: asWabaId(clientWaba(i)), businessId: asBusinessId(BIZ), userId: asSystemUserId(BSP_USER), tasks: ['DEVELOP'] });
        expect(posted.ok).toBe(true);
      }
      h.server.clearLog();
      const writesBefore = h.server.writeRequests;

      const summary = await core.reconcile();

      // 12 applied, 12 never reached Meta, the removal's user was never there (done).
      expect(summary).toEqual({ done: 13, failed: 12, unresolved: 0 });
      expect(h.server.log.length).toBeLessThanOrEqual(2);
      expect(h.server.log.map((e) => [e.method, e.batchSize])).toEqual([
        ['POST', 1],
        ['POST', PENDING],
      ]);
      expect(h.server.writeRequests).toBe(writesBefore);
      const after = await openJournal(h.core.journalPath);
      expect(after.pending()).toEqual([]);
      const states = new Map(after.records().map((r) => [r.wabaId, r.state]));
      for (let i = 0; i < PENDING - 1; i += 1) expect(states.get(clientWaba(i)), clientWaba(i)).toBe(i % 2 === 0 ? 'done' : 'failed');
      expect(states.get(clientWaba(PENDING - 1))).toBe('done');
    } finally {
      await core.close();
    }
  } finally {
    await h.dispose();
  }
});

test('a settle whose batch cannot reach Meta leaves every change in flight, unresolved, with the reason', async () => {
  const h = await startHarness({ server: { scenario: bulkScenario(3, 0) } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    await h.core.close();
    const journal = await openJournal(h.core.journalPath);
    for (let i = 0; i < 3; i += 1) await journal.begin({ kind: 'assign', wabaId: clientWaba(i), businessId: BIZ, userId: BSP_USER, tasks: ['DEVELOP'] });
    const core = await openCore(h.dataDir, h.service, h.server.url);
    try {
      h.server.addFault({ fault: { kind: 'reset-before-apply' }, method: 'POST', batch: true, times: Infinity });
      const summary = await core.reconcile();
      expect(summary).toMatchObject({ done: 0, failed: 0, unresolved: 3, firstError: { kind: 'network' } });
      expect((await openJournal(h.core.journalPath)).pending()).toHaveLength(3);
    } finally {
      await core.close();
    }
  } finally {
    await h.dispose();
  }
});

test('MANAGE read back unpacked: a change sent as MANAGE plus a task it holds is recognised as applied, by reconcile and by a lost answer\'s read', async () => {
  const h = await startHarness({ server: { scenario: bulkScenario(3, 0), behaviours: { manageReadBack: 'unpacked' } } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    // A lost answer: Meta applied the POST item of the apply batch and its answer came back null.
    h.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: '/assigned_users', batch: true });
    const applied = await h.call('access.apply', { wabaId: clientWaba(1), businessId: BIZ, userId: BSP_USER, tasks: ['MANAGE', 'DEVELOP'] });
    expect(applied.reconciled).toBe(true);
    // The read (MANAGE unpacked) showed it applied: sent once, not again.
    expect(h.server.appliedPosts).toBe(1);
    // The same through bulk's batch writer: the read of the lost rows settles it, nothing is sent twice.
    h.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: '/assigned_users', batch: true });
    const [row] = await applyBatch(h.core.services.deps(), [
      { wabaId: asWabaId(clientWaba(2)), businessId: asBusinessId(BIZ), userId: asSystemUserId(BSP_USER), tasks: ['MANAGE', 'DEVELOP'] },
    ]);
    expect(row).toMatchObject({ ok: true, value: { reconciled: true } });
    expect(h.server.appliedPosts).toBe(2);

    // An interrupted change of the same shape, settled by reconcile after a restart.
    await h.core.close();
    const journal = await openJournal(h.core.journalPath);
    await journal.begin({ kind: 'assign', wabaId: clientWaba(0), businessId: BIZ, userId: BSP_USER, tasks: ['MANAGE', 'DEVELOP'] });
    const core = await openCore(h.dataDir, h.service, h.server.url);
    try {
      const graph = core.services.deps().graph();
      const posted = await graph.assignUser({ wabaId: asWabaId(clientWaba(0)), businessId: asBusinessId(BIZ), userId: asSystemUserId(BSP_USER), tasks: ['MANAGE', 'DEVELOP'] });
      expect(posted.ok).toBe(true);
      expect(await core.reconcile()).toEqual({ done: 1, failed: 0, unresolved: 0 });
    } finally {
      await core.close();
    }
  } finally {
    await h.dispose();
  }
});
