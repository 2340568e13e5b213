import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { REDACTED, isSensitiveKey, redactText, redactValue, secretForms } from '../../../main/core/log/redact';

const encodings: Record<string, (t: string) => string> = {
  raw: (t) => t,
  url: (t) => encodeURIComponent(t),
  form: (t) => new URLSearchParams({ v: t }).toString().slice(2),
  json: (t) => JSON.stringify(t).slice(1, -1),
  jsonInJson: (t) => JSON.stringify(JSON.stringify(t).slice(1, -1)).slice(1, -1),
  base64: (t) => Buffer.from(t, 'utf8').toString('base64'),
};

test('a registered secret never survives, whatever the text around it and its encoding', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 80, unit: 'grapheme' }),
      fc.string({ minLength: 8, maxLength: 60, unit: 'grapheme' }),
      fc.nat(),
      fc.constantFrom(...Object.keys(encodings)),
      (s, t, at, encoding) => {
        const pos = at % (s.length + 1);
        const text = `${s.slice(0, pos)}${encodings[encoding]!(t)}${s.slice(pos)}`;
        expect(redactText(text, [t])).not.toContain(t);
      },
    ),
    { numRuns: 800 },
  );
});

test('a secret inserted several times, next to other secrets, is removed everywhere', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 20 }), { minLength: 1, maxLength: 5 }),
      fc.string({ minLength: 8, maxLength: 40, unit: 'binary-ascii' }),
      fc.string({ minLength: 8, maxLength: 40, unit: 'binary-ascii' }),
      (parts, t, u) => {
        const text = parts.join(t) + u + encodeURIComponent(t);
        const out = redactText(text, [t, u]);
        expect(out).not.toContain(t);
        expect(out).not.toContain(u);
      },
    ),
  );
});

test('a secret that is part of the marker itself is still removed', () => {
  expect(redactText('x redacted y', ['redacted'])).not.toContain('redacted');
  expect(redactText('[redacted]', ['[redacted]'])).not.toContain('[redacted]');
});

test('sensitive query parameters are redacted in URLs', () => {
  const out = redactText('GET https://graph.facebook.com/v26.0/1/assigned_users?access_token=abc123def&fields=id&appsecret_proof=f00d&client_secret=s3cr3t');
  expect(out).toContain('fields=id');
  expect(out).not.toMatch(/abc123def|f00d|s3cr3t/);
  expect(out).toContain(`access_token=${REDACTED}`);
  expect(redactText('debug_token?input_token=EAAB123')).not.toContain('EAAB123');
});

test('auth headers and JSON members are redacted', () => {
  expect(redactText('Authorization: Bearer abcdefghijk')).not.toContain('abcdefghijk');
  expect(redactText('sent Bearer abcdefghijk to Meta')).toBe(`sent Bearer ${REDACTED} to Meta`);
  expect(redactText('{"access_token":"abc\\"def","name":"x"}')).toBe(`{"access_token":"${REDACTED}","name":"x"}`);
  expect(redactText('{\\"client_secret\\":\\"zzz\\"}')).not.toContain('zzz');
});

test('unregistered Meta tokens are caught by the EAA heuristic', () => {
  const token = 'EAAJBxZCpsLkBOHWANcmDb0sxDXmKeHV7HJPxSLIepqe3ul5';
  expect(redactText(`token was ${token}.`)).toBe(`token was ${REDACTED}.`);
  expect(redactText('EAA short')).toBe('EAA short');
});

test('real Graph error payloads keep their meaning', () => {
  const payloads = [
    'Invalid OAuth access token data.',
    'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token data."',
    "Unsupported get request. Object with ID '102290129340398' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
    '(#100) Tried accessing nonexisting field (phone_numbers) on node type (Page)',
    '(#200) Requires business_management permission to manage the object',
    '{"error":{"message":"(#80008) There have been too many calls","type":"OAuthException","code":80008,"fbtrace_id":"AbhJCUSXvlayP5cp9FXUKnj"}}',
  ];
  for (const text of payloads) expect(redactText(text)).toBe(text);
});

test('redactValue removes values under sensitive keys and scrubs every string', () => {
  const secret = 'EAAsecretvalue-1234567890';
  const out = redactValue({
    authorization: 'Bearer x',
    accessToken: 'abc',
    nested: { client_secret: { deep: 1 }, password: 'p', appsecret_proof: 'h', note: `has ${secret}` },
    list: [`a ${secret}`],
    tokenValid: true,
    error: new Error(`failed with ${secret}`),
    fine: 'ok',
  }, [secret]) as Record<string, unknown>;
  const text = JSON.stringify(out);
  expect(text).not.toContain(secret);
  expect(out.authorization).toBe(REDACTED);
  expect(out.accessToken).toBe(REDACTED);
  expect(out.tokenValid).toBe(true);
  expect(out.fine).toBe('ok');
  expect((out.nested as Record<string, unknown>).client_secret).toBe(REDACTED);
  expect((out.nested as Record<string, unknown>).password).toBe(REDACTED);
  expect((out.nested as Record<string, unknown>).appsecret_proof).toBe(REDACTED);
});

test('redactValue survives cycles', () => {
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  expect(JSON.stringify(redactValue(a))).toContain('a');
});

test('key names that hold secrets are recognised', () => {
  for (const key of ['Authorization', 'access_token', 'input_token', 'tokenValue', 'client_secret', 'password', 'appsecret_proof', 'Cookie']) {
    expect(isSensitiveKey(key)).toBe(true);
  }
  for (const key of ['name', 'kind', 'fbtraceId', 'message']) expect(isSensitiveKey(key)).toBe(false);
});

test('secret forms include the encodings a token takes', () => {
  const forms = secretForms('a b/c"d+e');
  expect(forms).toContain('a b/c"d+e');
  expect(forms).toContain(encodeURIComponent('a b/c"d+e'));
  expect(forms).toContain('a b/c\\"d+e');
  expect(forms).toContain(Buffer.from('a b/c"d+e').toString('base64'));
  expect(secretForms('short')).toEqual([]);
});
