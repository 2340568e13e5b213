/**
 * The IPC router against hostile input (security.md I2, I3): fast-check
 * throws anything and near-miss payloads at every channel. The router never
 * throws, the handler is never called for an invalid payload, and bad-input
 * errors name field paths only (never values, which may hold a token).
 * Inside properties node:assert is used: Playwright's expect costs about a
 * millisecond per call, which thousands of runs cannot afford.
 */
import { expect, test } from '@playwright/test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHANNEL_NAMES, CHANNELS, isChannel, type Channel } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import { WABA_TASKS } from '../../../shared/tasks';
import { createRouter, type Handlers } from '../../../main/core/ipc/router';
import { createLogger, createMemorySink } from '../../../main/core/log/logger';
import { createSecretRegistry } from '../../../main/core/log/secrets';

const CANARY = 'EAAcanaryZZZ9CANARY0x';
const PATH_SHAPE = /^(\(root\)|[A-Za-z]+(\.[A-Za-z0-9]+)*)$/;

function spyRouter(behaviour: (channel: Channel, request: unknown) => Promise<unknown> = async () => ok({ fine: true })) {
  const calls: { channel: Channel; request: unknown }[] = [];
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      async (request: unknown) => {
        calls.push({ channel, request });
        return behaviour(channel, request);
      },
    ]),
  ) as unknown as Handlers;
  const sink = createMemorySink();
  const secrets = createSecretRegistry();
  secrets.register(CANARY);
  const router = createRouter(handlers, { log: createLogger({ sink, secrets }), secrets });
  return { router, calls, sink };
}

const digits = fc.stringMatching(/^[0-9]{1,20}$/);
const tasks = fc.subarray([...WABA_TASKS], { minLength: 1 });
const ids = { wabaId: digits, businessId: digits, userId: digits };
/** Several accounts: add (no `exact`) or make every account's list exact, as the single plan. */
const manyRequest = fc.record(
  { businessId: digits, userId: digits, wabaIds: fc.uniqueArray(digits, { minLength: 1, maxLength: 5 }), tasks, exact: fc.boolean() },
  { requiredKeys: ['businessId', 'userId', 'wabaIds', 'tasks'] },
);

/** A valid payload for each channel. */
const VALID: { readonly [C in Channel]: fc.Arbitrary<Record<string, unknown>> } = {
  'app.mode': fc.constant({}),
  'app.setMode': fc.record({ mode: fc.constantFrom('live', 'practice') }),
  'token.connect': fc.record({ token: fc.string({ minLength: 1, maxLength: 300 }) }),
  'token.usePractice': fc.record({ label: fc.constantFrom('admin-never', 'admin-60-day', 'admin-expired', 'employee', 'user-24-hour', 'garbage') }),
  'token.status': fc.constant({}),
  'token.inspect': fc.constant({}),
  'token.forget': fc.constant({}),
  'account.businesses': fc.constant({}),
  'account.wabas': fc.record({ businessId: digits }),
  'account.identify': fc.record({ id: fc.string({ minLength: 1, maxLength: 64 }) }),
  'account.systemUsers': fc.record({ businessId: digits, wabaId: digits }, { requiredKeys: ['businessId'] }),
  'access.plan': fc.record({ ...ids, tasks }),
  'access.apply': fc.record({ ...ids, tasks }),
  'access.verify': fc.record({ ...ids, tasks }),
  'access.remove': fc.record(ids),
  'receipt.get': fc.record(ids),
  'receipt.save': fc.record({ ...ids, format: fc.constantFrom('json', 'html') }),
  'settings.get': fc.constant({}),
  'settings.update': fc.record(
    {
      language: fc.constantFrom('en', 'es', 'pt-BR'),
      theme: fc.constantFrom('system', 'light', 'dark'),
      apiVersion: fc.constantFrom('v25.0', 'v26.0'),
      proxy: fc.record({ mode: fc.constantFrom('system', 'none') }),
    },
    { requiredKeys: [] },
  ),
  'progress.get': fc.constant({}),
  'progress.save': fc.record(
    {
      step: fc.constantFrom('connect', 'account', 'access', 'receipt', 'handoff'),
      mode: fc.constantFrom('live', 'practice'),
      businessId: digits,
      wabaIds: fc.array(digits, { maxLength: 3 }),
      userId: digits,
      tasks,
    },
    { requiredKeys: ['step', 'mode'] },
  ),
  'progress.clear': fc.constant({}),
  'profile.load': fc.record({ text: fc.string({ minLength: 1, maxLength: 400 }) }),
  'profile.current': fc.constant({}),
  'profile.clear': fc.constant({}),
  'handoff.check': fc.oneof(
    fc.record({ wabaId: digits, businessId: digits, userId: digits, token: fc.string({ minLength: 1, maxLength: 300 }) }, { requiredKeys: ['wabaId', 'token'] }),
    fc.record({ wabaId: digits, practiceLabel: fc.constantFrom('employee', 'admin-never') }),
  ),
  'handoff.saveKit': fc.record({ format: fc.constantFrom('json', 'html') }),
  'reminder.save': fc.record({ token: fc.constantFrom('connected', 'provider') }),
  'access.planMany': manyRequest,
  'access.applyMany': manyRequest,
  'access.manyProgress': fc.constant({}),
  'receipt.check': fc.record({ text: fc.string({ minLength: 1, maxLength: 400 }) }),
};

