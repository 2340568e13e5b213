/**
 * Plan, apply, verify, receipt and remove against the practice server, with
 * the journal on disk: every write is `in_flight` before it is sent and
 * `done`/`failed` after; a refused plan sends nothing; an interrupted write
 * is settled by a read, never re-sent blindly.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { openJournal } from '../../../main/core/journal/journal';
import { reconcilePending } from '../../../main/core/onboarding/reconcile';
import { verifyAccess } from '../../../main/core/onboarding/verify';
import { IDS, openCore, startHarness } from './support';

const target = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee };
const branded = { wabaId: asWabaId(IDS.ownedWaba), businessId: asBusinessId(IDS.business), userId: asSystemUserId(IDS.employee) };
const journalStates = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { state: string; kind: string }).state);

test('plan -> apply -> verify -> receipt -> remove, journaled', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const plan = await h.call('access.plan', { ...target, tasks: ['DEVELOP', 'VIEW_COST'] });
    expect(plan).toMatchObject({ canApply: true, current: [], diff: { add: ['DEVELOP', 'VIEW_COST'], remove: [], keep: [] }, problems: [] });

    const applied = await h.call('access.apply', { ...target, tasks: ['DEVELOP', 'VIEW_COST'] });
    expect(applied.reconciled).toBe(false);
    expect(applied.fbtraceIds.length).toBeGreaterThan(0);
    expect(h.server.assignedTasks(IDS.ownedWaba, IDS.employee)).toEqual(['DEVELOP', 'VIEW_COST']);
    expect(h.server.appliedPosts).toBe(1);
    expect(journalStates(h.core.journalPath)).toEqual(['in_flight', 'done']);

    const report = await h.call('access.verify', { ...target, tasks: ['DEVELOP', 'VIEW_COST', 'MANAGE_TEMPLATES'] });
    expect(report.verified).toBe(false);
    expect(report.tasks).toEqual([
      { task: 'DEVELOP', state: 'granted' },
      { task: 'VIEW_COST', state: 'granted' },
      { task: 'MANAGE_TEMPLATES', state: 'missing' },
    ]);
    const good = await h.call('access.verify', { ...target, tasks: ['DEVELOP'] });
    expect(good).toMatchObject({ verified: true, tasks: [{ task: 'DEVELOP', state: 'granted' }, { task: 'VIEW_COST', state: 'extra' }] });
    // Meta's trace ids of the read-back go on the receipt, for support.
    expect(good.fbtraceIds.length).toBeGreaterThan(0);
    // The optional cross-check from the user's side agrees (and costs one more read).
    const before = h.server.log.length;
    const crossed = await verifyAccess(h.core.services.deps(), { ...branded, tasks: ['DEVELOP'] }, { crossCheck: true });
    expect(crossed).toMatchObject({ ok: true, value: { verified: true } });
    expect(h.server.log.slice(before).map((e) => e.path)).toEqual([
      `/v26.0/${IDS.ownedWaba}/assigned_users`,
      `/v26.0/${IDS.employee}/assigned_whatsapp_business_accounts`,
    ]);
    expect(h.logLines.join('\n')).not.toContain('disagrees');

    const receipt = await h.call('receipt.get', target);
    expect(receipt).toMatchObject({
      kind: 'waba-access-receipt',
      // Live mode, but every answer came from the practice server: the receipt says so.
      mode: 'practice',
      business: { id: IDS.business, name: 'Lucky Shrub' },
      waba: { id: IDS.ownedWaba, name: 'Lucky Shrub WhatsApp' },
      systemUser: { id: IDS.employee, name: 'BSP Integration', role: 'EMPLOYEE' },
      verification: { verified: true },
      apply: { changeId: applied.changeId },
      token: { type: 'SYSTEM_USER', last4: h.server.token('admin-never').slice(-4) },
    });
    const saved = await h.call('receipt.save', { ...target, format: 'html' });
    const html = readFileSync(saved.path, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).toContain(IDS.ownedWaba);
    expect(html).not.toContain('<script');
    const json = await h.call('receipt.save', { ...target, format: 'json' });
    expect(JSON.parse(readFileSync(json.path, 'utf8'))).toMatchObject({ kind: 'waba-access-receipt' });
    for (const path of [saved.path, json.path]) expect(readFileSync(path, 'utf8')).not.toContain(h.server.token('admin-never'));

    const removed = await h.call('access.remove', target);
    expect(removed.fbtraceIds.length).toBeGreaterThan(0);
    // Read first, DELETE, read back; a removal receipt names what went.
    expect(removed).toMatchObject({ nothingToRemove: false, removedTasks: ['DEVELOP', 'VIEW_COST'], verified: true });
    expect(JSON.parse(readFileSync(removed.receiptPath ?? '', 'utf8'))).toMatchObject({
      kind: 'waba-access-removal-receipt',
      mode: 'practice',
      removal: { removedTasks: ['DEVELOP', 'VIEW_COST'], verified: true },
      token: { type: 'SYSTEM_USER' },
    });
    expect(h.server.assignedTasks(IDS.ownedWaba, IDS.employee)).toBeUndefined();
    expect(journalStates(h.core.journalPath)).toEqual(['in_flight', 'done', 'in_flight', 'done']);
    expect(await h.core.invoke('receipt.get', target)).toMatchObject({ ok: false, error: { kind: 'not-verified' } });

    // Again: the read shows nothing to remove, and nothing is sent.
    const writes = h.server.writeRequests;
    const again = await h.call('access.remove', target);
    expect(again).toMatchObject({ nothingToRemove: true, changeId: null, removedTasks: [] });
    expect(h.server.writeRequests).toBe(writes);
  } finally {
    await h.dispose();
  }
});

test('MANAGE on a multi-partner WABA without MESSAGING: the plan says why, apply sends nothing', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const request = { wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['MANAGE' as const] };
    const plan = await h.call('access.plan', request);
    expect(plan).toMatchObject({ canApply: false, current: ['DEVELOP'], sharing: { multiPartner: true, messagingGranted: false } });
    expect(plan.problems.map((p) => p.code)).toEqual(['manage-needs-full-access']);
    const reply = await h.core.invoke('access.apply', request);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['tasks'] } });
    expect(h.server.appliedPosts).toBe(0);
    // The granular tasks are accepted on the same WABA.
    const granular = await h.call('access.apply', { ...request, tasks: ['DEVELOP', 'MANAGE_TEMPLATES', 'MANAGE_BILLING'] });
    expect(granular.changeId).toBeTruthy();
    expect(h.server.assignedTasks(IDS.clientWaba, IDS.employee)).toEqual(['DEVELOP', 'MANAGE_TEMPLATES', 'MANAGE_BILLING']);
  } finally {
    await h.dispose();
  }
});

test('plan hints: admin target, no change, unknown user', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const admin = await h.call('access.plan', { ...target, userId: IDS.admin, tasks: ['DEVELOP'] });
    expect(admin.problems).toEqual([{ code: 'target-is-admin', severity: 'warning', params: { userId: IDS.admin } }]);
    expect(admin.canApply).toBe(true);
    const same = await h.call('access.plan', { wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP'] });
    expect(same.problems.map((p) => p.code)).toEqual(['manage-billing-for-credit-line', 'no-change']);
    const stranger = await h.call('access.plan', { ...target, userId: '1972555232742230', tasks: ['DEVELOP'] });
    expect(stranger.problems.map((p) => p.code)).toContain('user-not-in-business');
    expect(stranger.canApply).toBe(false);
  } finally {
    await h.dispose();
  }
});

test('an employee token cannot assign: refused at planning with who can do it, nothing sent', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('employee') });
    const request = { wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP', 'VIEW_COST'] as const };
    const plan = await h.call('access.plan', { ...request, tasks: [...request.tasks] });
    expect(plan.problems).toContainEqual({ code: 'token-not-admin', severity: 'problem', params: { role: 'EMPLOYEE' } });
    const reply = await h.core.invoke('access.apply', { ...request, tasks: [...request.tasks] });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
    expect(h.server.appliedPosts).toBe(0);
    expect(h.server.writeRequests).toBe(0);
    expect(journalStates(h.core.journalPath)).toEqual([]);
  } finally {
    await h.dispose();
  }
});

test('a lost answer: the server applied the POST item and its answer came back null; a read confirms it, sent once', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    // The POST item of the apply batch is applied, then cut: Meta answers it null.
    h.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: '/assigned_users', batch: true });
    const applied = await h.call('access.apply', { ...target, tasks: ['DEVELOP'] });
    expect(applied.reconciled).toBe(true);
    expect(h.server.appliedPosts).toBe(1);
    expect(journalStates(h.core.journalPath)).toEqual(['in_flight', 'done']);
  } finally {
    await h.dispose();
  }
});

test('a lost answer whose read-back fails too: the retry reads, finds it applied, and sends nothing again', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    // The POST item of the apply batch is applied and its answer lost (null); every read-back after it fails.
    h.server.addFault({ fault: { kind: 'reset-after-apply' }, method: 'POST', pathIncludes: '/assigned_users', batch: true });
    h.server.addFault({ fault: { kind: 'reset-before-apply' }, method: 'GET', pathIncludes: '/assigned_users', times: 20 });
    const lost = await h.core.invoke('access.apply', { ...target, tasks: ['DEVELOP'] });
    // A null item is Meta's timed-out item: the outcome stays unknown (timeout) until a read settles it.
    expect(lost).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(h.server.appliedPosts).toBe(1);

    h.server.clearFaults();
    const retried = await h.call('access.apply', { ...target, tasks: ['DEVELOP'] });
    expect(retried.reconciled).toBe(true);
    expect(h.server.appliedPosts).toBe(1);
    expect(journalStates(h.core.journalPath)).toEqual(['in_flight', 'done']);
  } finally {
    await h.dispose();
  }
});

test('reconcilePending settles in-flight changes by a read, both ways, before anything is re-sent', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    await h.core.close();
    // Two changes a crash left in flight: one Meta applied (set up below), one it never saw.
    const journal = await openJournal(h.core.journalPath);
    await journal.begin({ kind: 'assign', wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP'] });
    await journal.begin({ kind: 'assign', wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.admin, tasks: ['VIEW_COST'] });
    const applied = await openCore(h.dataDir, h.service, h.server.url);
    try {
      const posted = await applied.services.deps().graph().assignUser({
        wabaId: asWabaId(IDS.ownedWaba),
        businessId: asBusinessId(IDS.business),
        userId: asSystemUserId(IDS.employee),
        tasks: ['DEVELOP'],
      });
      expect(posted.ok).toBe(true);
      h.server.clearLog();
      const writes = h.server.writeRequests;
      const summary = await applied.reconcile();
      expect(summary).toEqual({ done: 1, failed: 1, unresolved: 0 });
      // Reads only (one batch of GET items): nothing was sent again.
      expect(h.server.writeRequests).toBe(writes);
      expect(h.server.log).toHaveLength(1);
      expect(h.server.appliedPosts).toBe(1);
      const after = await openJournal(h.core.journalPath);
      expect(after.pending()).toEqual([]);
      expect(after.records().slice(-2).map((r) => r.state)).toEqual(['done', 'failed']);
    } finally {
      await applied.close();
    }
  } finally {
    await h.dispose();
  }
});

test('reconcilePending with a target settles only that user on that WABA', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    await h.core.close();
    const journal = await openJournal(h.core.journalPath);
    await journal.begin({ kind: 'assign', wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP'] });
    const other = await journal.begin({ kind: 'assign', wabaId: IDS.clientWaba, businessId: IDS.business, userId: IDS.admin, tasks: ['VIEW_COST'] });
    if (!other.ok) throw new Error(other.error.message);
    const reopened = await openCore(h.dataDir, h.service, h.server.url);
    try {
      const deps = reopened.services.deps();
      const summary = await reconcilePending(deps, { wabaId: IDS.ownedWaba, userId: IDS.employee });
      expect(summary).toEqual({ done: 0, failed: 1, unresolved: 0 });
      expect(deps.journal.pending().map((r) => r.id)).toEqual([other.value.id]);
    } finally {
      await reopened.close();
    }
  } finally {
    await h.dispose();
  }
});

test('MANAGE read back unpacked (practice switch) verifies as MANAGE, and a second assign is no change', async () => {
  const h = await startHarness({ server: { behaviours: { manageReadBack: 'unpacked' } } });
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const request = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['MANAGE' as const] };
    await h.call('access.apply', request);
    const report = await h.call('access.verify', request);
    expect(report).toMatchObject({ verified: true, tasks: [{ task: 'MANAGE', state: 'granted' }] });
    const again = await h.call('access.plan', request);
    expect(again.problems.map((p) => p.code)).toContain('no-change');
    expect(again.current).toEqual(['MANAGE']);
  } finally {
    await h.dispose();
  }
});
