/**
 * The `bulk` file: CSV with the header `waba,business,user,tasks` (tasks
 * separated by `|` or `;` inside the cell) or a JSON array of
 * {waba, business, user, tasks}. Every row is checked before anything is
 * sent, and every problem is reported with its line, so one fix-up pass is
 * enough.
 */
import { asBusinessId, asSystemUserId, asWabaId, isGraphId } from '../../shared/ids';
import { parseTaskList, readTaskNames } from '../../shared/tasks';
import type { BulkRow } from '../core/onboarding/bulk-plan';
import { BULK_TEXT } from './bulk-messages';

export interface RowProblem {
  readonly line: number;
  readonly message: string;
}

export interface BulkFile {
  readonly rows: readonly BulkRow[];
  readonly problems: readonly RowProblem[];
}

export const MAX_ROWS = 5000;
const COLUMNS = ['waba', 'business', 'user', 'tasks'] as const;
type Column = (typeof COLUMNS)[number];
type Fields = Partial<Record<Column, unknown>>;

/** Checks one row's values; returns the row or the problems found on it. */
function checkRow(line: number, fields: Fields): BulkRow | RowProblem[] {
  const problems: RowProblem[] = [];
  const id = (column: 'waba' | 'business' | 'user'): string => {
    const value = fields[column];
    if (typeof value === 'number') problems.push({ line, message: BULK_TEXT.idAsNumber(column) });
    else if (typeof value !== 'string' || value.trim() === '') problems.push({ line, message: BULK_TEXT.missing(column) });
    else if (!isGraphId(value.trim())) problems.push({ line, message: BULK_TEXT.notAnId(column, value.trim()) });
    return typeof value === 'string' ? value.trim() : '';
  };
  const wabaId = id('waba');
  const businessId = id('business');
  const userId = id('user');
  const raw = fields.tasks;
  const names = Array.isArray(raw)
    ? raw.map((t: unknown) => (typeof t === 'string' ? t.trim().toUpperCase() : String(t))).filter((t) => t.length > 0)
    : typeof raw === 'string'
      ? parseTaskList(raw, /[|;,]/)
      : [];
  const read = readTaskNames(names);
  if (names.length === 0) problems.push({ line, message: BULK_TEXT.noTasks });
  for (const { typed, suggestion } of read.unknown) problems.push({ line, message: BULK_TEXT.unknownTask(typed, suggestion) });
  const tasks = [...read.tasks];
  if (tasks.length > 16) problems.push({ line, message: BULK_TEXT.tooManyTasks });
  if (problems.length > 0) return problems;
  return { line, wabaId: asWabaId(wabaId), businessId: asBusinessId(businessId), userId: asSystemUserId(userId), tasks };
}

/**
 * The cell delimiter, taken from the header line: a semicolon when the header has more of them
 * outside quotes than commas (what Spanish and Portuguese spreadsheets export, even with a stray
 * comma), else a comma.
 */
export function delimiterOf(header: string): ',' | ';' {
  const bare = header.replace(/"[^"]*"/g, '');
  const count = (c: string): number => bare.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * What the header line was split at, for a header that is not waba,business,user,tasks: the
 * delimiter used when the line has it; else the line has no accepted delimiter at all (a tab or
 * | from another export), which is said so rather than as "split into 1 column".
 */
function delimiterHint(header: string, used: ',' | ';', count: number): string {
  const bare = header.replace(/"[^"]*"/g, '');
  return bare.includes(used) ? BULK_TEXT.delimiterFound(used, count) : BULK_TEXT.delimiterNone;
}

/** Splits one CSV line; double quotes may wrap a cell ("" is a quote inside it). */
function splitCsv(text: string, delimiter: ',' | ';' = ','): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells;
}