const ID_FIELDS = new Set(['wabaId', 'businessId', 'userId']);
/** Values that must never pass as a Graph id: path/query injection, unicode digits, wrong types. */
const BAD_ID = fc.oneof(
  fc.constantFrom('../1', '1/../2', '1?x=1', '1#a', '%2F1', '12@evil.tld', '１２３', ' 1', '1 ', '', '-1', '1e5', '0x1', `1${CANARY}`, CANARY),
  fc.integer(),
  fc.constant(null),
  fc.array(digits, { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

type Mutation = { readonly payload: unknown; readonly badPath?: string };

/** Near misses of a valid payload: an extra key, a broken id, a wrong type, a missing key. */
function nearMiss(valid: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const keys = Object.keys(valid);
  const extraKey: fc.Arbitrary<Mutation> = fc
    .constantFrom('token', '__proto__x', 'constructor', 'url', 'extra', 'access_token')
    .map((key) => ({ payload: { ...valid, [key]: CANARY } }));
  const options: fc.Arbitrary<Mutation>[] = [extraKey, fc.constant({ payload: [valid] }), fc.constant({ payload: JSON.stringify(valid) })];
  const idKeys = keys.filter((key) => ID_FIELDS.has(key));
  if (idKeys.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...idKeys), BAD_ID).map(([key, value]) => ({ payload: { ...valid, [key]: value }, badPath: key })),
    );
  }
  if (keys.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...keys), fc.oneof(fc.constant(CANARY), fc.integer(), fc.constant(null), fc.boolean(), fc.constant({ x: CANARY })))
        .map(([key, value]) => ({ payload: { ...valid, [key]: value } })),
      fc.constantFrom(...keys).map((key) => {
        const copy = { ...valid };
        delete copy[key];
        return { payload: copy };
      }),
    );
  }
  if ('tasks' in valid) {
    options.push(
      fc
        .constantFrom(['MANAGE', CANARY], ['manage'], [], 'MANAGE', ['MANAGE', 1], Array.from({ length: 17 }, () => 'DEVELOP'))
        .map((value) => ({ payload: { ...valid, tasks: value }, badPath: 'tasks' })),
    );
  }
  return fc.oneof(...options);
}

test('anything into any channel: never throws, handler called only with a valid payload', async () => {
  const { router, calls } = spyRouter();
  const seen = { valid: 0, invalid: 0 };
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.constantFrom(...CHANNEL_NAMES), fc.anything()), fc.anything(), async (channel, payload) => {
      calls.length = 0;
      const reply = await router.route(channel, payload);
      const valid = isChannel(channel) && CHANNELS[channel].safeParse(payload).success;
      if (valid) {
        assert.equal(reply.ok, true);
        assert.equal(calls.length, 1);
        seen.valid += 1;
      } else {
        assert.equal(calls.length, 0);
        assert.ok(!reply.ok);
        assert.equal(reply.error.kind, 'bad-input');
        for (const path of reply.error.fields ?? []) assert.ok(path === 'channel' || PATH_SHAPE.test(path), path);
        seen.invalid += 1;
      }
    }),
    { numRuns: 3000 },
  );
  // fc.anything() rarely hits a valid payload (mostly {} on the empty channels); the next test covers those.
  expect(seen.valid).toBeGreaterThan(0);
  expect(seen.invalid).toBeGreaterThan(2000);
});

