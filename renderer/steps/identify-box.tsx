/** "What is this ID?": checks a typed id with Meta before it is used, and offers to use it when it fits. */
import { useId, useState, type FormEvent } from 'react';
import { asBusinessId, isGraphId } from '../../shared/ids';
import { SlotIssue } from '../components/slot-issue';
import { useText } from '../i18n/use-text';
import { isWorking, valueOf } from '../state/loadable';
import type { WizardState } from '../state/state';
import { useController } from '../state/wizard-context';

export function IdentifyBox({ w }: { readonly w: Extract<WizardState, { step: 'account' }> }) {
  const { t } = useText();
  const controller = useController();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  const found = valueOf(w.identify);
  const listedWaba = found?.kind === 'waba' ? valueOf(w.wabas)?.find((x) => x.id === found.id) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = text.trim();
    const bad = !isGraphId(id);
    setInvalid(bad);
    if (!bad) controller.identify(id);
  };

  return (
    <section className="panel identify" aria-labelledby="identify-title">
      <h2 id="identify-title">{t('ui.account.identifyTitle')}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t('ui.account.identifyLabel')}</label>
        <div className="row">
          <input
            id={inputId}
            inputMode="numeric"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={invalid ? `${helpId} ${errorId}` : helpId}
            aria-invalid={invalid || undefined}
          />
          <button type="submit">{t('ui.account.identifySubmit')}</button>
        </div>
        <p id={helpId} className="hint">
          {t('ui.account.identifyHelp')}
        </p>
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('ui.account.identifyInvalid')}
          </p>
        )}
      </form>
      {isWorking(w.identify) && <p className="working">{t('ui.loading')}</p>}
      <SlotIssue step="account" slot="identify" value={w.identify} />
      {found && (
        <div className="identified" role="status">
          <p>{t(`ui.account.identify.${found.kind}`, { name: found.name ?? found.id })}</p>
          {found.kind === 'business' && (
            <button type="button" onClick={() => controller.pickBusiness({ id: asBusinessId(found.id), name: found.name ?? found.id })}>
              {t('ui.account.useBusiness')}
            </button>
          )}
          {found.kind === 'waba' && listedWaba && (
            <button type="button" onClick={() => controller.pickWaba(listedWaba.id)}>
              {t('ui.account.useWaba')}
            </button>
          )}
          {found.kind === 'waba' && !listedWaba && <p>{t('ui.account.wabaNotListed')}</p>}
        </div>
      )}
    </section>
  );
}
