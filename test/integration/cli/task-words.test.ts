/**
 * Tasks in the command line's prose are named in words, with the code to
 * type beside them (issue 8, CLI guidance): bulk's lines before its question,
 * assign's plan and refusals, remove's "what goes"; lists in the run's
 * language's own form (Arabic joins with و, not a Latin comma). Nothing is
 * sent by any of these runs.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { translate, type Language } from '../../../shared/i18n';
import { ensureCliBuilt, runCli } from './support';

const BIZ = '506914307656634';
const OWNED = '102290129340398';
const SHARED = '104996122399160';
const EMPLOYEE = '1972555232742222';

test.beforeAll(() => ensureCliBuilt());

const named = (language: Language, code: string): string => `${translate(language, `task.${code}.name`)} (${code})`;

test("bulk's lines before its question, assign's plan and remove's 'what goes' name tasks in words, in the language's list form", async () => {
  test.setTimeout(120_000);
  const server = await startPracticeServer({});
  const dir = mkdtempSync(join(tmpdir(), 'waba-task-words-'));
  const run = (args: string[]) => runCli([...args, '--graph-url', server.url, '--data-dir', dir, '--token-stdin'], { input: server.token('admin-never') });
  try {
    const file = join(dir, 'rows.csv');
    writeFileSync(file, `waba,business,user,tasks\n${SHARED},${BIZ},${EMPLOYEE},DEVELOP|MANAGE_TEMPLATES|VIEW_INSIGHTS\n${OWNED},${BIZ},${EMPLOYEE},MANAGE\n`);
    const bulk = await run(['bulk', '--file', file]);
    expect(bulk.code).toBe(2);
    const added = bulk.stdout.split('\n').find((line) => line.startsWith('line 2:')) ?? '';
    expect(added).toContain(`will add ${named('en', 'MANAGE_TEMPLATES')} and ${named('en', 'VIEW_INSIGHTS')}`);
    expect(bulk.stdout).not.toMatch(/will add [A-Z_]+[,|]/);

    const ar = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MANAGE_TEMPLATES,VIEW_INSIGHTS', '--lang', 'ar']);
    expect(ar.code).toBe(2);
    const planned = ar.stdout.split('\n')[1] ?? '';
    expect(planned).toContain(`${named('ar', 'DEVELOP')} و${named('ar', 'MANAGE_TEMPLATES')} و${named('ar', 'VIEW_INSIGHTS')}`);
    expect(planned).not.toContain(', ');

    const remove = await run(['remove', '--waba', SHARED, '--user', EMPLOYEE, '--business', BIZ]);
    expect(remove.code).toBe(2);
    expect(remove.stdout).toContain(`: ${named('en', 'DEVELOP')}.`);

    const refused = await run(['assign', '--waba', SHARED, '--business', BIZ, '--user', EMPLOYEE, '--tasks', 'MESSAGING', '--yes']);
    expect(refused.code).toBe(2);
    // A rule's sentence names the tasks in words, as the wizard does.
    expect(refused.stdout).toContain(`The least access that works: ${translate('en', 'task.DEVELOP.name')}`);
    expect(refused.stdout).not.toMatch(/least access that works: [^.]*VIEW_INSIGHTS/);
    expect(server.writeRequests).toBe(0);
  } finally {
    await server.close();
  }
});
