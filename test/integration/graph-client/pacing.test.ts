import { expect, test } from '@playwright/test';
import { asBusinessId, asSystemUserId, asWabaId } from '../../../shared/ids';
import { BIZ, CLIENT_WABA, rig, SU_EMP, WABA } from './harness';

test('usage above the threshold for a WABA delays the next call to it by at least the pause (N6)', async () => {
  const r = await rig({ config: { pacer: { thresholdPct: 80, pauseMs: 400 } } });
  try {
    // 80008 with call_count 100% and no wait estimate: the retry is paced, not fired at once.
    r.server.addFault({ fault: { kind: 'throttle', code: 80008, regainMinutes: 0 }, pathIncludes: '/phone_numbers' });
    const phones = await r.client.phoneNumbers(asWabaId(WABA));
    expect(phones.ok).toBe(true);
    const [first, second] = r.server.log;
    expect(first?.outcome).toBe(400);
    expect(second?.outcome).toBe(200);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(400);
    expect(r.lines.some((l) => l.includes('pacing a call'))).toBe(true);
    // Other objects are not held back.
    const paced = r.lines.filter((l) => l.includes('pacing a call')).length;
    expect((await r.client.me()).ok).toBe(true);
    expect(r.lines.filter((l) => l.includes('pacing a call'))).toHaveLength(paced);
  } finally {
    await r.close();
  }
});

test('a write batch reads each item\'s usage headers: a WABA Meta throttled is left out of the next batch, the other goes', async () => {
  const r = await rig({ config: { pacer: { thresholdPct: 80, pauseMs: 400 } } });
  try {
    // The first batch's item for WABA is refused with 80008 and usage headers saying "an hour"; CLIENT_WABA's item goes through.
    r.server.addFault({ fault: { kind: 'throttle', code: 80008, regainMinutes: 60 }, method: 'POST', pathIncludes: `${WABA}/assigned_users`, batch: true });
    const request = (wabaId: string) => ({ wabaId: asWabaId(wabaId), businessId: asBusinessId(BIZ), userId: asSystemUserId(SU_EMP), tasks: ['DEVELOP'] as const });
    const first = await r.client.assignUsers([request(WABA), request(CLIENT_WABA)]);
    expect(first.ok && first.value.outcomes.map((o) => (o.ok ? 'ok' : o.error.kind))).toEqual(['rate-limited', 'ok']);
    r.server.clearLog();
    const second = await r.client.assignUsers([request(WABA), request(CLIENT_WABA)]);
    // WABA is not sent again (the item's headers said to wait an hour); only CLIENT_WABA's pair travels.
    expect(second.ok && second.value.outcomes.map((o) => (o.ok ? 'ok' : o.error.kind))).toEqual(['rate-limited', 'ok']);
    expect(second.ok && !second.value.outcomes[0]!.ok && second.value.outcomes[0]!.error.retryAfterSec).toBeGreaterThan(3_000);
    expect(r.server.log.map((e) => e.batchSize)).toEqual([2]);
  } finally {
    await r.close();
  }
});
