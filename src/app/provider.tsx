import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { setReauthHandler } from '@/api/auth-gate';
import { sessionExpired } from '@/features/session/store';

/** App-wide providers; the HTTP client's 401 gate is wired to the re-login dialog here. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Connects the non-React HTTP client to React state for the lifetime of the app.
  useEffect(() => {
    setReauthHandler(sessionExpired);
    return () => setReauthHandler(null);
  }, []);
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
