import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appError } from '../../../shared/errors';
import { openJournal, type NewChange } from '../../../main/core/journal/journal';

/**
 * The change journal on real files (security.md P3, P4): durable across
 * re-opening, robust to a torn last line and to temp files left by a crash,
 * bounded, and strict about what it records. Process kills are in crash.test.ts.
 */

function tempJournal(): { dir: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waba-journal-'));
  return { dir, path: join(dir, 'state', 'journal.jsonl'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const change = (id: string, extra: Partial<NewChange> = {}): NewChange => ({
  id,
  kind: 'assign',
  wabaId: '102290129340398',
  businessId: '506914307656634',
  userId: '61550000000001',
  tasks: ['MANAGE'],
  ...extra,
});

const lines = (path: string): string[] => readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');

test('begin is on disk when it resolves, finish completes it, and both survive re-opening', async () => {
  const { path, cleanup } = tempJournal();
  try {
    let clock = Date.parse('2026-11-22T10:00:00Z');
    const now = () => new Date((clock += 1000));
    const journal = await openJournal(path, { now });
    expect(journal.pending()).toEqual([]);

    const begun = await journal.begin(change('a'));
    expect(begun.ok).toBe(true);
    // Already in the file (not buffered) when begin resolves.
    expect(lines(path).map((l) => JSON.parse(l) as { id: string; state: string })).toEqual([
      expect.objectContaining({ id: 'a', state: 'in_flight' }),
    ]);
    const reopened = await openJournal(path);
    expect(reopened.pending()).toEqual([
      {
        id: 'a',
        kind: 'assign',
        wabaId: '102290129340398',
        businessId: '506914307656634',
        userId: '61550000000001',
        tasks: ['MANAGE'],
        state: 'in_flight',
        startedAt: '2026-11-22T10:00:01.000Z',
      },
    ]);

    const failure = appError('permission-denied', 'The token lacks whatsapp_business_management.', { graph: { code: 200, fbtraceId: 'AbCdEf' } });
    const finished = await journal.finish('a', 'failed', { fbtraceIds: ['AbCdEf'], error: failure });
    expect(finished.ok && finished.value.state).toBe('failed');
    const again = await openJournal(path);
    expect(again.pending()).toEqual([]);
    expect(again.get('a')).toMatchObject({ state: 'failed', finishedAt: '2026-11-22T10:00:02.000Z', fbtraceIds: ['AbCdEf'], error: failure });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // A journal file with a wider mode is made private again when opened.
    chmodSync(path, 0o644);
    await openJournal(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  } finally {
    cleanup();
  }
});

test('ids are generated when not given, and a remove without tasks is fine', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    const begun = await journal.begin({ kind: 'remove', wabaId: '1', userId: '2' });
    expect(begun.ok).toBe(true);
    if (!begun.ok) return;
    expect(begun.value.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(begun.value).not.toHaveProperty('tasks');
    expect((await openJournal(path)).pending().map((r) => r.id)).toEqual([begun.value.id]);
  } finally {
    cleanup();
  }
});

test('a torn last line is dropped, everything before it is intact, and appending works again', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    await journal.finish('a', 'done', { fbtraceIds: ['t1'] });
    await journal.begin(change('b'));
    // A crash in the middle of appending b's result.
    appendFileSync(path, '{"id":"b","kind":"assign","wabaId":"102290129340398","state":"do');

    const reopened = await openJournal(path);
    expect(reopened.get('a')).toMatchObject({ state: 'done', fbtraceIds: ['t1'] });
    expect(reopened.pending().map((r) => r.id)).toEqual(['b']);
    // The torn bytes are gone (the file was compacted), so the next line cannot be glued to them.
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('"state":"do"');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines(path).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'b']);
    expect((await reopened.finish('b', 'done')).ok).toBe(true);
    expect((await openJournal(path)).pending()).toEqual([]);
  } finally {
    cleanup();
  }
});

