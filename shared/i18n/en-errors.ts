/**
 * English texts of the core's own error messages (`coreError.*`, and the
 * app's start-failure dialog, `app.startFailed`): what it
 * says when an input is refused or a step cannot run yet. The core returns
 * the key and its values beside the English `message` (AppError.text), so
 * the CLI and the wizard say it in the user's language.
 */
export const enErrors = {
  'coreError.tokenEmpty': 'No token was given. Paste the system user token.',
  'coreError.tokenTooShort': 'This is too short to be an access token. Copy the whole token from Business Settings.',
  'coreError.tokenTooLong': 'This is too long to be one access token. Paste only the token.',
  'coreError.tokenBadCharacters': 'This does not look like an access token: it contains characters a token never has. Copy the token again.',
  'coreError.tokenNotConnected': 'No token is connected. Connect a system-user token first.',
  'coreError.idLooksLikePhone': 'This looks like a phone number, not an ID. Use the WhatsApp account ID or the phone number ID shown in WhatsApp Manager.',
  'coreError.idDigitsOnly': 'An ID has only digits, like 102290129340398.',
  'coreError.wabaNotOfBusiness': 'WhatsApp account {{waba}} is neither owned by nor shared with business {{business}} as far as this token can see.',
  'coreError.practiceOnly': 'Practice tokens work only in practice mode.',
  'coreError.practiceNoSuchToken': 'This practice scenario has no token with that label.',
  'coreError.providerTokenMissing': "Paste the provider's token.",
  'coreError.noProviderKit': "There is no provider kit yet: check the provider's token first.",
  'coreError.noExpiryToRemind': 'This token does not expire (or its expiry is not known), so there is nothing to remind you of.',
  'coreError.practiceReceipt': "This is a practice receipt: its accounts exist only on the practice server, so it cannot be checked against Meta's real Graph API.",
  'coreError.noCheckYet': 'There is no check of this access in this session yet. Verify it first, then ask for the receipt.',
  'coreError.appIdNotNumber': 'The app ID must be a number, as shown in App Dashboard → Settings → Basic → App ID.',
  'app.startFailed': "The app could not start. Please close it and try again. If it keeps happening, reinstall the app.",
} as const;
