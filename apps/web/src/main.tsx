import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { createI18n } from './i18n/index.js';
import { readMeta } from './offline/store.js';
import './styles.css';

const lang = (await readMeta('lang')) ?? 'th';
const i18n = await createI18n(lang);
document.documentElement.lang = lang;

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
