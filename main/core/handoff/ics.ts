/**
 * A calendar reminder (issue 9.6) as an RFC 5545 iCalendar file: one all-day
 * event a week before a token stops working, with an alarm on the morning of
 * that day. CRLF line ends, TEXT values escaped (§3.3.11), lines folded at 75
 * octets without splitting a UTF-8 character (§3.1).
 */
import { randomUUID } from 'node:crypto';

export const REMINDER_DAYS_BEFORE = 7;

export interface ReminderInput {
  /** The day the token stops working, YYYY-MM-DD. */
  readonly expiresOn: string;
  readonly summary: string;
  readonly description: string;
  readonly now: Date;
  readonly uid?: string;
}

const escapeText = (value: string): string => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets; continuation lines start with one space (§3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string): string => iso.replace(/-/g, '');
const utcStamp = (at: Date): string => `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/** The reminder day: a week before the expiry, but never before today. */
export function reminderDay(expiresOn: string, now: Date): string {
  const day = new Date(`${expiresOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - REMINDER_DAYS_BEFORE);
  const today = now.toISOString().slice(0, 10);
  const chosen = day.toISOString().slice(0, 10);
  return chosen < today ? today : chosen;
}

export function buildIcs(input: ReminderInput): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn) || Number.isNaN(Date.parse(`${input.expiresOn}T00:00:00Z`))) {
    throw new RangeError('expiresOn must be a date YYYY-MM-DD');
  }
  const start = reminderDay(input.expiresOn, input.now);
  const next = new Date(`${start}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WABA Access Wizard//Token reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${input.uid ?? randomUUID()}@waba-access`,
    `DTSTAMP:${utcStamp(input.now)}`,
    `DTSTART;VALUE=DATE:${compactDate(start)}`,
    `DTEND;VALUE=DATE:${compactDate(next.toISOString().slice(0, 10))}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(input.summary)}`,
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
