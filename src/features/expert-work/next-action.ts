import type { MyStage, StageCounts } from '@/api/schemas/expert-cabinet';
import type { AssignmentStatus } from '@/api/schemas/sheets';
import { queueSearchOf } from './queue-params';

export type NextAction =
  | { kind: 'returned' | 'draft' | 'new'; status: AssignmentStatus; count: number; search: URLSearchParams }
  | { kind: 'done'; search: URLSearchParams };

/** Recused applications are no longer the expert's work, whatever `assigned` counts. */
export function activeCount(counts: StageCounts): number {
  return counts.new + counts.draft + counts.returned + counts.submitted;
}

/**
 * What the expert should do next in a stage: a sheet the coordinator sent back first (someone waits
 * for it), then half-done drafts, then untouched applications. Each points at the queue filtered to it.
 */
export function nextAction({ stage, counts }: MyStage): NextAction {
  const stageId = stage.id;
  for (const status of ['returned', 'draft', 'new'] as const) {
    const count = counts[status];
    if (count > 0) return { kind: status, status, count, search: queueSearchOf({ stageId, status }) };
  }
  return { kind: 'done', search: queueSearchOf({ stageId }) };
}
