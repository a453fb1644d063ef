import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/routes';

/** A client like the app's, minus retries and caching between tests, so failures show at once. */
export function createTestQueryClient() {
  return createQueryClient({
    queries: { retry: false, gcTime: Infinity, refetchOnWindowFocus: false },
    mutations: { retry: false },
  });
}

/** Renders the whole app at `url` through the real route table, talking to the MSW mock. */
export function renderApp(url: string) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, queryClient };
}
