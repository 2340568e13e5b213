/**
 * Every English string the command line prints that shared/i18n does not
 * already hold (findings, plan problems, tasks and error titles come from
 * there). Kept in one file so a later language switch touches one place.
 */
import type { AppErrorKind } from '../../shared/errors';

export const USAGE = `waba-access: give a system user access to a WhatsApp Business Account, check it, undo it.

Usage: waba-access <command> [options]

Commands
  token set                 store a system-user token (read from standard input, never from the command line)
  token status              is a token stored, where, and which one (last 4 characters only)
  token forget              remove the stored token
  app-secret set [--app ID] store the secret of a Meta app with "Require App Secret" on (read from standard input)
  app-secret forget [--app ID]
                            remove a stored app secret (all of them without --app)
  inspect                   check the token: type, expiry, permissions, role, what it can see
  wabas --business ID       the WhatsApp accounts of a business, with phone numbers and sharing
  system-users --business ID [--waba ID]
                            the system users of a business (with their tasks on the WABA)
  whatis ID                 say whether an ID is a business, a WABA, a phone number or a system user
  assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE]
                            show the plan, ask, apply it and verify it
  verify --waba ID --business ID --user ID --tasks T1,T2
                            check that the user has these tasks
  remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE]
                            take the user's access to the WABA away
  bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE]
                            assign many rows (CSV or JSON); rate limits and interruptions are survived
  handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE]
                            check the PROVIDER's token (stdin or hidden prompt, never stored) and print the provider kit
  check --receipt FILE      re-read every grant an earlier receipt names: does it still hold?
  practice [--port N] [--scenario FILE]
                            run the practice server (a local stand-in for Meta) until Ctrl+C

Options for every command
  --graph-url URL           Graph API address (env WABA_GRAPH_URL; default https://graph.facebook.com)
  --api-version vNN.0       Graph API version (default from settings, v26.0)
  --token-stdin             read a token from standard input and use it for this run only (not stored)
  --app-secret-file PATH    the Meta app's secret, from a file, for this run (wins over the keychain)
  --data-dir DIR            where settings, journal, logs and receipts live (env WABA_DATA_DIR)
  --ca-file PATH            also trust this company CA file (PEM); repeatable (env WABA_CA_FILE;
                            the file NODE_EXTRA_CA_CERTS names is trusted too). Certificates are always checked.
  --lang CODE               language of the texts: en, es, pt-BR, hi, id, tr, ru, ar (env WABA_LANG; default en)
  --json                    machine-readable output on standard output
  --help                    help for a command

Exit codes: 0 done/verified, 2 bad usage or input, 3 token problem, 4 permission problem,
5 not verified, 6 rate-limited and gave up, 7 network/proxy/timeout, 1 anything else.`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  'token set': `Usage: waba-access token set [--json]
Reads a system-user token from standard input (for example: waba-access token set < token.txt),
checks it with Meta, and stores it in the system keychain. The token is never taken from the
command line, because command lines end up in shell history and process lists.`,
  'token status': 'Usage: waba-access token status [--json]\nSays whether a token is stored, where, and shows its type, expiry and last 4 characters.',
  'token forget': 'Usage: waba-access token forget [--json]\nRemoves the stored token from this computer. Access already given stays in place.',
  'app-secret set': `Usage: waba-access app-secret set [--app APP_ID] [--json]
Reads the app secret of your Meta app from standard input (for example: waba-access app-secret set --app 1234 < secret.txt)
and stores it in the system keychain beside the token. Needed only when the app has "Require App Secret" on
(App Dashboard → Settings → Advanced → Security): every call then carries appsecret_proof, a signature of the
token made with the secret. The secret is under App Dashboard → Settings → Basic → App secret. Without --app,
the stored token's app is used and Meta checks the secret first. The secret is never taken from the command line.`,
  'app-secret forget': 'Usage: waba-access app-secret forget [--app APP_ID] [--json]\nRemoves the stored app secret of one app (all stored app secrets without --app).',
  inspect: 'Usage: waba-access inspect [--json]\nChecks the token in three layers: the token itself, who it belongs to, and what it can see.',
  wabas: 'Usage: waba-access wabas --business ID [--json]\nLists the WhatsApp accounts the business owns or has been shared, with phone numbers and sharing.',
  'system-users': 'Usage: waba-access system-users --business ID [--waba ID] [--json]\nLists the business\'s system users with their role; with --waba, also their current tasks on it.',
  whatis: 'Usage: waba-access whatis ID [--json]\nSays what an ID is (business, WhatsApp account, phone number, system user) as far as the token can see.',
  assign: `Usage: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Shows the plan (what is added and what is taken away), asks for confirmation (or --yes), applies it,
and verifies it. The tasks are ADDED to what the user already has; --exact makes the list exact
(tasks not listed are taken away). --yes never takes anything away without --exact.
FULL_CONTROL (Business Suite's "Full control") is accepted and MANAGE is sent for it.
Without a terminal to ask on, --yes is required. Tasks: {tasks}.
--provider-profile FILE: the provider's profile (JSON); its tasks are used when --tasks is not
given (--tasks wins, with a notice), its SHA-256 is printed, the receipt names the provider, and a
system user with another name than the profile's is flagged. A malformed or oversized profile is
refused (exit 2) naming the wrong field. --receipt-out FILE writes the receipt (with its SHA-256
digest) to FILE instead of the receipts folder. When the token expires, a calendar reminder (.ics)
a week before is written beside the receipts.`,
  verify: 'Usage: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--json]\nReads the access back from Meta and checks each task: granted, missing or extra.',
  remove: 'Usage: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]\nTakes all of the user\'s access to the WhatsApp account away (asks first unless --yes).\n--receipt-out FILE writes the removal receipt (with its SHA-256 digest) to FILE instead of the receipts folder.',
  bulk: `Usage: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Gives system users access to many WhatsApp accounts from one file, safely resumable.
Each row's tasks are added to what the user has; --exact (for the whole run) takes away the rest.
FILE is CSV with the header waba,business,user,tasks, its cells separated by commas or, when the
header line uses them, by semicolons (tasks separated by | or ; in a comma file's cell,
e.g. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) or a JSON
array of {"waba","business","user","tasks"} with the IDs in quotes.
Every row is checked first (bad rows are listed with their line and nothing is sent), then
planned with batched reads; the summary asks for confirmation (or --yes; required without a
terminal). Rows are applied and verified one by one; a row that fails does not stop the others.
A WABA that Meta rate-limits (error 80008) is set aside until Meta's wait is over while the
other rows go on; if its waits would add up to more than --max-wait (default 900 s) its rows
are left "deferred". --concurrency (1 to 4, default 1) runs rows of different WABAs side by
side. Running the same file again finishes an interrupted run: rows already in place are
skipped and nothing is sent twice. A receipt of the run is saved under the data dir's receipts
(or at --receipt-out FILE); --provider-profile FILE names the provider on it (refused, exit 2, when
malformed or oversized).
Exit code, the first that applies: 5 a row was applied but not verified, 1 a row failed or
was refused, 6 a row was deferred for rate limits, 0 every row done or already in place.
Tasks: {tasks}.`,
  handoff: `Usage: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
Checks the token your PROVIDER will use (a system user's token), without storing or logging it:
read from standard input with --token-stdin, or typed at a hidden prompt. The stored admin token
is never read, replaced or needed. Checks: a system user's token (not a person's), of --user when
given (an admin system user's token works, with advice); its expiry (never, or the date; a warning
for 60-day tokens, with a calendar reminder .ics written a week before); its permissions
(whatsapp_business_messaging and whatsapp_business_management at least, plus the profile's); that
it reaches the WABA and its phone numbers. Then prints the provider kit: business ID, WABA ID,
each phone number ID with its display number and verified name, app ID, tasks verified, token
expiry (never the token). --json prints the kit. --provider-profile names the provider and warns
about a token of another app or a system user with another name.
Exit: 0 fit (warnings do not change it), 2 bad input, 3 token unfit (person's token, expired,
invalid, missing permission, another system user), 4 cannot reach the WABA, 6 rate-limited,
7 network, 1 other.`,
  check: `Usage: waba-access check --receipt FILE [--token-stdin] [--json]
Re-reads every grant an earlier receipt (single, bulk or removal; JSON) names, with the token in
use (the stored one, or --token-stdin: a provider can use its own token where it can read the WABA).
First the file must be intact: its "digest" is the SHA-256 of its RFC 8785 canonical form without
that field. The digest shows the file was not changed, not who made it; the proof is Meta's answer.
Exit: 0 every grant still holds (extra tasks are listed, not drift), 5 drift (a user no longer
assigned or missing a task; for a removal receipt, the user assigned again), 2 the file was altered,
is not a receipt, or is a practice receipt checked against the real Graph API, 4 the token cannot
read a WABA's assignments ("cannot check", never reported as removed), 3 token, 6 rate-limited,
7 network.`,
  practice: `Usage: waba-access practice [--port N] [--scenario FILE] [--json]
Runs the Graph practice server on 127.0.0.1 until Ctrl+C. Point other commands at it with
--graph-url and use one of the practice tokens it prints.`,
};

