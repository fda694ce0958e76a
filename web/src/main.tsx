// Entry point: GC Design System styles, i18n in the page's language, the router.
import '@gcds-core/components-react/gcds.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './App.tsx';
import { initI18n } from './i18n.ts';
import { isLang, preferredLang } from './lib/routes.ts';

const first = window.location.pathname.split('/')[1];
initI18n(isLang(first) ? first : preferredLang(navigator.languages ?? [navigator.language]));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
