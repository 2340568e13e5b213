/**
 * Connect and inspect against the practice server with each practice token:
 * the three-layer diagnosis names the classic mistakes, only a token Meta
 * accepts is stored (in the real keychain), and the token never leaves core.
 */
import { expect, test } from '@playwright/test';
import type { TokenDiagnosis } from '../../../shared/onboarding';
import { IDS, openCore, startHarness } from './support';
import { assertCredentialsRule, assertNoLeaks } from '../../support/leak-oracle';

const codes = (d: TokenDiagnosis) => d.layers.flatMap((layer) => layer.findings.map((f) => `${f.code}:${f.severity}`));

test('an admin, never-expiring system-user token passes all three layers and is stored in the keychain', async () => {
  const h = await startHarness();
  try {
    const token = h.server.token('admin-never');
    const outcome = await h.call('token.connect', { token: `Bearer "${token.slice(0, 40)}\n${token.slice(40)}"` });
    expect(outcome.stored).toBe(true);
    expect(outcome.status).toMatchObject({ connected: true, persisted: true, backend: 'keychain' });
    expect(outcome.status.fingerprint).toEqual({ type: 'SYSTEM_USER', appId: '634974688087057', application: 'Lucky Shrub', expiresAt: 0, last4: token.slice(-4) });
    expect(outcome.diagnosis.usable).toBe(true);
    expect(outcome.diagnosis.layers.map((l) => l.verdict)).toEqual(['ok', 'ok', 'ok']);
    expect(codes(outcome.diagnosis)).toEqual([
      'token-valid:ok',
      'token-never-expires:ok',
      'scope-present:ok',
      'scope-present:ok',
      'scope-present:ok',
      'identity-admin:ok',
      'reach-businesses:ok',
      'reach-wabas:ok',
    ]);
    expect(outcome.diagnosis.identity).toEqual({ id: IDS.admin, name: 'Admin Bot', role: 'ADMIN' });
    expect(outcome.diagnosis.businesses.map((b) => b.id)).toEqual([IDS.business]);
    expect(JSON.stringify(outcome)).not.toContain(token);
    // A second core (a restart) finds the token in the keychain and can use it.
    const again = await openCore(h.dataDir, h.service, h.server.url);
    try {
      expect(await again.invoke('token.status', {})).toMatchObject({ ok: true, value: { connected: true, persisted: true, backend: 'keychain' } });
      expect(await again.invoke('token.inspect', {})).toMatchObject({ ok: true, value: { usable: true } });
    } finally {
      await again.close();
    }
    // Every request followed the credentials rule: the Bearer header, or a batch form's access_token.
    expect(h.server.log.every((e) => !e.tokenInUrl)).toBe(true);
    assertCredentialsRule(h.server, h.server.scenario.tokens.map((t) => t.value));
    assertNoLeaks(h.server, h.server.scenario.tokens.map((t) => t.value));
  } finally {
    await h.dispose();
  }
});

