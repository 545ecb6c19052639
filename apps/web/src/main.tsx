import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { applyLanguage, LanguageProvider, loadLanguage } from './i18n/LanguageProvider';
import { initialLanguage } from './i18n/languages';
import { router } from './router';
import { applyDisplay, storedDisplay } from './shell/display';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/content.css';

// A client error (bad input, no access) will not change on retry; a flaky village connection might.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

applyDisplay(storedDisplay());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

loadLanguage(initialLanguage()).then((initial) => {
  applyLanguage(initial.language);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider initial={initial}>
          <RouterProvider router={router} />
        </LanguageProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
