import { expect, test } from '@playwright/test';
import type { AppErrorKind } from '../../../shared/errors';
import { classifyResponse, isRetryableKind, type ResponseFacts } from '../../../main/core/graph/classify';

const facts = (status: number, error: Record<string, unknown> | undefined, headers: Record<string, string> = {}): ResponseFacts => ({
  status,
  body: error === undefined ? undefined : { error },
  headers,
  request: 'GET /v26.0/102290129340398/assigned_users',
  nowMs: Date.parse('2026-11-21T10:00:00Z'),
  scrub: (text) => text.replaceAll('SECRET-TOKEN-VALUE', '[redacted]'),
});

const cases: readonly [string, number, Record<string, unknown> | undefined, AppErrorKind][] = [
  ['190 without subcode', 400, { code: 190, message: 'Invalid OAuth access token data.' }, 'token-invalid'],
  ...[458, 459, 460, 463, 464, 467, 492].map(
    (subcode) => [`190/${subcode}`, 400, { code: 190, error_subcode: subcode }, 'token-invalid'] as [string, number, Record<string, unknown>, AppErrorKind],
  ),
  ['102 session', 400, { code: 102 }, 'token-invalid'],
  ['1 unknown', 500, { code: 1 }, 'transient'],
  ['2 service', 500, { code: 2, is_transient: true }, 'transient'],
  ['is_transient on an unknown code', 400, { code: 9999, is_transient: true }, 'transient'],
  ['HTTP 500 without envelope', 500, undefined, 'transient'],
  ['HTTP 503 without envelope', 503, undefined, 'transient'],
  ...[4, 17, 32, 341, 613, ...Array.from({ length: 15 }, (_, i) => 80000 + i)].map(
    (code) => [`${code} throttle`, 400, { code }, 'rate-limited'] as [string, number, Record<string, unknown>, AppErrorKind],
  ),
  ['17 marked transient is still a throttle', 400, { code: 17, is_transient: true, error_subcode: 2446079 }, 'rate-limited'],
  ['100/33 object missing', 400, { code: 100, error_subcode: 33, type: 'GraphMethodException' }, 'not-found'],
  ['100 nonexisting field', 400, { code: 100, message: '(#100) Tried accessing nonexisting field (x)' }, 'invalid-request'],
  ['100 business required', 400, { code: 100, message: '(#100) The parameter business is required' }, 'invalid-request'],
  ['2500 unknown path', 400, { code: 2500 }, 'invalid-request'],
  ['2500 Unknown path components', 400, { code: 2500, type: 'OAuthException', message: 'Unknown path components: /me/adaccounts' }, 'invalid-request'],
  [
    '2500 no active access token',
    400,
    { code: 2500, type: 'OAuthException', message: 'An active access token must be used to query information about the current user.' },
    'token-invalid',
  ],
  ['130429 WhatsApp throughput limit', 400, { code: 130429, message: '(#130429) Rate limit hit' }, 'rate-limited'],
  ['3 method', 400, { code: 3 }, 'permission-denied'],
  ['10 permission', 403, { code: 10 }, 'permission-denied'],
  ['200 business_management', 403, { code: 200 }, 'permission-denied'],
  ['250', 400, { code: 250 }, 'permission-denied'],
  ['299', 400, { code: 299 }, 'permission-denied'],
  ['HTTP 429 without envelope', 429, undefined, 'rate-limited'],
  ['HTTP 407 without envelope', 407, undefined, 'proxy-auth'],
  ['HTTP 400 with an unknown code', 400, { code: 506 }, 'unexpected'],
];

for (const [name, status, error, kind] of cases) {
  test(`classifies ${name} as ${kind}`, () => {
    expect(classifyResponse(facts(status, error)).kind).toBe(kind);
  });
}

test('keeps Meta detail for support, scrubbed, and the request without query', () => {
  const error = classifyResponse(
    facts(400, {
      message: 'Error validating access token: SECRET-TOKEN-VALUE expired',
      type: 'OAuthException',
      code: 190,
      error_subcode: 463,
      error_user_title: 'Session expired',
      error_user_msg: 'Log in again',
      fbtrace_id: 'AbhJCUSXvlayP5cp9FXUKnj',
      is_transient: false,
    }),
  );
  expect(error).toMatchObject({
    kind: 'token-invalid',
    request: 'GET /v26.0/102290129340398/assigned_users',
    graph: {
      httpStatus: 400,
      code: 190,
      subcode: 463,
      type: 'OAuthException',
      fbtraceId: 'AbhJCUSXvlayP5cp9FXUKnj',
      userTitle: 'Session expired',
      userMessage: 'Log in again',
      isTransient: false,
    },
  });
  expect(JSON.stringify(error)).not.toContain('SECRET-TOKEN-VALUE');
  expect(error.message).toContain('190/463');
});

test('rate limit: BUC estimated_time_to_regain_access is minutes, the max over entries wins', () => {
  const buc = JSON.stringify({
    '102290129340398': [
      { type: 'whatsapp_business_management', call_count: 100, total_cputime: 12, total_time: 15, estimated_time_to_regain_access: 19 },
      { type: 'whatsapp', call_count: 3, estimated_time_to_regain_access: 2 },
    ],
    '506914307656634': [{ type: 'x', estimated_time_to_regain_access: 5 }],
  });
  const error = classifyResponse(facts(400, { code: 80008 }, { 'x-business-use-case-usage': buc }));
  expect(error.kind).toBe('rate-limited');
  expect(error.retryAfterSec).toBe(19 * 60);
});

test('rate limit: Retry-After seconds or date, and the larger hint wins', () => {
  expect(classifyResponse(facts(400, { code: 4 }, { 'retry-after': '7' })).retryAfterSec).toBe(7);
  expect(classifyResponse(facts(429, undefined, { 'retry-after': 'Sat, 21 Nov 2026 10:01:00 GMT' })).retryAfterSec).toBe(60);
  const both = { 'retry-after': '30', 'x-business-use-case-usage': '{"1":[{"estimated_time_to_regain_access":1}]}' };
  expect(classifyResponse(facts(400, { code: 80008 }, both)).retryAfterSec).toBe(60);
  expect(classifyResponse(facts(400, { code: 80008 }, { 'x-business-use-case-usage': 'not json' })).retryAfterSec).toBeUndefined();
  expect(classifyResponse(facts(400, { code: 190 }, { 'retry-after': '7' })).retryAfterSec).toBeUndefined();
});

test('only transient, network, timeout and rate-limited are retryable', () => {
  const retryable: AppErrorKind[] = ['transient', 'network', 'timeout', 'rate-limited'];
  const final: AppErrorKind[] = ['token-invalid', 'token-missing', 'permission-denied', 'not-found', 'invalid-request', 'proxy-auth', 'tls-untrusted', 'cancelled', 'bad-input', 'unexpected'];
  for (const kind of retryable) expect(isRetryableKind(kind)).toBe(true);
  for (const kind of final) expect(isRetryableKind(kind)).toBe(false);
});
