import { expect, test } from '@playwright/test';
import { createPacer } from '../../../main/core/graph/pacer';
import { parseAppUsagePct, parseBucUsage, parseRetryAfterSec } from '../../../main/core/graph/usage';

const usage = (pct: number, regain = 0): string =>
  JSON.stringify({ '102290129340398': [{ type: 'whatsapp_business_management', call_count: pct, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: regain }] });

test('above the threshold, the next call to that object waits; others do not', () => {
  let now = 1_000;
  const pacer = createPacer({ thresholdPct: 80, pauseMs: 5_000 }, () => now);
  pacer.observe({ 'x-business-use-case-usage': usage(79) });
  expect(pacer.delayFor('102290129340398')).toBe(0);
  pacer.observe({ 'x-business-use-case-usage': usage(90) });
  expect(pacer.delayFor('102290129340398')).toBe(5_000);
  expect(pacer.delayFor('506914307656634')).toBe(0);
  now += 3_000;
  expect(pacer.delayFor('102290129340398')).toBe(2_000);
  now += 2_000;
  expect(pacer.delayFor('102290129340398')).toBe(0);
});

test('a throttled object waits for Meta estimate when it is longer than the pause', () => {
  const pacer = createPacer({ thresholdPct: 80, pauseMs: 5_000 }, () => 0);
  pacer.observe({ 'x-business-use-case-usage': usage(100, 2) });
  expect(pacer.delayFor('102290129340398')).toBe(120_000);
});

test('usage headers are read leniently', () => {
  expect(parseBucUsage('garbage')).toEqual([]);
  expect(parseBucUsage('{"1":"x","2":[null,{"total_time":85}]}')).toEqual([{ objectId: '2', type: '', maxPct: 85, regainMinutes: 0 }]);
  expect(parseAppUsagePct('{"call_count":28,"total_time":25,"total_cputime":91}')).toBe(91);
  expect(parseRetryAfterSec('12', 0)).toBe(12);
  expect(parseRetryAfterSec('soon', 0)).toBeUndefined();
});
