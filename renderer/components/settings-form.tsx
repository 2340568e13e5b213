/** The editable settings; checked here for a friendly message, and again by main's schema. */
import { useId, useState, type FormEvent } from 'react';
import { ALL_LANGUAGES, LANGUAGES, PSEUDO_LANGUAGE, type Language } from '../../shared/i18n';
import type { SettingsView } from '../../shared/ipc/contract';
import { API_VERSION_PATTERN, proxyUrlProblem } from '../../shared/settings-rules';
import { useText } from '../i18n/use-text';
import { useController } from '../state/wizard-context';

type Theme = SettingsView['theme'];
type ProxyMode = SettingsView['proxy']['mode'];

/** The same rule main applies (shared/settings-rules.ts), so the form never sends what main refuses. */
const validProxyUrl = (text: string): boolean => proxyUrlProblem(text, (value) => new URL(value)) === undefined;

export function SettingsForm({
  value,
  saving,
  saved,
  caFileRefused = false,
}: {
  readonly value: SettingsView;
  readonly saving: boolean;
  readonly saved: boolean;
  /** Main refused the CA file (missing, or not PEM certificates). */
  readonly caFileRefused?: boolean;
}) {
  const { t } = useText();
  const controller = useController();
  const [language, setLanguage] = useState<Language>(value.language);
  const [theme, setTheme] = useState<Theme>(value.theme);
  const [apiVersion, setApiVersion] = useState(value.apiVersion);
  const [proxyMode, setProxyMode] = useState<ProxyMode>(value.proxy.mode);
  const [proxyUrl, setProxyUrl] = useState(value.proxy.url ?? '');
  const [caFile, setCaFile] = useState(value.caFile ?? '');
  const [checked, setChecked] = useState(false);
  const ids = { language: useId(), version: useId(), versionHelp: useId(), versionError: useId(), url: useId(), urlHelp: useId(), urlError: useId(), ca: useId(), caHelp: useId(), caError: useId() };

  const versionBad = !API_VERSION_PATTERN.test(apiVersion.trim());
  const urlBad = proxyMode === 'url' && !validProxyUrl(proxyUrl.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (versionBad || urlBad) return;
    // The language is saved only once the user picks one, so until then the profile's or the system's stays in charge.
    const languageChange = language !== value.language || value.languageChosen ? { language } : {};
    controller.saveSettings({
      ...languageChange,
      theme,
      apiVersion: apiVersion.trim(),
      proxy: proxyMode === 'url' ? { mode: 'url', url: proxyUrl.trim() } : { mode: proxyMode },
      // Sent only when changed: main reads and checks the file before it saves it.
      ...(caFile.trim() !== (value.caFile ?? '') ? { caFile: caFile.trim() === '' ? null : caFile.trim() } : {}),
    });
  };

  const themes: readonly [Theme, string][] = [
    ['system', t('ui.settings.themeSystem')],
    ['light', t('ui.settings.themeLight')],
    ['dark', t('ui.settings.themeDark')],
  ];
  const proxies: readonly [ProxyMode, string][] = [
    ['system', t('ui.settings.proxySystem')],
    ['none', t('ui.settings.proxyNone')],
    ['url', t('ui.settings.proxyUrl')],
  ];

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.language}>{t('ui.settings.language')}</label>
        <select id={ids.language} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          {(value.language === PSEUDO_LANGUAGE.code ? ALL_LANGUAGES : LANGUAGES).map((option) => (
            <option key={option.code} value={option.code} lang={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('ui.settings.theme')}</legend>
        {themes.map(([id, label]) => (
          <label key={id} className="inline">
            <input type="radio" name="theme" checked={theme === id} onChange={() => setTheme(id)} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.version}>{t('ui.settings.apiVersion')}</label>
        <input
          id={ids.version}
          value={apiVersion}
          onChange={(e) => setApiVersion(e.target.value)}
          aria-invalid={(checked && versionBad) || undefined}
          aria-describedby={checked && versionBad ? `${ids.versionHelp} ${ids.versionError}` : ids.versionHelp}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={ids.versionHelp} className="hint">{t('ui.settings.apiVersionHelp')}</p>
        {checked && versionBad && <p id={ids.versionError} className="field-error">{t('ui.settings.apiVersionInvalid')}</p>}
      </div>
      <fieldset className="field">
        <legend>{t('ui.settings.proxy')}</legend>
        {proxies.map(([id, label]) => (
          <label key={id} className="inline">
            <input type="radio" name="proxy" checked={proxyMode === id} onChange={() => setProxyMode(id)} /> {label}
          </label>
        ))}
        {proxyMode === 'url' && (
          <div className="field nested">
            <label htmlFor={ids.url}>{t('ui.settings.proxyUrlLabel')}</label>
            <input
              id={ids.url}
              type="url"
              value={proxyUrl}
              onChange={(e) => setProxyUrl(e.target.value)}
              aria-invalid={(checked && urlBad) || undefined}
              aria-describedby={checked && urlBad ? `${ids.urlHelp} ${ids.urlError}` : ids.urlHelp}
              autoComplete="off"
              spellCheck={false}
            />
            <p id={ids.urlHelp} className="hint">{t('ui.settings.proxyUrlHelp')}</p>
            {checked && urlBad && <p id={ids.urlError} className="field-error">{t('ui.settings.proxyUrlInvalid')}</p>}
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.ca}>{t('ui.settings.caFile')}</label>
        <input
          id={ids.ca}
          value={caFile}
          onChange={(e) => setCaFile(e.target.value)}
          aria-invalid={caFileRefused || undefined}
          aria-describedby={caFileRefused ? `${ids.caHelp} ${ids.caError}` : ids.caHelp}
          autoComplete="off"
          spellCheck={false}
        />
        <p id={ids.caHelp} className="hint">{t('ui.settings.caFileHelp')}</p>
        {caFileRefused && <p id={ids.caError} className="field-error">{t('ui.settings.caFileInvalid')}</p>}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('ui.settings.save')}
        </button>
        <span aria-live="polite">{saved && <span className="saved">{t('ui.settings.saved')}</span>}</span>
      </div>
    </form>
  );
}
