/**
 * `bulk --exact` is verified only when what it took away is gone too (issue
 * 8.5), against the practice server. Under the `repost: add-only` switch Meta
 * answers success but keeps the tasks the user had: the row that took
 * "View cost" away ends not verified (exit 5), says in words that Meta still
 * lists it, and its receipt row says so; a row that took nothing away is
 * done. With writes that apply (the default), the same exact run is done, and
 * an additive run under add-only is unchanged (done, exit 0).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { translate } from '../../../shared/i18n';
import { enCli } from '../../../shared/i18n/en-cli';
import { startPracticeServer } from '../../../main/practice/start-practice-server';
import { BIZ, BSP_USER, bulkScenario, clientWaba } from './bulk-scenario';
import { ensureCliBuilt, lastJson, runCli } from './support';

test.beforeAll(ensureCliBuilt);
test.setTimeout(240_000);

interface Row {
  readonly waba: string;
  readonly outcome: string;
  readonly verified?: boolean;
  readonly takenAway?: string[];
  readonly stillThere?: string[];
}

const csv = (rows: readonly string[]): string => ['waba,business,user,tasks', ...rows].join('\n') + '\n';

test('bulk --exact: a taken-away task Meta still lists makes the row not verified (exit 5), named in words, in the report and the receipt', async () => {
  const server = await startPracticeServer({ scenario: bulkScenario(2, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-bulk-exact-'));
  const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') };
  const file = (name: string, rows: readonly string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, csv(rows));
    return path;
  };
  const bulk = (args: readonly string[]) => runCli(['bulk', ...args, '--yes', '--token-stdin'], { input: server.token('admin-never'), env });
  const [first, second] = [clientWaba(0), clientWaba(1)];
  try {
    // The system user starts with Developer and View cost on the first account, Developer on the second.
    const given = await bulk(['--file', file('given.csv', [`${first},${BIZ},${BSP_USER},DEVELOP|VIEW_COST`, `${second},${BIZ},${BSP_USER},DEVELOP`])]);
    expect(given.code, given.stdout).toBe(0);

    // Meta accepts the writes but keeps what the user had.
    server.setBehaviours({ repost: 'add-only' });
    const exactRows = file('exact.csv', [`${first},${BIZ},${BSP_USER},DEVELOP`, `${second},${BIZ},${BSP_USER},DEVELOP|VIEW_INSIGHTS`]);
    const stuck = await bulk(['--file', exactRows, '--exact', '--json']);
    expect(stuck.code, stuck.stdout).toBe(5);
    expect(server.assignedTasks(first, BSP_USER)).toEqual(['VIEW_COST', 'DEVELOP']);
    const report = lastJson(stuck) as { rows: Row[]; summary: Record<string, number>; receiptPath: string };
    expect(report.rows.map((r) => [r.waba, r.outcome, r.verified, r.takenAway, r.stillThere])).toEqual([
      [first, 'not-verified', false, ['VIEW_COST'], ['VIEW_COST']],
      [second, 'done', true, [], undefined],
    ]);
    expect(report.summary).toMatchObject({ done: 1, 'not-verified': 1 });
    const receipt = JSON.parse(readFileSync(report.receiptPath, 'utf8')) as { rows: Row[] };
    expect(receipt.rows[0]).toMatchObject({ outcome: 'not-verified', verified: false, takenAway: ['VIEW_COST'], stillThere: ['VIEW_COST'] });
    expect(receipt.rows[1]?.stillThere).toBeUndefined();

    // The text says which task is still there, in words (and in the run's language).
    const said = await bulk(['--file', exactRows, '--exact']);
    expect(said.code).toBe(5);
    const viewCost = translate('en', 'task.VIEW_COST.name');
    expect(said.stdout).toContain(translate('en', 'cli.bulk.stillThere', { task: viewCost }));
    const spanish = await runCli(['bulk', '--file', exactRows, '--exact', '--yes', '--token-stdin', '--lang', 'es'], { input: server.token('admin-never'), env });
    expect(spanish.code).toBe(5);
    expect(spanish.stdout).toContain(translate('es', 'cli.bulk.stillThere', { task: translate('es', 'task.VIEW_COST.name') }));

    // An additive run is unchanged under add-only: asked tasks there, nothing taken away, done.
    const added = await bulk(['--file', file('added.csv', [`${first},${BIZ},${BSP_USER},VIEW_INSIGHTS`]), '--json']);
    expect(added.code, added.stdout).toBe(0);
    expect((lastJson(added) as { rows: Row[] }).rows[0]).toMatchObject({ outcome: 'done', verified: true, takenAway: [] });

    // With writes that apply, the same exact run takes View cost away and is verified.
    server.setBehaviours({ repost: 'replace' });
    const gone = await bulk(['--file', exactRows, '--exact', '--json']);
    expect(gone.code, gone.stdout).toBe(0);
    expect(server.assignedTasks(first, BSP_USER)).toEqual(['DEVELOP']);
    expect((lastJson(gone) as { rows: Row[] }).rows.map((r) => [r.outcome, r.stillThere])).toEqual([
      ['done', undefined],
      ['already-in-place', undefined],
    ]);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('assign --exact: a taken-away task Meta still lists is not verified (exit 5), named on its row, and no receipt is written', async () => {
  const server = await startPracticeServer({ scenario: bulkScenario(1, 0) });
  const dir = mkdtempSync(join(tmpdir(), 'waba-assign-exact-'));
  const env = { WABA_GRAPH_URL: server.url, WABA_DATA_DIR: join(dir, 'data') };
  const waba = clientWaba(0);
  const assign = (tasks: string, extra: readonly string[] = []) =>
    runCli(['assign', '--waba', waba, '--business', BIZ, '--user', BSP_USER, '--tasks', tasks, '--yes', '--token-stdin', ...extra], { input: server.token('admin-never'), env });
  try {
    expect((await assign('DEVELOP,VIEW_COST')).code).toBe(0);
    server.setBehaviours({ repost: 'add-only' });
    const stuck = await assign('DEVELOP', ['--exact', '--json']);
    expect(stuck.code, stuck.stdout).toBe(5);
    expect(lastJson(stuck)).toMatchObject({ verification: { verified: false, stillThere: ['VIEW_COST'] }, receiptPath: null });
    const said = await assign('DEVELOP', ['--exact']);
    expect(said.code).toBe(5);
    expect(said.stdout).toContain(`See costs (VIEW_COST): ${enCli['cli.state.stillThere']}`);
    expect(said.stdout).toContain(enCli['cli.notVerifiedStillThere'].replace('{{command}}', `waba-access system-users --business ${BIZ} --waba ${waba}`));

    server.setBehaviours({ repost: 'replace' });
    const gone = await assign('DEVELOP', ['--exact', '--json']);
    expect(gone.code, gone.stdout).toBe(0);
    expect(lastJson(gone)).toMatchObject({ verification: { verified: true, stillThere: [] } });
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