function parseCsv(text: string): { entries: { line: number; fields: Fields }[]; problems: RowProblem[] } {
  const lines = text.split(/\r?\n/);
  const entries: { line: number; fields: Fields }[] = [];
  const problems: RowProblem[] = [];
  let header: string[] | null = null;
  let delimiter: ',' | ';' = ',';
  for (const [index, content] of lines.entries()) {
    const line = index + 1;
    if (content.trim() === '' || content.trim().startsWith('#')) continue;
    if (header === null) delimiter = delimiterOf(content);
    const cells = splitCsv(content, delimiter);
    if (cells === null) {
      problems.push({ line, message: BULK_TEXT.unclosedQuote });
      if (header === null) return { entries, problems };
      continue;
    }
    if (header === null) {
      const names = cells.map((c) => c.toLowerCase());
      const wrong = names.length !== COLUMNS.length || COLUMNS.some((c) => names.filter((n) => n === c).length !== 1);
      if (wrong) return { entries, problems: [{ line, message: `${BULK_TEXT.badHeader(COLUMNS.join(','))} ${delimiterHint(content, delimiter, cells.length)}` }] };
      header = names;
      continue;
    }
    if (cells.length !== header.length) {
      const other = delimiter === ',' ? ';' : ',';
      const mixed = cells.length < header.length && (splitCsv(content, other)?.length ?? 0) === header.length;
      problems.push({ line, message: mixed ? BULK_TEXT.rowDelimiter(delimiter, other) : BULK_TEXT.cellCount(cells.length, header.length) });
      continue;
    }
    const fields: Fields = {};
    header.forEach((name, i) => (fields[name as Column] = cells[i]));
    entries.push({ line, fields });
  }
  if (header === null) problems.push({ line: 1, message: BULK_TEXT.empty });
  return { entries, problems };
}

/** The offset where each top-level array element starts, so JSON rows get line numbers. */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectElement && !/[\s,\]]/.test(char)) {
      offsets.push(i);
      expectElement = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth === 1) expectElement = true;
    } else if (char === ']' || char === '}') depth -= 1;
    else if (char === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function parseJson(text: string): { entries: { line: number; fields: Fields }[]; problems: RowProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return { entries: [], problems: [{ line: at ? lineAt(text, Number(at[1])) : 1, message: BULK_TEXT.badJson }] };
  }
  if (!Array.isArray(value)) return { entries: [], problems: [{ line: 1, message: BULK_TEXT.notArray }] };
  const offsets = elementOffsets(text);
  const entries: { line: number; fields: Fields }[] = [];
  const problems: RowProblem[] = [];
  value.forEach((item: unknown, index) => {
    const line = lineAt(text, offsets[index] ?? 0);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ line, message: BULK_TEXT.notObject });
      return;
    }
    const extra = Object.keys(item).filter((k) => !(COLUMNS as readonly string[]).includes(k));
    if (extra.length > 0) problems.push({ line, message: BULK_TEXT.unknownFields(extra.join(', ')) });
    else entries.push({ line, fields: item as Fields });
  });
  return { entries, problems };
}

/** Parses and checks the whole file: rows are returned only when there is no problem at all. */
export function parseBulkFile(text: string): BulkFile {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = body.trimStart().startsWith('[') ? parseJson(body) : parseCsv(body);
  const problems = [...parsed.problems];
  const rows: BulkRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of parsed.entries) {
    const checked = checkRow(line, fields);
    if (Array.isArray(checked)) {
      problems.push(...checked);
      continue;
    }
    const key = `${checked.wabaId}:${checked.userId}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ line, message: BULK_TEXT.duplicate(first) });
    else seen.set(key, line);
    rows.push(checked);
  }
  if (problems.length === 0 && rows.length === 0) problems.push({ line: 1, message: BULK_TEXT.noRows });
  if (rows.length > MAX_ROWS) problems.push({ line: 1, message: BULK_TEXT.tooManyRows(MAX_ROWS) });
  problems.sort((a, b) => a.line - b.line);
  return problems.length > 0 ? { rows: [], problems } : { rows, problems };
}