test('a last line that is complete but lacks its newline is kept', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    writeFileSync(path, readFileSync(path, 'utf8').trimEnd());
    const reopened = await openJournal(path);
    expect(reopened.pending().map((r) => r.id)).toEqual(['a']);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
    await reopened.begin(change('b'));
    expect((await openJournal(path)).pending().map((r) => r.id)).toEqual(['a', 'b']);
  } finally {
    cleanup();
  }
});

test('unreadable or invalid lines anywhere are skipped, not fatal', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    appendFileSync(path, 'garbage\n{"id":"x","kind":"assign","wabaId":"not-an-id","userId":"1","state":"done","startedAt":"t"}\n[]\n');
    await (await openJournal(path)).begin(change('b'));
    const logs: string[] = [];
    const reopened = await openJournal(path, { log: (m, msg) => logs.push(`[${m}] ${msg}`) });
    expect(reopened.pending().map((r) => r.id)).toEqual(['a', 'b']);
    expect(reopened.get('x')).toBeUndefined();
    expect(logs).toEqual([]);
    expect(lines(path)).toHaveLength(2);
  } finally {
    cleanup();
  }
});

test('a temp file left by a crash during compaction is removed and the journal is intact', async () => {
  const { dir, path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    const before = readFileSync(path, 'utf8');
    const stale = `${path}.tmp-99999-deadbeef0000`;
    writeFileSync(stale, '{"id":"a","kind":"assign","wab');
    const logs: string[] = [];
    const reopened = await openJournal(path, { log: (_m, msg) => logs.push(msg) });
    expect(reopened.pending().map((r) => r.id)).toEqual(['a']);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'state'))).toEqual(['journal.jsonl']);
    expect(logs.join('\n')).toContain('temp file');
  } finally {
    cleanup();
  }
});

test('pending() lists exactly the changes whose outcome is unknown', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    for (const id of ['a', 'b', 'c', 'd']) await journal.begin(change(id));
    await journal.finish('b', 'done');
    await journal.finish('d', 'failed');
    // "Crash": the object is dropped without any closing step.
    const afterCrash = await openJournal(path);
    expect(afterCrash.pending().map((r) => r.id)).toEqual(['a', 'c']);
    expect(afterCrash.records().map((r) => [r.id, r.state])).toEqual([
      ['a', 'in_flight'],
      ['c', 'in_flight'],
      ['b', 'done'],
      ['d', 'failed'],
    ]);
  } finally {
    cleanup();
  }
});

test('size is bounded: only the last N finished records are kept, in-flight ones always', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path, { keepFinished: 5 });
    await journal.begin(change('old-in-flight'));
    for (let i = 0; i < 200; i += 1) {
      await journal.begin(change(`c${i}`));
      await journal.finish(`c${i}`, 'done');
      expect(lines(path).length).toBeLessThanOrEqual(2 * (5 + 16) + 7);
    }
    const expected = ['old-in-flight', 'c195', 'c196', 'c197', 'c198', 'c199'];
    expect(journal.records().map((r) => r.id)).toEqual(expected);
    expect((await openJournal(path, { keepFinished: 5 })).records().map((r) => r.id)).toEqual(expected);
    expect(readdirSync(join(path, '..'))).toEqual(['journal.jsonl']);
  } finally {
    cleanup();
  }
});

test('concurrent begins and finishes never interleave lines', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const begun = await Promise.all(ids.map((id) => journal.begin(change(id, { tasks: ['MESSAGING', 'MANAGE_TEMPLATES'] }))));
    expect(begun.every((r) => r.ok)).toBe(true);
    const finished = await Promise.all(ids.map((id, i) => journal.finish(id, i % 2 ? 'done' : 'failed')));
    expect(finished.every((r) => r.ok)).toBe(true);
    // Finishing twice at once: exactly one wins.
    await journal.begin(change('race'));
    const race = await Promise.all([journal.finish('race', 'done'), journal.finish('race', 'failed')]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);

    for (const line of lines(path)) expect(() => JSON.parse(line) as unknown).not.toThrow();
    const reopened = await openJournal(path);
    expect(reopened.pending()).toEqual([]);
    expect(reopened.records()).toHaveLength(41);
    expect(readdirSync(join(path, '..'))).toEqual(['journal.jsonl']);
  } finally {
    cleanup();
  }
});

