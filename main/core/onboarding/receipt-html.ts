/**
 * The receipt as a printable page in the user's language: a static HTML
 * document with inline styles only and no scripts, every value escaped. It
 * holds exactly what the JSON receipt holds (never the token).
 */
import { directionOf, isLanguage, taskList, taskNameAndCode, tokenTypeName, type Params } from '../../../shared/i18n';
import type { Receipt } from '../../../shared/onboarding';

/** Text for a message key in the reader's language (shared/i18n `translate` bound to a language). */
export type Translate = (key: string, params?: Params) => string;

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function renderReceiptHtml(receipt: Receipt, translate: Translate, language = 'en'): string {
  const t = (key: string, params?: Params): string => escape(translate(key, params));
  const row = (label: string, value: string): string => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const named = (thing: { readonly id: string; readonly name?: string }): string =>
    escape(thing.name ? `${thing.name} (${thing.id})` : thing.id);
  // Tasks in the reader's words with the code Meta and the provider use, listed in the language's list form.
  const say = (key: string): string => translate(key);
  const tasks = (codes: readonly string[]): string => escape(taskList(say, codes, isLanguage(language) ? language : 'en', taskNameAndCode));
  const states = receipt.verification.tasks
    .map((check) => `<li>${escape(taskNameAndCode(say, check.task))}: ${t(`ui.verify.${check.state}`)}</li>`)
    .join('');
  const traces = [...new Set([...(receipt.apply?.fbtraceIds ?? []), ...receipt.verification.fbtraceIds])];
  const rows = [
    row(t('ui.receipt.created'), escape(receipt.createdAt)),
    ...(receipt.provider ? [row(t('kit.provider'), escape(receipt.provider.name)), row(t('kit.profileSha'), escape(receipt.provider.profileSha256))] : []),
    row(t('ui.receipt.mode'), receipt.mode === 'live' ? t('ui.receipt.modeLive') : t('ui.receipt.modePractice')),
    row(t('ui.receipt.business'), named(receipt.business)),
    row(t('ui.receipt.waba'), named(receipt.waba)),
    row(t('ui.receipt.user'), named(receipt.systemUser)),
    row(t('ui.receipt.tasks'), tasks(receipt.tasksRequested)),
    ...(receipt.tasksTakenAway ? [row(t('ui.receipt.takenAway'), tasks(receipt.tasksTakenAway))] : []),
    row(
      t('ui.receipt.verified'),
      `${receipt.verification.verified ? t('ui.receipt.verifiedYes', { time: receipt.verification.checkedAt }) : t('ui.receipt.verifiedNo')}<ul>${states}</ul>`,
    ),
    ...(receipt.apply ? [row(t('ui.receipt.applied'), escape(receipt.apply.appliedAt))] : []),
    ...(traces.length > 0 ? [row(t('ui.receipt.traceIds'), escape(traces.join(', ')))] : []),
    ...(receipt.token ? [row(t('ui.receipt.token'), `${receipt.token.type ? `${escape(tokenTypeName(t, receipt.token.type))} ` : ''}${t('ui.receipt.tokenValue', { last4: receipt.token.last4 })}`)] : []),
    ...(receipt.tokenExpiresOn ? [row(t('kit.expiry'), escape(receipt.tokenExpiresOn))] : []),
    row(t('ui.receipt.apiVersion'), escape(receipt.graphApiVersion)),
    ...(receipt.digest ? [row(t('receipt.digest'), `<code>${escape(receipt.digest)}</code><br><small>${t('receipt.digestNote')}</small>`)] : []),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escape(language)}" dir="${directionOf(language)}"><head><meta charset="utf-8">`,
    `<title>${t('ui.receipt.heading')}</title>`,
    '<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#111}th{text-align:start;padding-inline-end:1rem;vertical-align:top}code{direction:ltr;unicode-bidi:isolate}td,th{padding:.25rem 0}</style>',
    '</head><body>',
    `<h1>${t('ui.receipt.heading')}</h1>`,
    `<table>${rows.join('')}</table>`,
    `<p>${t('ui.receipt.sendNever')}</p>`,
    `<p><small>${escape(`${receipt.app.name} ${receipt.app.version}`)}</small></p>`,
    '</body></html>',
    '',
  ].join('\n');
}
