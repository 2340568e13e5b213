/**
 * The bulk file parser: CSV and JSON forms, line numbers on every problem,
 * and the exit-code order of a run's summary.
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { parseBulkFile } from '../../../main/cli/bulk-file';
import { exitCodeOf } from '../../../main/cli/commands/bulk';
import type { BulkSummary } from '../../../main/core/onboarding/bulk';
import { useCliLanguage } from '../../../main/cli/texts';

// The problems are said in the run's language: English here, as a run without --lang.
test.beforeAll(() => useCliLanguage('en'));

test('CSV: header in any order, quotes, BOM, CRLF, comments and blank lines', () => {
  const text = '\uFEFF# rows for March\r\nuser,waba,tasks,business\r\n\r\n111,222,"develop, view_cost",333\r\n444,555,DEVELOP|MANAGE_TEMPLATES;VIEW_COST,666\r\n';
  const file = parseBulkFile(text);
  expect(file.problems).toEqual([]);
  expect(file.rows).toEqual([
    { line: 4, wabaId: '222', businessId: '333', userId: '111', tasks: ['DEVELOP', 'VIEW_COST'] },
    { line: 5, wabaId: '555', businessId: '666', userId: '444', tasks: ['DEVELOP', 'MANAGE_TEMPLATES', 'VIEW_COST'] },
  ]);
});

test('CSV with semicolons (Spanish and Portuguese spreadsheets): the delimiter comes from the header line', () => {
  const file = parseBulkFile('waba;business;user;tasks\n222;333;111;DEVELOP|full_control\n555;666;444;"DEVELOP,VIEW_COST"\n');
  expect(file.problems).toEqual([]);
  expect(file.rows).toEqual([
    { line: 2, wabaId: '222', businessId: '333', userId: '111', tasks: ['DEVELOP', 'MANAGE'] },
    { line: 3, wabaId: '555', businessId: '666', userId: '444', tasks: ['DEVELOP', 'VIEW_COST'] },
  ]);
  // A comma file keeps ; inside a cell as a task separator.
  expect(parseBulkFile('waba,business,user,tasks\n1,2,3,DEVELOP;VIEW_COST\n').rows[0]?.tasks).toEqual(['DEVELOP', 'VIEW_COST']);
  // A typo is named with the closest task and its line.
  expect(parseBulkFile('waba;business;user;tasks\n1;2;3;MANAGE_TEMPLATE\n').problems).toEqual([
    { line: 2, message: '"MANAGE_TEMPLATE" is not a task. Did you mean MANAGE_TEMPLATES?' },
  ]);
});

test('CSV: a bad header stops at line 1; rows come back only when the whole file is clean', () => {
  expect(parseBulkFile('waba,business,user\n1,2,3\n').problems).toEqual([{ line: 1, message: expect.stringContaining('header') }]);
  expect(parseBulkFile('').problems).toEqual([{ line: 1, message: expect.stringContaining('empty') }]);
  const mixed = parseBulkFile('waba,business,user,tasks\n1,2,3,DEVELOP\n1,2,3x,DEVELOP\n"1,2,3,DEVELOP\n');
  expect(mixed.rows).toEqual([]);
  expect(mixed.problems.map((p) => p.line)).toEqual([3, 4]);
});

test('JSON: items get the line they start on; numbers for ids and unknown fields are refused', () => {
  const text = '[\n  {"waba": "1", "business": "2", "user": "3", "tasks": ["DEVELOP"]},\n\n  {"waba": "4", "business": "5", "user": "6", "tasks": "MANAGE;X"},\n  {"waba": 7, "business": "8", "user": "9", "tasks": ["DEVELOP"], "note": "}"}\n]';
  expect(parseBulkFile(text).problems).toEqual([
    { line: 4, message: '"X" is not a task.' },
    { line: 5, message: expect.stringContaining('unknown field(s): note') },
  ]);
  expect(parseBulkFile('[{"waba": 7, "business": "8", "user": "9", "tasks": ["DEVELOP"]}]').problems).toEqual([
    { line: 1, message: expect.stringContaining('string in quotes') },
  ]);
  expect(parseBulkFile('[\n{"waba": "1",\n}').problems).toEqual([{ line: expect.any(Number), message: 'this is not valid JSON.' }]);
});

test('every duplicate WABA+user pair is reported against its first line', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 20 }), (pairs) => {
      const file = parseBulkFile(['waba,business,user,tasks', ...pairs.map(([w, u]) => `${w},9,${u},DEVELOP`)].join('\n'));
      const firsts = new Map<string, number>();
      const expected: { line: number; message: string }[] = [];
      pairs.forEach(([w, u], i) => {
        const first = firsts.get(`${w}:${u}`);
        if (first === undefined) firsts.set(`${w}:${u}`, i + 2);
        else expected.push({ line: i + 2, message: `the same WABA and user as line ${first}: give each pair once.` });
      });
      expect(file.problems).toEqual(expected);
      expect(file.rows.length).toBe(expected.length === 0 ? pairs.length : 0);
    }),
  );
});

test('the exit code is the first that applies: 5 unverified, 1 failed or refused, 6 deferred, 0', () => {
  const summary = (over: Partial<BulkSummary>): BulkSummary => ({
    total: 0, done: 0, 'already-in-place': 0, refused: 0, failed: 0, 'not-verified': 0, deferred: 0, ...over,
  });
  expect(exitCodeOf(summary({ done: 3, 'already-in-place': 2 }))).toBe(0);
  expect(exitCodeOf(summary({ done: 1, deferred: 1 }))).toBe(6);
  expect(exitCodeOf(summary({ deferred: 1, refused: 1 }))).toBe(1);
  expect(exitCodeOf(summary({ deferred: 1, failed: 1 }))).toBe(1);
  expect(exitCodeOf(summary({ deferred: 1, failed: 1, 'not-verified': 1 }))).toBe(5);
});

test('a delimiter problem is named: what the header was split at, both delimiters accepted, the expected header', () => {
  const expected = 'the header must be waba,business,user,tasks or waba;business;user;tasks';
  // A stray comma at the end of a semicolon header: the semicolons still decide.
  const stray = parseBulkFile('waba;business;user;tasks,\n222;333;111;DEVELOP\n');
  expect(stray.problems[0]?.message).toContain('The header line was split at ";" into 4 column(s)');
  const tabs = parseBulkFile('waba\tbusiness\tuser\ttasks\n222\t333\t111\tDEVELOP\n');
  expect(tabs.problems).toHaveLength(1);
  // Tabs are no accepted delimiter: said so, never as "split into 1 column".
  expect(tabs.problems[0]?.message).toContain('The header line has no comma or semicolon between its columns');
  expect(tabs.problems[0]?.message).not.toContain('split at');
  expect(tabs.problems[0]?.message).toContain(expected);
  const none = parseBulkFile('waba business user tasks\n');
  expect(none.problems[0]?.message).toContain('The header line has no comma or semicolon between its columns');
  expect(none.problems[0]?.message).toContain(expected);
  // A row separated otherwise than its header line.
  const mixed = parseBulkFile('waba,business,user,tasks\n222;333;111;DEVELOP\n444,555,666,DEVELOP\n');
  expect(mixed.problems).toEqual([{ line: 2, message: 'this line is separated by ";", but the header line by ",": separate every line as the header is.' }]);
  // More semicolons than commas decides for semicolons, a comma inside a task cell notwithstanding.
  expect(parseBulkFile('waba;business;user;tasks\n222;333;111;DEVELOP,VIEW_COST\n').rows[0]?.tasks).toEqual(['DEVELOP', 'VIEW_COST']);
});
