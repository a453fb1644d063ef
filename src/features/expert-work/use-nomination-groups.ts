import { useQueries } from '@tanstack/react-query';
import type { Nomination } from '@/api/schemas/contests';
import type { MyStage } from '@/api/schemas/expert-cabinet';
import { nominationsQueryOptions } from './queries';

export interface NominationGroup {
  contestId: string;
  contestTitle: string;
  nominations: Nomination[];
}

/**
 * The nominations to filter by: those of the selected stage's contest, or of every contest the expert
 * works in. There is no expert-specific list, so a nomination may hold none of the caller's work.
 */
export function useNominationGroups(stages: readonly MyStage[], stageId: string | undefined) {
  const selected = stages.find((s) => s.stage.id === stageId);
  const contests = new Map<string, string>();
  for (const { contest } of selected === undefined ? stages : [selected])
    contests.set(contest.id, contest.title);
  const entries = [...contests];
  return useQueries({
    queries: entries.map(([contestId]) => nominationsQueryOptions(contestId)),
    combine: (results): NominationGroup[] =>
      entries.map(([contestId, contestTitle], index) => ({
        contestId,
        contestTitle,
        nominations: results[index]?.data?.items ?? [],
      })),
  });
}