test('bad changes, unknown ids and repeats are refused without writing', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    const size = statSync(path).size;
    const badWaba = await journal.begin(change('b', { wabaId: '../me' }));
    expect(badWaba.ok).toBe(false);
    if (!badWaba.ok) expect(badWaba.error).toMatchObject({ kind: 'bad-input', fields: ['wabaId'] });
    expect((await journal.begin(change('a'))).ok).toBe(false);
    expect((await journal.finish('nope', 'done')).ok).toBe(false);
    await journal.finish('a', 'done');
    const twice = await journal.finish('a', 'failed');
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toBe('No change in progress has this id.');
    expect(journal.get('a')?.state).toBe('done');
    expect(statSync(path).size).toBeGreaterThan(size);
    expect(lines(path)).toHaveLength(2);
  } finally {
    cleanup();
  }
});

test('when the journal cannot be written, begin fails and nothing is recorded as started', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    await journal.begin(change('a'));
    // Make appends impossible (root ignores permissions, so replace the file with a directory).
    unlinkSync(path);
    mkdirSync(path);
    const result = await journal.begin(change('b'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('unexpected');
      expect(result.error.message).toContain('nothing was sent');
      expect(result.error.message).not.toContain(path);
    }
    expect(journal.get('b')).toBeUndefined();
    expect(journal.pending().map((r) => r.id)).toEqual(['a']);
    // Once the file is writable again, the journal rewrites itself from memory before appending.
    rmSync(path, { recursive: true });
    expect((await journal.begin(change('c'))).ok).toBe(true);
    expect((await openJournal(path)).pending().map((r) => r.id)).toEqual(['a', 'c']);
  } finally {
    cleanup();
  }
});

test('beginMany and finishMany record several changes in one append: all or none, durable across re-opening', async () => {
  const { path, cleanup } = tempJournal();
  try {
    const journal = await openJournal(path);
    const begun = await journal.beginMany([change('a'), change('b', { wabaId: '104996122399160' }), change('c')]);
    expect(begun.ok && begun.value.map((r) => [r.id, r.state])).toEqual([['a', 'in_flight'], ['b', 'in_flight'], ['c', 'in_flight']]);
    expect(lines(path)).toHaveLength(3);
    // A repeated id refuses the whole call; nothing of it is written.
    const repeated = await journal.beginMany([change('d'), change('d')]);
    expect(repeated.ok).toBe(false);
    const known = await journal.beginMany([change('e'), change('a')]);
    expect(known.ok).toBe(false);
    expect(lines(path)).toHaveLength(3);

    const finished = await journal.finishMany([
      { id: 'a', state: 'done', extra: { fbtraceIds: ['T1'] } },
      { id: 'c', state: 'failed', extra: { error: appError('permission-denied', 'no') } },
    ]);
    expect(finished.ok).toBe(true);
    expect(lines(path)).toHaveLength(5);
    const again = await openJournal(path);
    expect(again.pending().map((r) => r.id)).toEqual(['b']);
    expect(again.get('a')?.fbtraceIds).toEqual(['T1']);
    expect(again.get('c')?.state).toBe('failed');
    // Finishing a change not in flight refuses the whole call.
    expect((await again.finishMany([{ id: 'b', state: 'done' }, { id: 'a', state: 'done' }])).ok).toBe(false);
    expect(again.pending().map((r) => r.id)).toEqual(['b']);
  } finally {
    cleanup();
  }
});