export const TEXT = {
  tlsEnvIgnored:
    'Note: NODE_TLS_REJECT_UNAUTHORIZED=0 is ignored; waba-access always checks certificates. To trust a company CA, use --ca-file PATH or WABA_CA_FILE.',
  badLanguage: (source: string, list: string) => `${source} must be one of these languages: ${list}.`,
  unknownCommand: (name: string) => `Unknown command "${name}". Run "waba-access --help" to see the commands.`,
  badOption: (detail: string) => `${detail} Run the command with --help to see its options.`,
  missingOption: (name: string) => `The option --${name} is required.`,
  notAnId: (name: string) => `--${name} must be an ID: digits only, like 102290129340398.`,
  unknownTask: (task: string, known: string) => `"${task}" is not a task. Known tasks: ${known}.`,
  didYouMean: (task: string) => `Did you mean ${task}?`,
  aliasSent: (typed: string, sent: string) =>
    `${typed} is Business Suite's "Full control"; ${sent}, the task Meta documents for it, is sent instead.`,
  tokenNotFromArgv: 'The token is read from standard input, never from the command line. Example: waba-access token set < token.txt',
  tokenStdinWithSet: 'Use either "token set" (stores the token) or --token-stdin (this run only), not both.',
  emptyStdin: 'No token arrived on standard input. Pipe it in, for example: waba-access token set < token.txt',
  tokenPrompt: 'Paste the system-user token and press Enter (it is not shown): ',
  needYes: 'Nothing was changed: there is no terminal to ask for confirmation. Add --yes to apply without asking.',
  confirmApply: 'Apply this change? [y/N] ',
  confirmRemove: (user: string, waba: string) => `Remove all access of system user ${user} to WhatsApp account ${waba}? [y/N] `,
  declined: 'Nothing was changed.',
  stored: (where: string) => `Token stored (${where}).`,
  storedMemory: 'The system keychain is not available, so the token was NOT stored. Use --token-stdin for each run, or set up the keychain.',
  notStored: (checks: string) =>
    `The token was NOT stored (a token stored earlier stays in use): it failed ${checks ? `these checks: ${checks}` : 'Meta\'s check'}. Fix what is marked X above and run: waba-access token set < new-token.txt`,
  tokenNone: 'No token is stored. Store one with: waba-access token set < token.txt',
  tokenLine: (last4: string, where: string) => `Token ending in ${last4}, kept in ${where}.`,
  tokenType: (type: string) => `Type: ${type}`,
  tokenApp: (app: string) => `App: ${app}`,
  tokenNever: 'Expires: never',
  tokenExpires: (date: string) => `Expires: ${date}`,
  keychainProblem: (why: string) =>
    `The system keychain cannot be used here (${why}), so no token can be stored. Use --token-stdin for each run, or unlock or set up the keychain.`,
  forgotten: 'Token removed from this computer. Access already given stays in place.',
  keychain: 'the system keychain',
  memory: 'memory for this run only',
  usable: 'The token can be used.',
  notUsable: 'The token cannot be used yet. Fix the problems marked above, then run: waba-access token set < new-token.txt',
  layer: { token: 'The token', identity: 'Who it belongs to', reach: 'What it can see' } as Readonly<Record<string, string>>,
  mark: { ok: 'ok ', warning: '!  ', problem: 'X  ' } as Readonly<Record<string, string>>,
  fix: 'Fix:',
  noWabas: 'This business has no WhatsApp account that the token can see.',
  owned: 'owned',
  client: 'shared with this business',
  multiPartnerNoMessaging: 'multi-partner, no MESSAGING: MANAGE is not possible, use granular tasks',
  multiPartner: 'multi-partner',
  phones: (list: string) => `phone numbers: ${list}`,
  noPhones: 'no phone number yet',
  nextWabas: (business: string, waba: string) => `Next: waba-access system-users --business ${business}${waba ? ` --waba ${waba}` : ''}`,
  noUsers: 'This business has no system users the token can see.',
  userTasks: (tasks: string) => `tasks now: ${tasks}`,
  userNone: 'no access to this WABA',
  userAdmin: 'admin: reaches every account of its business without an assignment; give your provider an employee system user instead',
  nextUsers: (waba: string, business: string, user: string) => `Next: waba-access assign --waba ${waba} --business ${business} --user ${user} --tasks DEVELOP`,
  whatis: {
    business: 'a business portfolio',
    waba: 'a WhatsApp Business Account',
    'phone-number': 'a phone number ID (not a WhatsApp account ID)',
    'system-user': 'a system user',
    unknown: 'nothing this token can see',
  } as Readonly<Record<string, string>>,
  whatisLine: (id: string, kind: string, name?: string) => `${id} is ${kind}${name ? `: ${name}` : ''}.`,
  planTitle: (user: string, waba: string) => `Plan for system user ${user} on WhatsApp account ${waba}:`,
  planTasks: (tasks: string) => `  tasks after the change: ${tasks}`,
  planAdd: (tasks: string) => `  added:     ${tasks}`,
  planRemove: (tasks: string) => `  taken away: ${tasks}`,
  planKeep: (tasks: string) => `  unchanged: ${tasks}`,
  none: 'none',
  planBlocked: 'Nothing was changed: fix the problems above and run the command again.',
  noChange: 'Nothing to change; checking the current access instead.',
  applied: (reconciled: boolean) => (reconciled ? 'Applied (the answer was lost, a read-back confirmed it).' : 'Applied.'),
  verifyTitle: 'Check with Meta:',
  verified: 'Verified: every task asked for is in place.',
  notVerified: 'NOT verified: some tasks are missing. Check again in a minute: waba-access verify ... ; if still missing, run assign again.',
  state: { granted: 'granted', missing: 'MISSING', extra: 'extra (not asked for)' } as Readonly<Record<string, string>>,
  receiptSaved: (path: string) => `Receipt: ${path} (send this to your provider; it never contains the token).`,
  removed: 'Access removed: a read-back shows the user no longer on the WhatsApp account.',
  removeWhat: (user: string, waba: string, tasks: string) => `System user ${user} now has on WhatsApp account ${waba}: ${tasks}. All of it would be taken away.`,
  removedTasks: (tasks: string) => `Taken away: ${tasks}.`,
  removeNotVerified: 'The DELETE was accepted, but a read-back still lists the user. Check again in a minute with: waba-access system-users --business ID --waba ID',
  nothingToRemove: (user: string, waba: string) => `Nothing to remove: a read shows system user ${user} is not assigned to WhatsApp account ${waba}. Nothing was sent.`,
  businessFromOwner: (id: string) => `Using business ${id} (the system user's business, or else the WABA's owner) to read the access.`,
  metaCode: (code: string) => `Meta error code: ${code}`,
  traceId: (id: string) => `Meta trace ID: ${id}`,
  reconciled: (done: number, failed: number) =>
    `An interrupted earlier change was checked with Meta: ${done} had been applied, ${failed} had not.`,
  practiceStopped: 'Practice server stopped.',
  appSecretPrompt: 'Paste the app secret (App Dashboard → Settings → Basic → App secret) and press Enter: ',
  appSecretNotFromArgv: 'The app secret is read from standard input, never from the command line: waba-access app-secret set --app APP_ID < secret.txt',
  appSecretStdinTaken: '--token-stdin cannot be used with "app-secret set": standard input carries the app secret.',
  appIdBad: '--app must be the numeric App ID (App Dashboard → Settings → Basic → App ID).',
  appIdNeeded:
    'Say which app the secret belongs to: --app APP_ID (App Dashboard → Settings → Basic → App ID), or store the token first (waba-access token set) and run this again.',
  appSecretStored: (appId: string) => `App secret of app ${appId} stored in the system keychain. Calls with this app's tokens now carry appsecret_proof.`,
  appSecretForgotten: (apps: readonly string[]) => `App secret removed for app ${apps.join(', ')}.`,
  appSecretNone: 'No app secret was stored: nothing to remove.',
  appSecretFileUnreadable: (path: string) => `--app-secret-file: the file ${path} cannot be read. Give the path of a file that holds only the app secret.`,
  appSecretFileBad: (path: string) => `--app-secret-file: the file ${path} does not hold an app secret.`,
};

