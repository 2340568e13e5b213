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

/** Every 12-character window of `piece` that is still in `text` (an oracle independent of the redactor). */
const survivingWindows = (text: string, piece: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 12 <= piece.length; i += 1) if (text.includes(piece.slice(i, i + 12))) out.push(piece.slice(i, i + 12));
  return out;
};

const ENCODINGS: Record<string, (slice: string) => { readonly encoded: string; readonly inner: string }> = {
  raw: (s) => ({ encoded: s, inner: s }),
  url: (s) => ({ encoded: encodeURIComponent(s), inner: encodeURIComponent(s) }),
  form: (s) => {
    const e = new URLSearchParams({ v: s }).toString().slice(2);
    return { encoded: e, inner: e };
  },
  json: (s) => ({ encoded: JSON.stringify(s).slice(1, -1), inner: JSON.stringify(s).slice(1, -1) }),
  // base64 of a slice depends on its neighbours only in its first and last 4 characters.
  base64: (s) => {
    const e = Buffer.from(s, 'utf8').toString('base64');
    return { encoded: e, inner: e.slice(4, -4) };
  },
  base64url: (s) => {
    const e = Buffer.from(s, 'utf8').toString('base64url');
    return { encoded: e, inner: e.slice(4, -4) };
  },
};

const wellFormed = (text: string): boolean => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

const tokenLike = fc.stringMatching(/^EAA[A-Za-z0-9]{40,180}$/);
const appSecret = fc.stringMatching(/^[0-9a-f]{32}$/);
const oddSecret = fc.string({ minLength: 16, maxLength: 60, unit: 'grapheme' });

test('property (X4): any slice of 12+ characters of a held secret, in any encoding, at any position, is scrubbed', () => {
  fc.assert(
    fc.property(
      fc.oneof(tokenLike, appSecret, oddSecret),
      fc.nat(),
      fc.integer({ min: 12, max: 60 }),
      fc.constantFrom(...Object.keys(ENCODINGS)),
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 40 }),
      fc.constantFrom('message', 'error_user_msg', 'fbtrace_id', 'header'),
      (secret, startSeed, wanted, encoding, before, after, where) => {
        const start = startSeed % Math.max(1, secret.length - 11);
        const slice = secret.slice(start, start + wanted);
        fc.pre(slice.length >= 12 && (encoding.startsWith('base64') ? slice.length >= 16 : true));
        // A slice cut inside a surrogate pair has no URL form, and JSON escapes its lone half; only its raw form is checked.
        fc.pre(wellFormed(slice) || encoding === 'raw');
        const { encoded, inner } = ENCODINGS[encoding]!(slice);
        const text = where === 'header' ? `x-fb-debug: ${before}${encoded}${after}` : `${before}${encoded}${after}`;
        const out = redactText(text, [secret, 'another-secret-value-1234']);
        expect(survivingWindows(out, inner), `${encoding} ${where}`).toEqual([]);
        expect(survivingWindows(out, slice)).toEqual([]);
      },
    ),
    { numRuns: 2000 },
  );
});

test("Meta's echoes of the token seen in the attack run: a 40-character middle in message, a 20-character prefix in fbtrace_id", () => {
  const token = `EAAJBxZC${'pLkBOHWANcmDb0sxDXmKeHV7HJPxSLIepqe3ul5NFHb669TbZHJk0bjLyVqOMldd0RdtNBEEomjC'}`;
  const message = `(#100) Invalid parameter ${token.slice(20, 60)} in request`;
  const trace = token.slice(0, 20);
  expect(redactText(message, [token])).toBe(`(#100) Invalid parameter ${REDACTED} in request`);
  expect(redactText(trace, [token])).toBe(REDACTED);
  // Text that merely shares 11 characters is left alone.
  expect(redactText(`id ${token.slice(5, 16)} ok`, [token])).toBe(`id ${token.slice(5, 16)} ok`);
});
