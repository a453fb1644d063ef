import { useSuspenseQuery } from '@tanstack/react-query';
import type { Expert } from '@/api/schemas/experts';
import { expertPoolQueryOptions } from './queries';

/** The pool by ID: assignments carry only the expert's ID. */
export function useExpertDirectory(): { pool: Expert[]; byId: ReadonlyMap<string, Expert> } {
  const { data: pool } = useSuspenseQuery(expertPoolQueryOptions());
  return { pool, byId: new Map(pool.map((e) => [e.id, e])) };
}
