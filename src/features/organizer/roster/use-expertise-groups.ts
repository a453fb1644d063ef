import { useSuspenseQueries, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { Nomination } from '@/api/schemas/contests';
import { nominationsQueryOptions } from '../shared/queries';
import { allContestsQueryOptions } from './queries';

export interface ExpertiseGroup {
  contestId: string;
  contestTitle: string;
  nominations: Nomination[];
}

/** Nominations of expertise come from every contest; the same title may exist in several of them. */
export function useExpertiseGroups(): ExpertiseGroup[] {
  const { data: contests } = useSuspenseQuery(allContestsQueryOptions());
  const lists = useSuspenseQueries({
    queries: contests.items.map((contest) => nominationsQueryOptions(contest.id)),
  });
  return contests.items.map((contest, index) => ({
    contestId: contest.id,
    contestTitle: contest.title,
    nominations: [...(lists[index]?.data.items ?? [])].sort((a, b) => a.order - b.order),
  }));
}

/** Loader step: the contests and their nominations, so filters and forms render complete. */
export async function ensureExpertiseGroups(queryClient: QueryClient): Promise<void> {
  const contests = await queryClient.ensureQueryData(allContestsQueryOptions());
  await Promise.all(contests.items.map((c) => queryClient.ensureQueryData(nominationsQueryOptions(c.id))));
}

export function nominationTitles(groups: readonly ExpertiseGroup[]): ReadonlyMap<string, string> {
  return new Map(groups.flatMap((g) => g.nominations.map((n) => [n.id, n.title] as const)));
}
