/**
 * English `waba-access --help`: the overview and each command's help
 * (`cli.help.<command>`, spaces in a command's name written as "-").
 * Command names, flags, IDs and {{tasks}} stay as they are in every language.
 */
export const enCliHelp = {
  'cli.usage': `waba-access: give a system user access to a WhatsApp Business Account, check it, undo it.

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
  verify --waba ID --business ID --user ID --tasks T1,T2 [--exact]
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
5 not verified, 6 rate-limited and gave up, 7 network/proxy/timeout, 1 anything else (including
answering no at a confirmation prompt: nothing was changed, by your choice).`,
  'cli.help.token-set': `Usage: waba-access token set [--json]
Reads a system-user token from standard input (for example: waba-access token set < token.txt),
checks it with Meta, and stores it in the system keychain. The token is never taken from the
command line, because command lines end up in shell history and process lists.`,
  'cli.help.token-status': `Usage: waba-access token status [--json]
Says whether a token is stored, where, and shows its type, expiry and last 4 characters.`,
  'cli.help.token-forget': `Usage: waba-access token forget [--json]
Removes the stored token from this computer. Access already given stays in place.`,
  'cli.help.app-secret-set': `Usage: waba-access app-secret set [--app APP_ID] [--json]
Reads the app secret of your Meta app from standard input (for example: waba-access app-secret set --app 1234 < secret.txt)
and stores it in the system keychain beside the token. Needed only when the app has "Require App Secret" on
(App Dashboard → Settings → Advanced → Security): every call then carries appsecret_proof, a signature of the
token made with the secret. The secret is under App Dashboard → Settings → Basic → App secret. Without --app,
the stored token's app is used and Meta checks the secret first. The secret is never taken from the command line.`,
  'cli.help.app-secret-forget': `Usage: waba-access app-secret forget [--app APP_ID] [--json]
Removes the stored app secret of one app (all stored app secrets without --app).`,
  'cli.help.inspect': `Usage: waba-access inspect [--json]
Checks the token in three layers: the token itself, who it belongs to, and what it can see.`,
  'cli.help.wabas': `Usage: waba-access wabas --business ID [--json]
Lists the WhatsApp accounts the business owns or has been shared, with phone numbers and sharing.`,
  'cli.help.system-users': `Usage: waba-access system-users --business ID [--waba ID] [--json]
Lists the business's system users with their role; with --waba, also their current tasks on it.`,
  'cli.help.whatis': `Usage: waba-access whatis ID [--json]
Says what an ID is (business, WhatsApp account, phone number, system user) as far as the token can see.`,
  'cli.help.assign': `Usage: waba-access assign --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--yes] [--provider-profile FILE] [--receipt-out FILE] [--json]
Shows the plan (what is added and what is taken away), asks for confirmation (or --yes), applies it,
and verifies it. The tasks are ADDED to what the user already has; --exact makes the list exact
(tasks not listed are taken away). --yes never takes anything away without --exact.
FULL_CONTROL (Business Suite's "Full control") is accepted and MANAGE is sent for it.
Without a terminal to ask on, --yes is required. Answering no changes nothing and exits 1.
Tasks: {{tasks}}.
--provider-profile FILE: the provider's profile (JSON); its tasks are used when --tasks is not
given (--tasks wins, with a notice), its SHA-256 is printed, the receipt names the provider, and a
system user with another name than the profile's is flagged. A malformed or oversized profile is
refused (exit 2) naming the wrong field. --receipt-out FILE writes the receipt (with its SHA-256
digest) to FILE instead of the receipts folder. When the token expires, a calendar reminder (.ics)
a week before is written beside the receipts.`,
  'cli.help.verify': `Usage: waba-access verify --waba ID --business ID --user ID --tasks T1,T2 [--exact] [--json]
Reads the access back from Meta and checks each task: granted, included in MANAGE (full control), missing or extra.
A user who holds MANAGE has every task; --exact passes only when the list is exactly these tasks:
MANAGE does not stand in for the others, and a task not asked for fails it.`,
  'cli.help.remove': `Usage: waba-access remove --waba ID --user ID [--business ID] [--yes] [--receipt-out FILE] [--json]
Takes all of the user's access to the WhatsApp account away (asks first unless --yes; answering no
changes nothing and exits 1).
--receipt-out FILE writes the removal receipt (with its SHA-256 digest) to FILE instead of the receipts folder.`,
  'cli.help.bulk': `Usage: waba-access bulk --file FILE [--exact] [--yes] [--max-wait SECONDS] [--concurrency N] [--provider-profile FILE] [--receipt-out FILE] [--json]
Gives system users access to many WhatsApp accounts from one file, safely resumable.
Each row's tasks are added to what the user has; --exact (for the whole run) takes away the rest.
FILE is CSV with the header waba,business,user,tasks, its cells separated by commas or, when the
header line uses them, by semicolons (tasks separated by | or ; in a comma file's cell,
e.g. 102290129340398,506914307656634,1972555232742222,DEVELOP|MANAGE_TEMPLATES) or a JSON
array of {"waba","business","user","tasks"} with the IDs in quotes.
Every row is checked first (bad rows are listed with their line and nothing is sent), then
planned with batched reads; the summary asks for confirmation (or --yes; required without a
terminal). Changes go to Meta in batches of up to 25 rows, each row's change with its read-back
after it (never two changes to one WABA in a batch); a row that fails does not stop the others.
A WABA that Meta rate-limits (error 80008) is set aside until Meta's wait is over while the
other rows go on; if its waits would add up to more than --max-wait (default 900 s) its rows
are left "deferred". --concurrency (1 to 4, default 1) is how many batches travel side by
side, never two changes to one WABA at once. Running the same file again finishes an
interrupted run: rows already in place are skipped and nothing is sent twice. A receipt of the run is saved under the data dir's receipts
(or at --receipt-out FILE); --provider-profile FILE names the provider on it (refused, exit 2, when
malformed or oversized).
Exit code, the first that applies: 5 a row was applied but not verified, 1 a row failed or
was refused (or you answered no at the confirmation: nothing was sent), 6 a row was deferred for
rate limits, 0 every row done or already in place.
Tasks: {{tasks}}.`,
  'cli.help.handoff': `Usage: waba-access handoff --waba ID [--business ID] [--user ID] [--provider-profile FILE] [--token-stdin] [--json]
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
  'cli.help.check': `Usage: waba-access check --receipt FILE [--token-stdin] [--json]
Re-reads every grant an earlier receipt (single, bulk or removal; JSON) names, with the token in
use (the stored one, or --token-stdin: a provider can use its own token where it can read the WABA).
First the file must be intact: its "digest" is the SHA-256 of its RFC 8785 canonical form without
that field. The digest shows the file was not changed, not who made it; the proof is Meta's answer.
Exit: 0 every grant still holds (extra tasks are listed, not drift), 5 drift (a user no longer
assigned or missing a task; for a removal receipt, the user assigned again), 2 the file was altered,
is not a receipt, or is a practice receipt checked against the real Graph API, 4 the token cannot
read a WABA's assignments ("cannot check", never reported as removed), 3 token, 6 rate-limited,
7 network.`,
  'cli.help.practice': `Usage: waba-access practice [--port N] [--scenario FILE] [--json]
Runs the Graph practice server on 127.0.0.1 until Ctrl+C. Point other commands at it with
--graph-url and use one of the practice tokens it prints.`,
} as const;