test('valid payloads reach the handler once, exactly as parsed', async () => {
  const { router, calls } = spyRouter();
  let dispatched = 0;
  for (const channel of CHANNEL_NAMES) {
    await fc.assert(
      fc.asyncProperty(VALID[channel], async (payload) => {
        calls.length = 0;
        const reply = await router.route(channel, payload);
        assert.deepEqual(reply, ok({ fine: true }));
        assert.deepEqual(calls, [{ channel, request: CHANNELS[channel].parse(payload) }]);
        dispatched += 1;
      }),
      { numRuns: 50 },
    );
  }
  expect(dispatched).toBe(50 * CHANNEL_NAMES.length);
});

test('near-miss payloads into every channel are refused with paths only', async () => {
  const { router, calls, sink } = spyRouter();
  let refused = 0;
  for (const channel of CHANNEL_NAMES) {
    await fc.assert(
      fc.asyncProperty(VALID[channel].chain(nearMiss), async ({ payload, badPath }) => {
        calls.length = 0;
        const reply = await router.route(channel, payload);
        if (CHANNELS[channel].safeParse(payload).success) {
          // Removing an optional key or an allowed value can stay valid; then it must dispatch.
          assert.equal(badPath, undefined);
          assert.equal(calls.length, 1);
          return;
        }
        refused += 1;
        assert.equal(calls.length, 0);
        assert.ok(!reply.ok);
        assert.equal(reply.error.kind, 'bad-input');
        const fields = reply.error.fields ?? [];
        assert.ok(fields.length > 0);
        for (const path of fields) assert.match(path, PATH_SHAPE);
        if (badPath) assert.ok(fields.some((path) => path === badPath || path.startsWith(`${badPath}.`)), `${badPath} not in ${fields.join()}`);
        assert.ok(!JSON.stringify(reply).includes('CANARY'));
      }),
      { numRuns: 150 },
    );
  }
  expect(refused).toBeGreaterThan(100 * CHANNEL_NAMES.length);
  expect(sink.lines.join('\n')).not.toContain('CANARY');
});

test('unknown channels are refused without calling anything', async () => {
  const { router, calls } = spyRouter();
  for (const name of ['', 'token', 'token.get', 'TOKEN.CONNECT', '__proto__', 'constructor', 'toString', 'token.connect ', 42, null, undefined, {}]) {
    const reply = await router.route(name, {});
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['channel'] } });
  }
  expect(calls).toHaveLength(0);
});

test('a handler that throws becomes an unexpected error without its text', async () => {
  const { router, sink } = spyRouter(async (channel) => {
    if (channel === 'token.status') throw new Error(`boom with ${CANARY}`);
    if (channel === 'settings.get') throw 'a string';
    return Promise.reject(new TypeError(`Authorization: Bearer ${CANARY}`));
  });
  for (const channel of ['token.status', 'settings.get', 'app.mode'] as const) {
    const reply = await router.route(channel, {});
    expect(reply).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    expect(JSON.stringify(reply)).not.toContain('CANARY');
    expect(JSON.stringify(reply)).not.toContain('boom');
  }
  expect(sink.lines.length).toBeGreaterThan(0);
  expect(sink.lines.join('\n')).not.toContain(CANARY);
});

test('an error reply from a handler is scrubbed of live secrets', async () => {
  const { router } = spyRouter(async () => ({ ok: false, error: { kind: 'invalid-request', message: `Meta said ${CANARY}` } }));
  const reply = await router.route('token.inspect', {});
  expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  expect(JSON.stringify(reply)).not.toContain(CANARY);
});

test('a handler that returns garbage instead of a Result is contained', async () => {
  const { router } = spyRouter(async () => undefined);
  const reply = await router.route('token.status', {});
  expect(reply).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
});

test('the values of a said error (AppError.text) are scrubbed of live secrets too', async () => {
  const text = { key: 'coreError.journalUnreadable', params: { path: `/tmp/${CANARY}/journal.jsonl`, code: 'ENOENT' } };
  const { router } = spyRouter(async () => ({ ok: false, error: { kind: 'bad-input', message: 'The provider profile was not loaded.', text } }));
  const reply = await router.route('token.inspect', {});
  expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input', text: { key: 'coreError.journalUnreadable', params: { code: 'ENOENT' } } } });
  expect(JSON.stringify(reply)).not.toContain(CANARY);
});
