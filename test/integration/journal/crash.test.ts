import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { openJournal } from '../../../main/core/journal/journal';
import { removeStaleTemps } from '../../../main/core/journal/atomic-file';
import { bundleChild, runNode } from '../../support/bundle-child';

/**
 * Real crashes: a child process writing the journal (or an atomic file) is
 * SIGKILLed at points chosen by fast-check; afterwards nothing it reported
 * as durable is lost and the files still parse (security.md P3, P4).
 */

const linesOf = (text: string, prefix: string): string[] =>
  text.split('\n').filter((l) => l.startsWith(`${prefix} `)).map((l) => l.slice(prefix.length + 1));

test('journal: killed at random points, every reported step survives and in-flight ones are pending', async () => {
  const script = await bundleChild('test/integration/journal/child-journal.ts');
  const dir = mkdtempSync(join(tmpdir(), 'waba-journal-crash-'));
  const path = join(dir, 'journal.jsonl');
  const everBegun = new Set<string>();
  const everDone = new Set<string>();
  let round = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 400 }), async (stepsBeforeKill) => {
        round += 1;
        const run = await runNode(script, [path, `r${round}`, '10'], {
          env: { PATH: process.env.PATH },
          killWhen: (out) => out.split('\n').length > stepsBeforeKill,
        });
        expect(run.signal, run.stderr).toBe('SIGKILL');
        const begun = linesOf(run.stdout, 'begun');
        const done = linesOf(run.stdout, 'done');
        for (const id of begun) everBegun.add(id);
        for (const id of done) everDone.add(id);

        const journal = await openJournal(path, { keepFinished: 10 });
        const byId = new Map(journal.records().map((r) => [r.id, r]));
        const leftInFlight = (id: string): boolean => Number(id.split('-')[1]) % 3 === 0;
        for (const id of everBegun) {
          const record = byId.get(id);
          // Deliberately left in flight: always kept, always pending.
          if (leftInFlight(id)) expect(record?.state, id).toBe('in_flight');
          // Finished records may be trimmed (bounded size), but never revert to in flight.
          else if (record && everDone.has(id)) expect(record.state, id).toBe('done');
        }
        // The change the kill interrupted (begun, finish not reported) is in flight, or done if its finish reached the disk.
        const interrupted = begun.filter((id) => !leftInFlight(id) && !done.includes(id));
        expect(interrupted.length).toBeLessThanOrEqual(1);
        for (const id of interrupted) expect(['in_flight', 'done'], id).toContain(byId.get(id)?.state);
        // The newest reported results are all kept.
        for (const id of done.slice(-9)) expect(byId.get(id)?.state, id).toBe('done');
        const pending = new Set(journal.pending().map((r) => r.id));
        for (const id of pending) expect(everDone.has(id), id).toBe(false);
        expect(readdirSync(dir).filter((n) => n !== 'journal.jsonl')).toEqual([]);
      }),
      { numRuns: 8 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('atomic file: killed mid-rewrite, the file always holds one complete version', async () => {
  const script = await bundleChild('test/integration/journal/child-atomic.ts');
  const dir = mkdtempSync(join(tmpdir(), 'waba-atomic-crash-'));
  const path = join(dir, 'state.json');
  try {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), async (writesBeforeKill) => {
        const run = await runNode(script, [path], {
          env: { PATH: process.env.PATH },
          killWhen: (out) => out.split('\n').length > writesBeforeKill,
        });
        expect(run.signal, run.stderr).toBe('SIGKILL');
        const reported = linesOf(run.stdout, 'wrote').map(Number);
        const last = reported.at(-1) ?? -1;

        const stored = JSON.parse(readFileSync(path, 'utf8')) as { n: number; filler: string };
        expect(stored.filler.length).toBe(1000 + ((stored.n * 7919) % 50_000));
        expect(stored.filler).toMatch(/^x+$/);
        // The last reported write is on disk; at most the one in progress came after it.
        expect([last, last + 1]).toContain(stored.n);

        // A kill between the temp write and the rename leaves a temp file; it is recognisable and removable.
        await removeStaleTemps(path);
        expect(readdirSync(dir)).toEqual(['state.json']);
        expect(statSync(path).mode & 0o777).toBe(0o600);
      }),
      { numRuns: 8 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
