/**
 * Saving the provider kit (issue 9.1): JSON, or a printable HTML page in the
 * reader's language (static, inline styles, no scripts, every value escaped).
 * Both hold exactly the kit, which never holds the token.
 */
import { directionOf, isLanguage, taskList, taskNameAndCode, type Params } from '../../../shared/i18n';
import type { ProviderKit } from '../../../shared/handoff';
import { writeReceiptFile } from '../onboarding/receipt';

export type Translate = (key: string, params?: Params) => string;

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function renderKitHtml(kit: ProviderKit, translate: Translate, language = 'en'): string {
  const t = (key: string, params?: Params): string => escape(translate(key, params));
  const row = (label: string, value: string): string => `<tr><th scope="row">${label}</th><td><code>${value}</code></td></tr>`;
  const phones = kit.phoneNumbers.map((p) => `${escape(p.id)} &mdash; ${escape(p.displayPhoneNumber)}${p.verifiedName ? ` (${escape(p.verifiedName)})` : ''}`);
  const expiry = kit.tokenExpiry === null ? t('kit.unknown') : kit.tokenExpiry === 'never' ? t('kit.expiryNever') : escape(kit.tokenExpiry);
  const rows = [
    ...(kit.provider ? [row(t('kit.provider'), escape(kit.provider.name))] : []),
    row(t('kit.business'), escape(kit.businessId ?? t('kit.unknown'))),
    row(t('kit.waba'), escape(kit.waba.name ? `${kit.waba.id} (${kit.waba.name})` : kit.waba.id)),
    row(t('kit.phones'), phones.length > 0 ? phones.join('<br>') : t('kit.none')),
    row(t('kit.app'), escape(kit.appId ? `${kit.appId}${kit.application ? ` (${kit.application})` : ''}` : t('kit.unknown'))),
    row(t('kit.user'), escape(kit.systemUser.id ? `${kit.systemUser.id}${kit.systemUser.name ? ` (${kit.systemUser.name})` : ''}` : t('kit.unknown'))),
    row(t('kit.tasks'), kit.tasksVerified === null ? t('kit.unknown') : kit.tasksVerified.length === 0 ? t('kit.none') : escape(taskList(translate, kit.tasksVerified, isLanguage(language) ? language : 'en', taskNameAndCode))),
    row(t('kit.expiry'), expiry),
    row(t('kit.token'), t('kit.tokenValue', { last4: kit.tokenLast4 })),
    ...(kit.provider ? [row(t('kit.profileSha'), escape(kit.provider.profileSha256))] : []),
    row(t('kit.created'), escape(kit.createdAt)),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escape(language)}" dir="${directionOf(language)}"><head><meta charset="utf-8">`,
    `<title>${t('kit.heading')}</title>`,
    '<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#111}th{text-align:start;padding-inline-end:1rem;vertical-align:top}code{direction:ltr;unicode-bidi:isolate}td,th{padding:.25rem 0}</style>',
    '</head><body>',
    `<h1>${t('kit.heading')}</h1>`,
    ...(kit.mode === 'practice' ? [`<p><strong>${t('kit.practice')}</strong></p>`] : []),
    `<table>${rows.join('')}</table>`,
    `<p>${t('kit.howToPass')}</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** Writes the kit (JSON or printable HTML) under `dir`, private to the user; returns the path. */
export function saveKit(dir: string, kit: ProviderKit, format: 'json' | 'html', html: (kit: ProviderKit) => string): Promise<string> {
  const body = format === 'json' ? `${JSON.stringify(kit, null, 2)}\n` : html(kit);
  return writeReceiptFile(dir, `waba-access-provider-kit-${kit.waba.id}`, kit.createdAt, format, body);
}
