import { useSuspenseQuery } from '@tanstack/react-query';
import type { Session } from '@/api/schemas/session';
import { sessionQueryOptions } from './queries';

/** The signed-in session inside guarded routes; their loader has already ensured it. */
export function useSession(): Session {
  const { data } = useSuspenseQuery(sessionQueryOptions());
  if (!data) throw new Error('useSession used outside a signed-in route');
  return data;
}
