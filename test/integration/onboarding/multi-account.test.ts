/**
 * Several accounts at once (issue 9.4) through the IPC channels the wizard
 * uses: one plan with a line per account, one apply through the bulk core
 * (journaled), a rate-limited account set aside as deferred while the others
 * finish, one receipt (with its digest) for the run; running again within
 * Meta's wait sends nothing twice.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { digestState } from '../../../main/core/receipts/digest';
import { BIZ, bulkScenario, clientWaba } from '../cli/bulk-scenario';
import { startHarness } from './support';
import { assignBatches, assignPosts } from '../../support/batch-items';

const USER = '1972555232742222';

test('one plan, one apply: a rate-limited account is deferred, the others are done, one receipt', async () => {
  const h = await startHarness({ server: { scenario: bulkScenario(3, 0) } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const request = { businessId: BIZ, userId: USER, wabaIds: [clientWaba(0), clientWaba(1), clientWaba(2)], tasks: ['MESSAGING', 'VIEW_COST'] as ('MESSAGING' | 'VIEW_COST')[] };
    const plan = await h.call('access.planMany', request);
    expect(plan.accounts.map((a) => [a.wabaId, a.status])).toEqual(request.wabaIds.map((id) => [id, 'change']));
    expect(plan.accounts[0]?.plan?.diff.add).toEqual(['MESSAGING', 'VIEW_COST']);
    expect(plan.worthApplying).toBe(true);
    const writesBefore = assignBatches(h.server).length;
    expect(writesBefore).toBe(0);

    // Meta throttles the second account for an hour: longer than the run may wait.
    h.server.addFault({ fault: { kind: 'throttle', regainMinutes: 60 }, method: 'POST', pathIncludes: `${clientWaba(1)}/assigned_users`, batch: true, times: Infinity });
    const report = await h.call('access.applyMany', request);
    expect(report.accounts.map((a) => [a.wabaId, a.outcome])).toEqual([
      [clientWaba(0), 'done'],
      [clientWaba(1), 'deferred'],
      [clientWaba(2), 'done'],
    ]);
    expect(report.accounts[1]?.retryAt).toMatch(/^\d{4}-/);
    expect(report.accounts[1]?.error?.kind).toBe('rate-limited');
    expect(report.summary).toMatchObject({ total: 3, done: 2, deferred: 1 });
    expect(report.receiptPath).not.toBeNull();
    // The wizard reads each account's state while the run goes on; after it, the last states stay.
    const progress = await h.call('access.manyProgress', {});
    expect(progress?.running).toBe(false);
    expect(progress?.accounts.map((a) => [a.wabaId, a.state])).toEqual([
      [clientWaba(0), 'done'],
      [clientWaba(1), 'deferred'],
      [clientWaba(2), 'done'],
    ]);
    expect(progress?.accounts[1]?.until).toBe(report.accounts[1]?.retryAt);
    const receipt = JSON.parse(readFileSync(report.receiptPath as string, 'utf8')) as { kind: string; rows: { waba: string; outcome: string }[]; source: string };
    expect(receipt.kind).toBe('waba-access-bulk-receipt');
    expect(receipt.source).toBe('several-accounts');
    expect(receipt.rows.map((r) => [r.waba, r.outcome])).toEqual([
      [clientWaba(0), 'done'],
      [clientWaba(1), 'deferred'],
      [clientWaba(2), 'done'],
    ]);
    expect(digestState(receipt as unknown as Record<string, unknown>)).toBe('intact');
    // Each finished account has its own verified receipt too (the wizard's Receipt step).
    const single = await h.call('receipt.get', { wabaId: clientWaba(2), businessId: BIZ, userId: USER });
    expect(single.verification.verified).toBe(true);

    // Running again within Meta's stated wait: the done accounts are not sent again, the throttled one stays deferred.
    // Writes are batch items (the POST and its read-back): count the POST items sent for this account.
    const posted = (id: string): number => assignPosts(h.server).filter((e) => e.path.includes(`${id}/assigned_users`)).length;
    const again = await h.call('access.applyMany', request);
    expect(again.accounts.map((a) => a.outcome)).toEqual(['already-in-place', 'deferred', 'already-in-place']);
    expect(posted(clientWaba(0))).toBe(1);
    expect(posted(clientWaba(2))).toBe(1);
    expect(h.core.services.deps().journal.pending()).toEqual([]);
  } finally {
    await h.dispose();
  }
});

test('a bad account list is refused naming the field; nothing is read', async () => {
  const h = await startHarness();
  try {
    const from = h.server.log.length;
    for (const wabaIds of [[], ['1', '1'], ['x']]) {
      const reply = await h.core.invoke('access.planMany', { businessId: BIZ, userId: USER, wabaIds, tasks: ['MESSAGING'] });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.fields?.some((f) => f.startsWith('wabaIds'))).toBe(true);
    }
    expect(h.server.log.length).toBe(from);
  } finally {
    await h.dispose();
  }
});
