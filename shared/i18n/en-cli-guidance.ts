/**
 * English command-line guidance added for issue 8 (its CLI points): typos
 * answered with the closest command or option, the token and app-secret
 * command groups' help, JSON-fit error messages, the hand-off's remedies
 * about the PROVIDER's token, the keychain that cannot be reached, and the
 * bulk file's delimiter hint. Part of enCli (en-cli.ts); every language has
 * the same keys in its *-cli-guidance.ts.
 */
export const enCliGuidance = {
  'cli.unknownCommandSuggest': 'Unknown command "{{name}}". Did you mean {{suggestion}}? Run "waba-access --help" to see the commands.',
  'cli.unknownOptionFor': 'Unknown option --{{name}} for {{command}}. See waba-access {{command}} --help.',
  'cli.unknownOptionForSuggest': 'Unknown option --{{name}} for {{command}}. Did you mean --{{suggestion}}? See waba-access {{command}} --help.',
  'cli.unknownOption': 'Unknown option --{{name}}. See waba-access --help.',
  'cli.groupNeedsSub': 'Which {{group}} command: {{commands}}? See waba-access {{group}} --help.',
  'cli.optionNeedsValue': 'The option --{{name}} needs a value after it: --{{name}} VALUE.',
  'cli.optionTwice': 'The option --{{name}} was given more than once with different values ({{values}}): give it once.',
  'cli.strayWord': '"{{word}}" is not read by {{command}}: it takes no words besides its options. Remove it, or put it after the option it belongs to.',
  'cli.strayValue': '"{{word}}" after --{{name}} is not read: the option takes one value. To give several tasks, separate them with commas: --{{name}} {{joined}}',
  'cli.help.token': `Usage: waba-access token <set|status|forget> [--json]
  token set      store a system-user token (read from standard input, never from the command line)
  token status   is a token stored, where, and which one (last 4 characters only)
  token forget   remove the stored token
See waba-access token set --help (or status, forget) for each.`,
  'cli.help.app-secret': `Usage: waba-access app-secret <set|forget> [--app APP_ID] [--json]
  app-secret set      store the secret of a Meta app with "Require App Secret" on (read from standard input)
  app-secret forget   remove a stored app secret (all of them without --app)
See waba-access app-secret set --help (or forget) for each.`,
  'cli.planBlockedJson': 'Nothing was changed: the plan refuses this change. {{problems}} Fix the field named in "fields" and run the command again.',
  'cli.inspectBusiness': 'Business: {{name}} ({{id}})',
  'cli.appSecretNoKeychain':
    'The system keychain cannot be used here, so the app secret cannot be stored. Give it for each run with --app-secret-file PATH (a file that holds only the secret), or unlock or set up the keychain.',
  'cli.keychainUnreachable':
    'The system keychain cannot be reached here ({{why}}), so nothing could be removed from it: anything stored there earlier is still there.',
  'cli.keychainUnreachableAction': 'Unlock or set up the system keychain, then run the command again.',
  'cli.handoff.unfitTokenJson': 'The provider\'s token cannot be used for the hand-off: the failed checks are listed in "checks".',
  'cli.handoff.tokenNotFromArgv':
    "The provider's token is read from standard input or a hidden prompt, never from the command line. Example: waba-access handoff --waba ID --token-stdin < provider-token.txt",
  'cli.handoff.emptyStdin': "No token arrived on standard input. Pipe the provider's token in, for example: waba-access handoff --waba {{waba}} --token-stdin < provider-token.txt",
  'cli.handoff.action.token':
    'Ask your provider for a new token of their system user, or make one: Business Suite → Settings → System users → the provider\'s system user → Generate token, expiry "Never", with whatsapp_business_management and whatsapp_business_messaging. Then run handoff again with that token.',
  'cli.handoff.action.reach':
    "Give the provider's system user access to this WhatsApp account: Business Settings → System users → the provider's system user → Assign assets → the WhatsApp account. Then run handoff again with the same token.",
  'cli.bulk.delimiterFound':
    'The header line was split at "{{found}}" into {{count}} column(s). Cells may be separated by commas or by semicolons (the header line decides); the header must be waba,business,user,tasks or waba;business;user;tasks.',
  'cli.bulk.delimiterNone':
    'The header line has no comma or semicolon between its columns. Cells may be separated by commas or by semicolons (the header line decides); the header must be waba,business,user,tasks or waba;business;user;tasks.',
  'cli.bulk.rowDelimiter': 'this line is separated by "{{other}}", but the header line by "{{used}}": separate every line as the header is.',
  'cli.keychainWhy.no-dbus': 'no D-Bus session is running',
  'cli.keychainWhy.no-secret-service': 'no password store service (Secret Service) is running',
  'cli.keychainWhy.keyring-locked': 'the password store is locked',
  'cli.keychainWhy.keychain-error': 'the password store answered with an error',
  'cli.receiptKind.waba-access-receipt': '(access given)',
  'cli.receiptKind.waba-access-bulk-receipt': '(bulk run)',
  'cli.receiptKind.waba-access-removal-receipt': '(access removed)',
} as const;