/** What to do next, for the command line (the app's i18n actions talk about screens). */
export const CLI_ACTION: Partial<Readonly<Record<AppErrorKind, string>>> = {
  'token-missing': 'Store a token first: waba-access token set < token.txt (or add --token-stdin and pipe it in).',
  'token-invalid': 'Make a new system-user token in Business Settings and store it: waba-access token set < token.txt',
  'permission-denied': 'Run "waba-access inspect" to see which of the three layers (permissions, role, access to this account) is missing.',
  'not-found': 'Check the ID with "waba-access whatis ID", and make sure the system user was given this account ("Assign assets").',
  'bad-input': 'Check the values you gave and run the command again.',
  'rate-limited': 'Meta asks to slow down. Wait the time shown and run the command again.',
  network: 'Check the internet connection, the proxy (HTTPS_PROXY) and --graph-url, then run the command again.',
  'tls-untrusted':
    "The server's certificate is not trusted. If your company inspects HTTPS traffic, give its CA certificate file with --ca-file PATH (or WABA_CA_FILE), then run the command again.",
  timeout: 'Run the command again. If it keeps happening, check the connection and the proxy.',
  'keychain-unavailable': 'Unlock or set up the system keychain, or use --token-stdin for each run.',
  'proxy-unsupported': 'The CLI uses the proxy in HTTPS_PROXY / HTTP_PROXY (and NO_PROXY): give it an HTTP proxy there, or unset them.',
  'app-secret-required':
    'The Meta app has "Require App Secret" on. Store its secret: waba-access app-secret set --app APP_ID < secret.txt (App Dashboard → Settings → Basic → App secret), or pass --app-secret-file PATH; or turn the setting off in App Dashboard → Settings → Advanced → Security.',
  'app-secret-invalid':
    'The app secret is not the one of the app this token was made in. Copy it again from App Dashboard → Settings → Basic → App secret and run: waba-access app-secret set --app APP_ID < secret.txt',
};

