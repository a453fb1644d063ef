import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { initI18n } from './i18n/i18n';
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/components.css';
import './app/styles/layout.css';

async function start(): Promise<void> {
  // The mock backend must answer before the first request; in production builds this branch is removed.
  if (__MOCKING__) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
}

void start();
