/**
 * What to do about one of Meta's refusals, by its code and subcode
 * (shared/remedies.ts). Said in Meta's screens, never as a command or a
 * wizard step, so the wizard, the CLI and the hand-off can all show them.
 */
export const enRemedy = {
  'remedy.token-expired':
    'The token has expired. Make a new one in Business Suite: Settings → System users → Generate token, expiry "Never", with the permissions business_management, whatsapp_business_management and whatsapp_business_messaging. Then use the new token instead.',
  'remedy.token-password-changed':
    "The token stopped working because the password of the person it belongs to was changed. Use a system user's token instead: Business Suite → Settings → System users → Generate token.",
  'remedy.token-invalid':
    'Meta says the token is not valid: it was revoked, or it was not copied whole. Make a new one in Business Suite → Settings → System users → Generate token, and copy all of it.',
  'remedy.token-app-not-installed':
    'The token\'s app is not set up for this user. In Business Suite → Settings → System users, give the system user the app ("Assign assets" → Apps), then generate the token again for that app.',
  'remedy.token-account-blocked':
    "Meta has paused the account the token belongs to until someone signs in at facebook.com and confirms it. Do that, or use a system user's token instead (Business Suite → Settings → System users → Generate token).",
  'remedy.no-active-token':
    'No usable token reached Meta with the call. Give the token again, copied whole, without spaces or quotes around it.',
  'remedy.unknown-path':
    'Meta does not know the address that was called: the API version or the Graph address is wrong. Use a version such as v26.0 and the address https://graph.facebook.com.',
  'remedy.object-not-visible':
    'Meta cannot find this ID, or the token cannot see it. Check the ID (WhatsApp Manager shows the WhatsApp Business account ID; Business Settings → Business info shows the business ID), and make sure the system user was given the account (Business Settings → System users → Assign assets).',
  'remedy.wrong-id-kind':
    'This ID is of another kind than the one asked for, for example a phone number ID where a WhatsApp Business account ID is needed. Check what the ID is and use the right one.',
  'remedy.app-permission':
    'The Meta app the token was made in is not allowed to do this. In the App Dashboard, check that the app has the WhatsApp product and, for accounts of other businesses, Advanced access to whatsapp_business_management.',
  'remedy.missing-scope':
    'The token lacks the permission {{scope}}. Make a new token in Business Suite → Settings → System users → Generate token with {{scope}} ticked, and use it instead.',
  'remedy.not-admin':
    "Only an admin system user's token can give access. Use the token of an admin system user of the business, or ask an admin of the business to do this step.",
  'remedy.multi-partner':
    'This WhatsApp Business account is shared through a Multi-Partner Solution without messaging, so Meta refuses MANAGE and MESSAGING on it. Choose granular permissions instead (for example DEVELOP and MANAGE_TEMPLATES), or ask the business that owns it to share it with messaging.',
  'remedy.no-asset-access':
    "The token's system user may not act on this account. In Business Settings → System users, check that it has the WhatsApp account (Full control to give access to others) and that the token has business_management and whatsapp_business_management. Accounts of other businesses also need Advanced access for the app.",
  'remedy.capability':
    'The Meta app the token was made in lacks the capability for this call. Check in the App Dashboard that the app has the WhatsApp product, and that the token was made for that app.',
  'remedy.rate-app':
    'The Meta app has made too many calls in the last hour (this count is shared by every tool that uses the app). Wait, then try again; calls are counted over a rolling hour.',
  'remedy.rate-user':
    'This token has made too many calls in a short time. Wait a few minutes, then try again.',
  'remedy.rate-custom':
    'Meta limits calls that come in uneven bursts. Wait a few minutes, then try again, with fewer calls at a time.',
  'remedy.rate-waba':
    'This WhatsApp Business account allows about 200 access changes an hour until it has a registered phone number. Wait the time Meta gives, then try again; registering a phone number raises the limit.',
  'remedy.policy-block':
    'Meta has blocked this for a while because of a policy problem. Wait, and read the reason in Business Suite → Business support home (Account quality).',
} as const;
