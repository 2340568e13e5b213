import { expect, test } from '@playwright/test';
import { asWabaId } from '../../../shared/ids';
import { rig, WABA } from './harness';

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
