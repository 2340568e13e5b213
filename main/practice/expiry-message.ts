/**
 * Meta's expired-token wording, e.g. "Error validating access token: Session
 * has expired on Saturday, 30-Mar-24 16:00:00 PDT. The current time is Sunday,
 * 31-Mar-24 14:58:07 PDT." (graph-api.md §6.3). Times are in Pacific time, as
 * Meta prints them.
 */
const PACIFIC = 'America/Los_Angeles';

function pacific(unixSeconds: number): string {
  const date = new Date(unixSeconds * 1000);
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: PACIFIC,
      weekday: 'long',
      day: '2-digit',
      month: 'short',
      year: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('weekday')}, ${part('day')}-${part('month')}-${part('year')} ${part('hour')}:${part('minute')}:${part('second')} ${part('timeZoneName')}`;
  } catch {
    // A Node built without full ICU has no Pacific zone: fall back to UTC, same shape.
    const iso = date.toUTCString(); // "Sat, 30 Mar 2024 23:00:00 GMT"
    return iso;
  }
}

export function expiredTokenMessage(expiredAt: number, now: number): string {
  return `Error validating access token: Session has expired on ${pacific(expiredAt)}. The current time is ${pacific(now)}.`;
}
