import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { requireRole } from '../../guards';

// TODO(#5): the coordinator issue replaces this placeholder with the real screen.
export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    return null;
  };
}

export function Component() {
  return null;
}