/** The strings of `waba-access bulk`. */
export const BULK_TEXT = {
  missing: (column: string) => `the ${column} column is empty.`,
  notAnId: (column: string, value: string) => `${column} "${value.slice(0, 40)}" is not an ID: digits only, like 102290129340398.`,
  idAsNumber: (column: string) => `${column} must be a string in quotes: IDs this long lose digits as JSON numbers.`,
  noTasks: 'no tasks: give at least one, separated by | or ; (e.g. DEVELOP|MANAGE_TEMPLATES).',
  unknownTask: (task: string, suggestion: string | null = null) => `"${task.slice(0, 40)}" is not a task.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
  tooManyTasks: 'more than 16 tasks.',
  duplicate: (first: number) => `the same WABA and user as line ${first}: give each pair once.`,
  unclosedQuote: 'a quote (") is opened and not closed.',
  badHeader: (columns: string) => `the first line must be the header ${columns} (each column once, in any order).`,
  cellCount: (got: number, want: number) => `${got} cells, the header has ${want}.`,
  empty: 'the file is empty: it needs the header waba,business,user,tasks and at least one row.',
  noRows: 'the file has no rows.',
  tooManyRows: (max: number) => `more than ${max} rows: split the file.`,
  badJson: 'this is not valid JSON.',
  notArray: 'the JSON must be an array of {"waba", "business", "user", "tasks"}.',
  notObject: 'each item must be an object {"waba", "business", "user", "tasks"}.',
  unknownFields: (names: string) => `unknown field(s): ${names}; only waba, business, user and tasks.`,
  badRowsTitle: (count: number) => `Nothing was sent: ${count} problem(s) in the file. Fix them and run the command again.`,
  badRow: (line: number, message: string) => `line ${line}: ${message}`,
  fileUnreadable: (path: string, code: string) =>
    `The file ${path} cannot be read: ${({ ENOENT: 'there is no such file', EACCES: 'permission denied', EISDIR: 'it is a folder' } as Record<string, string>)[code] ?? code}.`,
  fileTooBig: (mb: number) => `The file is larger than ${mb} MB: split it.`,
  badNumber: (name: string, min: number, max: number) => `--${name} must be a whole number from ${min} to ${max}.`,
  planned: (rows: number, change: number, same: number, refused: number) =>
    `${rows} row(s): ${change} to change, ${same} already in place, ${refused} refused by the plan rules.`,
  unread: (count: number) => `${count} row(s) could not be read yet (Meta is throttling); they are planned when Meta allows.`,
  planErrors: (count: number) => `${count} row(s) could not be planned (see below).`,
  confirm: (count: number) => `Apply ${count} change(s)? [y/N] `,
  row: (line: number, waba: string, user: string, what: string) => `line ${line}: WABA ${waba}, user ${user}: ${what}`,
  done: 'done',
  alreadyInPlace: 'already in place',
  refused: (reason: string) => `refused: ${reason}`,
  willChange: (added: string, takenAway: string) => `will add ${added || 'nothing'}${takenAway ? `; will take away ${takenAway} (--exact)` : ''}`,
  failed: (kind: string, detail: string) => `failed: ${kind}${detail ? ` (${detail})` : ''}`,
  notVerified: (missing: string) => `failed: not-verified${missing ? ` (missing: ${missing})` : ''}`,
  deferred: (time: string) => `deferred: rate-limited, retry after ${time}`,
  waiting: (time: string) => `waiting: rate-limited, this WABA is set aside until ${time}; other rows go on`,
  summary: (s: { done: number; same: number; refused: number; failed: number; unverified: number; deferred: number }) =>
    `Done ${s.done}, already in place ${s.same}, refused ${s.refused}, failed ${s.failed}, not verified ${s.unverified}, deferred ${s.deferred}.`,
  stopping: 'Stopping: no new rows are started; rows in flight finish first (press Ctrl+C again to quit at once; a re-run resumes safely).',
  rerun: 'Run the same command again later to finish the deferred rows; rows already in place are skipped.',
  receipt: (path: string) => `Receipt: ${path} (it never contains the token).`,
  receiptFailed: 'The receipt could not be saved; the details are in the log.',
  /** Why the plan refused a row, in command-line words. */
  reason: {
    'manage-needs-full-access': 'MANAGE is refused on this multi-partner WABA without MESSAGING; use granular tasks such as DEVELOP|MANAGE_TEMPLATES',
    'user-not-in-business': 'this system user does not belong to the business',
    'no-tasks': 'no tasks',
    'unknown-task': 'a task is not in the catalogue',
  } as Readonly<Record<string, string>>,
};
