import type { Page } from '@/api/schemas/common';
import type { MyAssignmentsQuery, MyStage, QueueItem, StageCounts } from '@/api/schemas/expert-cabinet';
import type { Assignment, AssignmentStatus } from '@/api/schemas/sheets';
import type { MockDatabase } from '@mocks/db/database';
import { dueAtFor, presentAssignment, stageForExpert } from '@mocks/db/rules/assignments';
import { criteriaSetIdFor } from '@mocks/db/rules/criteria';
import { matchesText, paginate, sortBy, type SortKey } from '@mocks/db/rules/lists';
import { totalOf } from '@mocks/db/rules/sheets';

function emptyCounts(): StageCounts {
  return { assigned: 0, new: 0, draft: 0, submitted: 0, returned: 0, recused: 0 };
}

/** The stages the caller has work in, with their own progress; stages ordered by contest then order. */
export function myStages(db: MockDatabase, expertId: string): MyStage[] {
  const byStage = new Map<string, StageCounts>();
  for (const a of db.assignmentsByExpert(expertId)) {
    const counts = byStage.get(a.stageId) ?? emptyCounts();
    counts[a.status] += 1;
    // A recused application is no longer the expert's work.
    if (a.status !== 'recused') counts.assigned += 1;
    byStage.set(a.stageId, counts);
  }
  const items: MyStage[] = [];
  for (const [stageId, counts] of byStage) {
    const stage = db.get('stages', stageId);
    const contest = stage === undefined ? undefined : db.get('contests', stage.contestId);
    if (stage === undefined || contest === undefined) continue;
    items.push({
      contest: { id: contest.id, title: contest.title, kind: contest.kind },
      stage: stageForExpert(stage, expertId),
      dueAt: dueAtFor(stage, expertId),
      counts,
    });
  }
  return items.sort(
    (a, b) => a.contest.title.localeCompare(b.contest.title, 'ru') || a.stage.order - b.stage.order,
  );
}

/** Work first: what needs the expert's attention comes before what is done. */
const STATUS_ORDER: Record<AssignmentStatus, number> = {
  returned: 0,
  new: 1,
  draft: 2,
  submitted: 3,
  recused: 4,
};

type QueueSortField = 'dueAt' | 'status' | 'applicationId' | 'updatedAt';

function compareApplicationIds(a: string, b: string): number {
  // Application IDs are digit strings: compare as numbers so "9" comes before "10".
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const SORT_KEYS: Record<QueueSortField, SortKey<{ a: Assignment; dueAt: string | null }>> = {
  dueAt: (x, y) => (x.dueAt ?? '9999').localeCompare(y.dueAt ?? '9999'),
  status: (x, y) => STATUS_ORDER[x.a.status] - STATUS_ORDER[y.a.status],
  applicationId: (x, y) => compareApplicationIds(x.a.applicationId, y.a.applicationId),
  updatedAt: (x, y) => x.a.updatedAt.localeCompare(y.a.updatedAt),
};

/**
 * The expert's queue, filtered, searched, sorted and paginated on the server. Without a status
 * filter recused applications are left out: they are no longer the expert's work.
 */
export function myQueue(db: MockDatabase, expertId: string, query: MyAssignmentsQuery): Page<QueueItem> {
  const rows: { a: Assignment; dueAt: string | null }[] = [];
  for (const a of db.assignmentsByExpert(expertId)) {
    if (query.stageId !== undefined && a.stageId !== query.stageId) continue;
    if (query.nominationId !== undefined && a.nominationId !== query.nominationId) continue;
    if (query.status === undefined ? a.status === 'recused' : a.status !== query.status) continue;
    if (query.q !== undefined && query.q !== '') {
      const app = db.get('applications', a.applicationId);
      if (!matchesText(query.q, a.applicationId, app?.title, app?.organization.name)) continue;
    }
    rows.push({ a, dueAt: dueAtFor(db.get('stages', a.stageId), expertId) });
  }
  const sorted = sortBy(rows, query.sort ?? 'dueAt', SORT_KEYS, [SORT_KEYS.status, SORT_KEYS.applicationId]);
  return paginate(sorted, query.page, query.pageSize, ({ a }) => queueItem(db, a));
}

function queueItem(db: MockDatabase, a: Assignment): QueueItem {
  const app = db.get('applications', a.applicationId);
  const nomination = db.get('nominations', a.nominationId);
  const stage = db.get('stages', a.stageId);
  const contest = db.get('contests', a.contestId);
  const setId = criteriaSetIdFor(db, a);
  const set = setId === null ? undefined : db.get('criteriaSets', setId);
  const sheet = db.sheetByAssignment(a.id);
  return {
    assignment: presentAssignment(db, a),
    application: {
      id: a.applicationId,
      title: app?.title ?? '',
      organizationName: app?.organization.name ?? '',
      regionName: app?.region.name ?? '',
      nominationTitle: nomination?.title ?? '',
    },
    contestTitle: contest?.title ?? '',
    stageTitle: stage?.title ?? '',
    total: sheet === undefined || set === undefined ? null : totalOf(sheet, set),
    maxTotal: set?.maxTotal ?? 0,
  };
}
