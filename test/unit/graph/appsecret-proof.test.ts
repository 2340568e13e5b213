import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { appSecretProof, checkAppSecret, withProofQuery } from '../../../main/core/graph/appsecret-proof';
import { appSecretKind, classifyResponse } from '../../../main/core/graph/classify';

test.describe('appsecret_proof (graph-api.md §9)', () => {
  test('is hex HMAC-SHA256 keyed by the app secret over the token (known answers)', () => {
    // RFC 4231 test case 2 (key "Jefe") and the classic "quick brown fox" vector.
    expect(appSecretProof('Jefe', 'what do ya want for nothing?')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(appSecretProof('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
    // Key and message are not interchangeable: the secret is the key, the token the message.
    expect(appSecretProof('The quick brown fox jumps over the lazy dog', 'key')).not.toBe(appSecretProof('key', 'The quick brown fox jumps over the lazy dog'));
  });

  test('matches what the SDKs compute: hmac(app_secret, access_token, sha256).hexdigest()', () => {
    const secret = '0123456789abcdef0123456789abcdef';
    const token = `EAA${'x'.repeat(120)}`;
    const proof = appSecretProof(secret, token);
    expect(proof).toMatch(/^[0-9a-f]{64}$/);
    expect(proof).toBe(createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(token, 'utf8')).digest('hex'));
    expect(proof).not.toContain(secret);
  });

  test('goes in the query once, leaving the rest of the path as it was', () => {
    expect(withProofQuery('/v26.0/me', 'ab')).toBe('/v26.0/me?appsecret_proof=ab');
    expect(withProofQuery('/v26.0/1/assigned_users?business=2&fields=id,name,tasks', 'ab')).toBe(
      '/v26.0/1/assigned_users?business=2&fields=id,name,tasks&appsecret_proof=ab',
    );
    expect(withProofQuery('/v26.0/1?appsecret_proof=old&after=c', 'new')).toBe('/v26.0/1?after=c&appsecret_proof=new');
  });

  test('an app secret is checked for shape without echoing it', () => {
    expect(checkAppSecret('  0123456789abcdef0123456789abcdef\n')).toEqual({ ok: true, value: '0123456789abcdef0123456789abcdef' });
    for (const bad of ['', '   \n', 'short', 'has a space in it 0123456789', 'x'.repeat(300)]) {
      const checked = checkAppSecret(bad);
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.error.kind).toBe('bad-input');
        expect(checked.error.fields).toEqual(['app-secret']);
        if (bad.trim().length >= 4) expect(checked.error.message).not.toContain(bad.trim());
      }
    }
  });
});

test.describe("Meta's appsecret_proof refusals (graph-api.md §6.3)", () => {
  const facts = (message: string) => ({
    status: 400,
    body: { error: { message, type: 'GraphMethodException', code: 100, fbtrace_id: 'BQ95dZEb5lT' } },
    headers: {},
    request: 'GET /v26.0/me',
    nowMs: 0,
    scrub: (t: string) => t,
  });

  test('"requires an appsecret_proof" is its own kind, not a bad parameter', () => {
    const error = classifyResponse(facts('API calls from the server require an appsecret_proof argument'));
    expect(error.kind).toBe('app-secret-required');
    expect(error.graph).toMatchObject({ code: 100, fbtraceId: 'BQ95dZEb5lT' });
  });

  test('"Invalid appsecret_proof" is a wrong secret', () => {
    expect(classifyResponse(facts('Invalid appsecret_proof provided in the API argument')).kind).toBe('app-secret-invalid');
  });

  test('other code-100 answers keep their kind', () => {
    expect(classifyResponse(facts('(#100) The parameter business is required')).kind).toBe('invalid-request');
    expect(appSecretKind(190, 'Invalid appsecret_proof provided in the API argument')).toBeNull();
  });
});
