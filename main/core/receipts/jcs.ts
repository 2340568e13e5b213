/**
 * RFC 8785 JSON Canonicalization Scheme: object members sorted by the UTF-16
 * code units of their names, no whitespace, strings escaped as ECMAScript's
 * JSON.stringify does (which is what RFC 8785 §3.2.2.2 prescribes), and
 * numbers serialised as ECMAScript's Number.prototype.toString (§3.2.2.3),
 * which JSON.stringify also uses for finite numbers. Non-finite numbers and
 * values JSON cannot hold are refused rather than guessed at.
 */

export class CanonicalizationError extends Error {}

/** Compares two strings by UTF-16 code units (not by code points or locale), as RFC 8785 §3.2.3 requires. */
function byCodeUnits(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = a.charCodeAt(i) - b.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** A lone surrogate is not Unicode text; I-JSON (RFC 7493), which RFC 8785 builds on, forbids it. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function text(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalizationError(`${path}: the text holds a lone surrogate, which is not valid Unicode`);
  return JSON.stringify(value);
}

function serialize(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return text(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalizationError(`${path}: ${value} has no JSON form`);
      // -0 serialises as 0 (ES toString), as the RFC's test vectors expect.
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item, i) => serialize(item, `${path}[${i}]`)).join(',')}]`;
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort(byCodeUnits)
        .map((key) => `${text(key, path)}:${serialize(record[key], `${path}.${key}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new CanonicalizationError(`${path}: a ${typeof value} has no JSON form`);
  }
}

/** The canonical JSON text of `value` (RFC 8785). Throws CanonicalizationError for values JSON cannot hold. */
export function canonicalize(value: unknown): string {
  return serialize(value, '$');
}
