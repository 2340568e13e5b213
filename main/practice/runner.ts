/**
 * The standalone runner's logic (run.ts is its entry): reads --port,
 * --scenario and --version, starts the server and describes it as text a
 * person can read and paste from. Writes through a callback, so the CLI can
 * reuse it without the console.
 */
import { startPracticeServer, type RunningPracticeServer } from './start-practice-server';
import { nowSeconds, resolveToken } from './world';
import { enCliReports } from '../../shared/i18n/en-cli-reports';
import { interpolate, type Params } from '../../shared/i18n/interpolate';

export interface RunArgs {
  readonly port: number;
  readonly scenario?: string;
  readonly version?: string;
  readonly help: boolean;
}

export const RUN_USAGE = [
  'Usage: run [--port <n>] [--scenario <file.json>] [--version <vNN.0>]',
  '  --port      port on 127.0.0.1 (default 0: any free port)',
  '  --scenario  scenario file (default: the shipped Lucky Shrub scenario; see main/practice/SCENARIOS.md)',
  '  --version   version answered for paths without one (default v26.0)',
].join('\n');

export function parseRunArgs(argv: readonly string[]): RunArgs {
  let port = 0;
  let scenario: string | undefined;
  let version: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value.\n${RUN_USAGE}`);
      return next;
    };
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--port') {
      const text = value();
      port = Number(text);
      if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a number from 0 to 65535 (got "${text}").`);
    } else if (flag === '--scenario') scenario = value();
    else if (flag === '--version') version = value();
    else throw new Error(`Unknown argument "${arg}".\n${RUN_USAGE}`);
  }
  return { port, help, ...(scenario === undefined ? {} : { scenario }), ...(version === undefined ? {} : { version }) };
}

/** The overview's words: `cli.practice.<key>` of a language (the CLI passes its --lang; English otherwise). */
export type OverviewKey = Extract<keyof typeof enCliReports, `cli.practice.${string}`> extends `cli.practice.${infer K}` ? K : never;
export type OverviewText = (key: OverviewKey, params?: Params) => string;
const english: OverviewText = (key, params) => interpolate(enCliReports[`cli.practice.${key}`], params);

function expiryText(w: OverviewText, expiresAt: number, now: number): string {
  if (expiresAt === 0) return w('never');
  const date = new Date(expiresAt * 1000).toISOString().slice(0, 10);
  const left = expiresAt - now;
  if (left <= 0) return w('expired', { date });
  return left < 2 * 86400 ? w('inHours', { hours: Math.round(left / 3600) }) : w('inDays', { days: Math.round(left / 86400), date });
}

const table = (rows: readonly (readonly string[])[]): string[] => {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ')}`.trimEnd());
};

/** Everything a person needs to practise: URL, version, ids, and each token with its purpose. */
export function describeServer(server: RunningPracticeServer, w: OverviewText = english): string {
  const s = server.scenario;
  const now = nowSeconds();
  const businessName = (id: string): string => s.businesses.find((b) => b.id === id)?.name ?? id;
  const objects: string[][] = [
    [w('colKind'), w('colId'), w('colDetails')],
    [w('kind.app'), s.app.id, s.app.name],
    ...s.businesses.map((b) => [w('kind.business'), b.id, b.name]),
    ...s.wabas.map((x) => {
      const shared = x.sharedWith.map(
        (y) => `${w('sharedWith', { business: businessName(y.businessId) })}${y.multiPartner ? (y.messaging ? w('multiPartnerFull') : w('multiPartnerNoMessaging')) : ''}`,
      );
      return [w('kind.waba'), x.id, [x.name, w('owner', { ownership: x.ownershipType, business: businessName(x.ownerBusinessId) }), ...shared].join('; ')];
    }),
    ...s.phoneNumbers.map((p) => [w('kind.phone'), p.id, `${p.displayPhoneNumber} (${p.verifiedName})`]),
    ...s.systemUsers.map((u) => [w('kind.systemUser'), u.id, `${u.name} (${u.role}, ${businessName(u.businessId)})`]),
    ...s.people.map((p) => [w('kind.person'), p.id, p.name]),
  ];
  const resolved = [...server.scenario.tokens].map((t) => ({ t, expiry: resolveToken(t, server.startedAt).expiresAt }));
  const tokenLines = resolved.flatMap(({ t, expiry }) => [
    `  ${t.label}  ${w('tokenLine', { type: t.type, subject: t.subjectId, expiry: expiryText(w, expiry, now), scopes: t.scopes.join(' ') || w('noScopes') })}`,
    `    ${t.note}`,
    `    ${t.value}`,
  ]);
  const garbageLines = s.garbageTokens.flatMap((g) => [`  ${g.label}  ${w('notAToken')}`, `    ${g.note}`, `    ${g.value}`]);
  const labels = [w('url'), w('version'), w('scenario')].map((label) => `${label}:`);
  const width = Math.max(...labels.map((label) => label.length)) + 1;
  const [url, version, scenario] = labels.map((label) => `  ${label.padEnd(width)}`);
  const v = server.defaultVersion;
  return [
    w('title'),
    `${url}${server.url}`,
    `${version}${v} (${w('versionNote', { url: server.url, version: v })})`,
    `${scenario}${s.name}`,
    '',
    w('objects'),
    ...table(objects),
    '',
    w('tokens'),
    ...tokenLines,
    ...garbageLines,
    '',
    w('stop'),
  ].join('\n');
}

/** Starts a server from command-line arguments and writes its description; undefined after --help. */
export async function runPracticeServer(argv: readonly string[], write: (text: string) => void): Promise<RunningPracticeServer | undefined> {
  const args = parseRunArgs(argv);
  if (args.help) {
    write(RUN_USAGE);
    return undefined;
  }
  const server = await startPracticeServer({
    port: args.port,
    ...(args.scenario === undefined ? {} : { scenario: args.scenario }),
    ...(args.version === undefined ? {} : { defaultVersion: args.version }),
  });
  write(describeServer(server));
  return server;
}
