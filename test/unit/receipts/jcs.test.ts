/**
 * RFC 8785 canonicalization against the RFC's own examples (§3.2.2, §3.2.3,
 * Appendix B numbers), and the receipt digest built on it.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { canonicalize, CanonicalizationError } from '../../../main/core/receipts/jcs';
import { digestOf, digestState, sealed } from '../../../main/core/receipts/digest';

test('the RFC 8785 §3.2.2 example canonicalizes byte for byte', () => {
  const input = String.raw`{
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  }`;
  const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
  expect(canonicalize(JSON.parse(input))).toBe(expected);
});

test('members sort by UTF-16 code units (RFC 8785 §3.2.3), not by code points', () => {
  const input = String.raw`{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}`;
  const out = canonicalize(JSON.parse(input));
  // (Object.keys would move "1" first: JavaScript orders integer-like keys itself, so read the text.)
  const order = [...out.matchAll(/"((?:[^"\\]|\\.)*)":"/g)].map((m) => JSON.parse(`"${m[1] ?? ''}"`) as string);
  expect(order).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\u{1F600}', '\ufb33']);
  // Non-ASCII is written as UTF-8 text, never escaped; control characters use the short or \u00xx forms.
  expect(out).toContain('"\u20ac":"Euro Sign"');
  expect(out.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
});

test('numbers follow ECMAScript serialization (RFC 8785 Appendix B)', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [-0, '0'],
    [5e-324, '5e-324'],
    [-5e-324, '-5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [9007199254740992, '9007199254740992'],
    [-9007199254740992, '-9007199254740992'],
    [295147905179352830000, '295147905179352830000'],
    [1e21, '1e+21'],
    [9.999999999999997e22, '9.999999999999997e+22'],
    [1e23, '1e+23'],
    [0.000001, '0.000001'],
    [1e-7, '1e-7'],
    [333333333.3333332, '333333333.3333332'],
    [4.5, '4.5'],
  ];
  for (const [value, text] of cases) expect(canonicalize(value), String(value)).toBe(text);
  for (const bad of [NaN, Infinity, -Infinity]) expect(() => canonicalize({ n: bad })).toThrow(CanonicalizationError);
});

test('lone surrogates and values JSON cannot hold are refused; undefined members are left out', () => {
  expect(() => canonicalize({ a: 'x\uD800y' })).toThrow(CanonicalizationError);
  expect(() => canonicalize({ ['\uDC00']: 1 })).toThrow(CanonicalizationError);
  expect(() => canonicalize({ f: () => 1 })).toThrow(CanonicalizationError);
  expect(canonicalize({ b: undefined, a: [1, { d: 2, c: [] }] })).toBe('{"a":[1,{"c":[],"d":2}]}');
  expect(canonicalize('\u{1F600}\u2028')).toBe('"\u{1F600}\u2028"');
});

test('a receipt digest covers everything but the digest field, and any edit shows', () => {
  const receipt = { kind: 'waba-access-receipt', version: 1, waba: { id: '1', name: 'Café ☕' }, tasks: ['MESSAGING'], n: 1.5 };
  const withDigest = sealed(receipt);
  expect(withDigest.digest).toBe(createHash('sha256').update(canonicalize(receipt)).digest('hex'));
  expect(digestOf(withDigest)).toBe(withDigest.digest);
  expect(digestState(withDigest)).toBe('intact');
  // The same content written another way (order, spacing) is the same receipt.
  const rewritten = JSON.parse(JSON.stringify({ n: 1.5, tasks: ['MESSAGING'], digest: withDigest.digest, waba: { name: 'Café ☕', id: '1' }, version: 1, kind: 'waba-access-receipt' }, null, 4)) as Record<string, unknown>;
  expect(digestState(rewritten)).toBe('intact');
  expect(digestState({ ...withDigest, tasks: ['MESSAGING', 'MANAGE'] })).toBe('altered');
  expect(digestState({ ...withDigest, waba: { id: '1', name: 'Cafe ☕' } })).toBe('altered');
  expect(digestState(receipt)).toBe('missing');
});
