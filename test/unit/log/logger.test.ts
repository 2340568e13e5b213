import { expect, test } from '@playwright/test';
import { createLogger, createMemorySink, teeSinks } from '../../../main/core/log/logger';
import { createSecretRegistry } from '../../../main/core/log/secrets';

const fixedNow = () => new Date('2026-11-21T10:00:00.000Z');

test('json lines carry time, level, module and message, with secrets scrubbed', () => {
  const sink = createMemorySink();
  const secrets = createSecretRegistry();
  const token = 'EAAJBxZCpsLkBOCANARYCANARYCANARY0123456789';
  secrets.register(token);
  const log = createLogger({ sink, secrets, now: fixedNow });
  log.info('vault', `loaded ${token}`, { header: `Bearer ${token}`, url: `/me?access_token=${encodeURIComponent(token)}`, count: 2 });
  log.warn('graph', 'GET /v26.0/me failed: token-invalid', { accessToken: token });
  expect(sink.lines).toHaveLength(2);
  for (const line of sink.lines) expect(line).not.toContain(token);
  const first = JSON.parse(sink.lines[0]!) as Record<string, unknown>;
  expect(first).toMatchObject({ time: '2026-11-21T10:00:00.000Z', level: 'info', module: 'vault' });
  expect((first.data as Record<string, unknown>).count).toBe(2);
  expect(JSON.parse(sink.lines[1]!).level).toBe('warn');
});

test('a header-like text inside a message or field is redacted without breaking the JSON line', () => {
  const sink = createMemorySink();
  const log = createLogger({ sink, now: fixedNow });
  log.info('proxy', 'sent Cookie: abc123', { note: 'authorization: basic-thing', after: 'kept' });
  const line = JSON.parse(sink.lines[0]!) as { msg: string; data: Record<string, string> };
  expect(line.msg).not.toContain('abc123');
  expect(line.data.note).not.toContain('basic-thing');
  expect(line.data.after).toBe('kept');
});

test('text lines have a module prefix and stay on one line', () => {
  const sink = createMemorySink();
  const log = createLogger({ sink, format: 'text', now: fixedNow });
  log.error('graph.assign', 'line one\nline two', { kind: 'timeout' });
  expect(sink.lines).toEqual(['2026-11-21T10:00:00.000Z ERROR [graph.assign] line one line two {"kind":"timeout"}']);
});

test('a secret registered after the logger was created is scrubbed too, and forgotten after release', () => {
  const sink = createMemorySink();
  const secrets = createSecretRegistry();
  const log = createLogger({ sink, secrets, format: 'text', now: fixedNow });
  const release = secrets.register('s3cr3t-value-xyz');
  log.info('m', 'value s3cr3t-value-xyz');
  release();
  log.info('m', 'value s3cr3t-value-xyz');
  expect(sink.lines[0]).not.toContain('s3cr3t-value-xyz');
  expect(sink.lines[1]).toContain('s3cr3t-value-xyz');
});

test('a failing sink never breaks the caller, and tee keeps the other sinks going', () => {
  const good = createMemorySink();
  const log = createLogger({ sink: teeSinks({ write: () => { throw new Error('disk full'); } }, good) });
  expect(() => log.info('m', 'hello')).not.toThrow();
  expect(good.lines).toHaveLength(1);
  const broken = createLogger({ sink: { write: () => { throw new Error('x'); } } });
  expect(() => broken.warn('m', 'hello')).not.toThrow();
});
