/** The renderer's entry: wires the bridge, the store, the controller and i18n, then renders the wizard. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { matchLanguage } from '../shared/i18n';
import { App, NoBridge } from './app';
import { createI18n } from './i18n/setup';
import { wizardApi } from './ipc/api';
import { createController } from './state/controller';
import { createStore } from './state/store';
import { WizardProvider } from './state/wizard-context';
import './styles/fonts.css';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const i18n = await createI18n(matchLanguage(navigator.language));
const api = wizardApi();
const root = createRoot(container);

if (!api) {
  root.render(
    <I18nextProvider i18n={i18n}>
      <NoBridge />
    </I18nextProvider>,
  );
} else {
  const store = createStore();
  const controller = createController(api, store);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <WizardProvider store={store} controller={controller}>
          <App />
        </WizardProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  controller.init();
  // Main focuses the window after loading a provider file opened with the running app (main/app/profile-inbox.ts).
  window.addEventListener('focus', () => controller.refreshProfile());
}
