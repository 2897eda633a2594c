import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { AuthGate } from './auth/auth-gate.tsx';
import { initI18n } from './i18n/i18n.ts';
import { parseView } from './view/view-state.ts';

initI18n(parseView(window.location.search).lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthGate>
      <App />
    </AuthGate>
  </StrictMode>,
);