test('a 60-day token works but is flagged with its end date', async () => {
  const h = await startHarness();
  try {
    const outcome = await h.call('token.connect', { token: h.server.token('admin-60-day') });
    expect(outcome.stored).toBe(true);
    expect(outcome.diagnosis.usable).toBe(true);
    const finding = outcome.diagnosis.layers[0].findings.find((f) => f.code === 'token-expires-60-day');
    expect(finding?.severity).toBe('warning');
    expect(String(finding?.params?.date)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } finally {
    await h.dispose();
  }
});

test('an expired token is recognised as expired and not stored', async () => {
  const h = await startHarness();
  try {
    const outcome = await h.call('token.connect', { token: h.server.token('admin-expired') });
    expect(outcome.stored).toBe(false);
    expect(outcome.diagnosis.usable).toBe(false);
    expect(codes(outcome.diagnosis)).toContain('token-expired:problem');
    expect(await h.call('token.status', {})).toMatchObject({ connected: false });
  } finally {
    await h.dispose();
  }
});

test('garbage is refused by Meta and never stored', async () => {
  const h = await startHarness();
  try {
    const outcome = await h.call('token.connect', { token: h.server.token('garbage') });
    expect(outcome.stored).toBe(false);
    expect(codes(outcome.diagnosis)).toContain('token-invalid:problem');
    expect((await h.call('token.status', {})).connected).toBe(false);
    const inspect = await h.core.invoke('token.inspect', {});
    expect(inspect).toMatchObject({ ok: false, error: { kind: 'token-missing' } });
  } finally {
    await h.dispose();
  }
});

test('a token without business_management: the missing scope and the blocked reach are both named', async () => {
  const h = await startHarness();
  try {
    const outcome = await h.call('token.connect', { token: h.server.token('admin-no-business-management') });
    // It fails a read the job needs (the business's system users): never stored (issue 8.1).
    expect(outcome.stored).toBe(false);
    expect((await h.call('token.status', {})).connected).toBe(false);
    expect(outcome.diagnosis.usable).toBe(false);
    const found = codes(outcome.diagnosis);
    expect(found).toContain('scope-missing:problem');
    expect(found).toContain('reach-business-management-missing:problem');
    const missing = outcome.diagnosis.layers[0].findings.find((f) => f.code === 'scope-missing');
    expect(missing?.params).toEqual({ scope: 'business_management' });
  } finally {
    await h.dispose();
  }
});

test('an employee system-user token: employee role, reach limited to the WABA it was given', async () => {
  const h = await startHarness();
  try {
    const outcome = await h.call('token.connect', { token: h.server.token('employee') });
    expect(outcome.diagnosis.identity).toMatchObject({ id: IDS.employee, role: 'EMPLOYEE' });
    expect(codes(outcome.diagnosis)).toContain('identity-employee:warning');
    const reach = outcome.diagnosis.layers[2].findings.find((f) => f.code === 'reach-wabas');
    expect(reach?.params).toEqual({ count: 1 });
  } finally {
    await h.dispose();
  }
});

test("a person's 24-hour token: not a system user, short-lived, and it never replaces the stored token", async () => {
  const h = await startHarness();
  try {
    expect((await h.call('token.connect', { token: h.server.token('admin-never') })).stored).toBe(true);
    const before = await h.call('token.status', {});
    const outcome = await h.call('token.connect', { token: h.server.token('user-24-hour') });
    const found = codes(outcome.diagnosis);
    expect(found).toContain('token-not-system-user:problem');
    expect(found).toContain('token-expires-24-hour:warning');
    expect(found).toContain('identity-person:warning');
    expect(outcome.diagnosis.usable).toBe(false);
    expect(outcome.stored).toBe(false);
    // The admin token stays the one in use.
    expect(await h.call('token.status', {})).toEqual(before);
    expect((await h.call('token.inspect', {})).identity).toMatchObject({ id: IDS.admin });
  } finally {
    await h.dispose();
  }
});

test('inspect re-reads the stored token; forget removes it from the keychain', async () => {
  const h = await startHarness();
  try {
    await h.call('token.connect', { token: h.server.token('admin-never') });
    const diagnosis = await h.call('token.inspect', {});
    expect(diagnosis.usable).toBe(true);
    const status = await h.call('token.forget', {});
    expect(status).toMatchObject({ connected: false });
    expect(await h.core.invoke('token.inspect', {})).toMatchObject({ ok: false, error: { kind: 'token-missing' } });
  } finally {
    await h.dispose();
  }
});

test('malformed pastes are refused before anything reaches Meta', async () => {
  const h = await startHarness();
  try {
    for (const token of ['not a token at all', 'short', '<script>alert(1)</script>xxxxxxxxxxxxxxxx']) {
      const reply = await h.core.invoke('token.connect', { token });
      expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-input', fields: ['token'] } });
    }
    expect(h.server.log).toHaveLength(0);
  } finally {
    await h.dispose();
  }
});
