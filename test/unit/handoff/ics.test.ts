/** The calendar reminder: a valid RFC 5545 file, a week before expiry. */
import { expect, test } from '@playwright/test';
import { buildIcs, foldLine, reminderDay } from '../../../main/core/handoff/ics';

const NOW = new Date('2026-11-29T10:00:00Z');

test('an all-day event a week before the expiry, CRLF lines, required properties present', () => {
  const ics = buildIcs({ expiresOn: '2027-01-20', summary: 'Renew, now; please', description: 'Line one\nLine two, with a comma', now: NOW, uid: 'fixed' });
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = ics.split('\r\n').slice(0, -1);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  for (const required of ['VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT', 'UID:fixed@waba-access', 'DTSTAMP:20261129T100000Z', 'DTSTART;VALUE=DATE:20270113', 'DTEND;VALUE=DATE:20270114']) {
    expect(lines).toContain(required);
  }
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  expect(lines).toContain('SUMMARY:Renew\\, now\\; please');
  expect(lines).toContain('DESCRIPTION:Line one\\nLine two\\, with a comma');
  // BEGIN/END pairs nest properly.
  const stack: string[] = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
    if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
  }
  expect(stack).toEqual([]);
});

test('long lines fold at 75 octets without splitting a UTF-8 character', () => {
  const line = `DESCRIPTION:${'é'.repeat(100)}`;
  const folded = foldLine(line);
  const parts = folded.split('\r\n');
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
  expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
  expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
});

test('a token that expires in less than a week gets its reminder today; bad dates are refused', () => {
  expect(reminderDay('2026-12-02', NOW)).toBe('2026-11-29');
  expect(reminderDay('2027-01-08', NOW)).toBe('2027-01-01');
  expect(() => buildIcs({ expiresOn: '2027-13-45', summary: 's', description: 'd', now: NOW })).toThrow(RangeError);
});
