/**
 * Practice mode: app.setMode starts the practice server inside the core on
 * 127.0.0.1 with a free port; practice tokens are picked by label and never
 * cross IPC; the whole flow runs against it and leaves the keychain alone.
 */
import { expect, test } from '@playwright/test';
import type { RunningPracticeServer } from '../../../main/practice/start-practice-server';
import { IDS, startHarness } from './support';

test('practice mode runs the whole flow on an in-process practice server, tokens by label only', async () => {
  const h = await startHarness();
  try {
    expect(await h.call('app.mode', {})).toEqual({ mode: 'live', practiceTokens: [] });
    const mode = await h.call('app.setMode', { mode: 'practice' });
    expect(mode.mode).toBe('practice');
    expect(mode.practiceTokens.map((t) => t.label)).toEqual(['admin-never', 'admin-60-day', 'admin-expired', 'admin-no-business-management', 'employee', 'user-24-hour', 'garbage']);
    // The harness injected the real starter, so the handle is the whole practice server.
    const server = h.core.services.practice.server as RunningPracticeServer | null;
    expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server?.url).not.toBe(h.server.url);
    const admin = server?.token('admin-never') ?? 'missing';
    expect(JSON.stringify(mode)).not.toContain(admin);

    const connected = await h.call('token.usePractice', { label: 'admin-never' });
    expect(connected).toMatchObject({ stored: false, status: { connected: true, persisted: false, backend: 'memory' }, diagnosis: { usable: true } });
    expect(JSON.stringify(connected)).not.toContain(admin);

    const request = { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee, tasks: ['DEVELOP' as const] };
    await h.call('access.apply', request);
    expect((await h.call('access.verify', request)).verified).toBe(true);
    expect((await h.call('receipt.get', { wabaId: IDS.ownedWaba, businessId: IDS.business, userId: IDS.employee })).mode).toBe('practice');
    expect(server?.assignedTasks(IDS.ownedWaba, IDS.employee)).toEqual(['DEVELOP']);
    // Nothing reached the live (here: the test's own) server.
    expect(h.server.log).toHaveLength(0);

    const bad = await h.call('token.usePractice', { label: 'garbage' });
    expect(bad.diagnosis.usable).toBe(false);

    // Back to live: the practice server stops, the practice token is gone, the keychain never saw it.
    expect((await h.call('app.setMode', { mode: 'live' })).mode).toBe('live');
    expect(h.core.services.practice.server).toBeNull();
    expect(await h.call('token.status', {})).toMatchObject({ connected: false });
    expect(await h.core.invoke('token.usePractice', { label: 'admin-never' })).toMatchObject({ ok: false, error: { kind: 'bad-input' } });
  } finally {
    await h.dispose();
  }
});
