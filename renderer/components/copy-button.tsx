/**
 * Copies one value of the provider kit. Uses a selected, off-screen textarea
 * and the copy command, which needs no clipboard permission (the app refuses
 * every permission request: main/app/permissions.ts); says what was copied.
 */
import { useState } from 'react';
import { useText } from '../i18n/use-text';

function copyText(value: string): boolean {
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand('copy');
  } finally {
    area.remove();
  }
  return done;
}

export function CopyButton({ value, name }: { readonly value: string; readonly name: string }) {
  const { t } = useText();
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button type="button" className="small" aria-label={t('ui.handoff.copyLabel', { name })} onClick={() => setCopied(copyText(value))}>
        {t('ui.handoff.copy')}
      </button>
      <span className="copied" role="status">
        {copied ? t('ui.handoff.copied', { name }) : ''}
      </span>
    </>
  );
}
