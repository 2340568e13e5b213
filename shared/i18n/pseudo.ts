/**
 * The pseudo-locale en-XA: English with every letter accented, about 40%
 * longer and in brackets, so clipped, wrapped or hard-coded text shows at a
 * glance (a missing "]" is a clipped string; plain English is a text that
 * skipped shared/i18n). Placeholders stay as they are. Used by the layout
 * tests and the screenshots; not offered in the language picker.
 */
import type { Messages } from './en';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Extra length as a share of the English text, as long translations need (German, Russian, Turkish). */
export const PSEUDO_GROWTH = 0.4;

/** Short filler words, so the padding wraps like real words do. */
const FILLER = ['ŀóŕéɱ', 'íþšúɱ', 'đóļóŕ', 'šíţ', 'áɱéţ'];

export function pseudoText(text: string): string {
  const accented = text
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => (part.startsWith('{{') ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
    .join('');
  const wanted = Math.ceil(text.length * PSEUDO_GROWTH);
  let padding = '';
  for (let i = 0; padding.length < wanted; i += 1) padding += ` ${FILLER[i % FILLER.length] ?? ''}`;
  return `[${accented}${padding}]`;
}

export const pseudoMessages = (english: Messages): Messages =>
  Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudoText(text)])) as Messages;
