import type {
  ProgressCounts,
  ProgressPage,
  ProgressQuery,
  ProgressRow,
  ReminderResult,
} from '@/api/schemas/coordination';
import type { MockDatabase } from '@mocks/db/database';
import { dueAtFor } from '@mocks/db/rules/assignments';
import { paginate, sortBy } from '@mocks/db/rules/lists';
import {
  fieldError,
  isoNow,
  requireStage,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';

const HOUR = 3_600_000;
type Risk = ProgressRow['deadlineRisk'];
const RISK_ORDER: Record<Risk, number> = { none: 0, low: 1, high: 2 };

interface Accumulator extends ProgressCounts {
  key: string;
  /** Earliest due date among unfinished work, epoch ms; Infinity without a deadline. */
  nextDueMs: number;
}

function emptyCounts(): ProgressCounts {
  return { assigned: 0, drafts: 0, submitted: 0, returned: 0, recused: 0, overdue: 0 };
}

/**
 * High: something is already late, or work remains with under two days to go. Low: work remains
 * with under a week to go. The thresholds mirror how coordinators chase experts by phone vs by mail.
 */
function riskOf(row: Accumulator, nowMs: number): Risk {
  const pending = row.assigned - row.submitted;
  if (pending <= 0) return 'none';
  if (row.overdue > 0) return 'high';
  const left = row.nextDueMs - nowMs;
  if (left < 48 * HOUR) return 'high';
  if (left < 7 * 24 * HOUR) return 'low';
  return 'none';
}

export function getProgress(
  db: MockDatabase,
  stageId: string,
  query: ProgressQuery,
  now: Date,
): ProgressPage {
  const stage = requireStage(db, stageId);
  const nowMs = now.getTime();
  const rows = new Map<string, Accumulator>();
  const totals = emptyCounts();
  for (const a of db.assignmentsByStage(stageId)) {
    const key = query.by === 'expert' ? a.expertId : a.nominationId;
    let row = rows.get(key);
    if (row === undefined) {
      row = { key, ...emptyCounts(), nextDueMs: Infinity };
      rows.set(key, row);
    }
    const counts: ProgressCounts[] = [row, totals];
    if (a.status === 'recused') {
      for (const c of counts) c.recused += 1;
      continue;
    }
    for (const c of counts) c.assigned += 1;
    if (a.status === 'submitted') {
      for (const c of counts) c.submitted += 1;
      continue;
    }
    if (a.status === 'draft') for (const c of counts) c.drafts += 1;
    if (a.status === 'returned') for (const c of counts) c.returned += 1;
    const due = dueAtFor(stage, a.expertId);
    if (due === null) continue;
    const dueMs = Date.parse(due);
    if (dueMs < nowMs) for (const c of counts) c.overdue += 1;
    if (dueMs < row.nextDueMs) row.nextDueMs = dueMs;
  }
  const labelled: ProgressRow[] = [...rows.values()].map((r) => ({
    key: r.key,
    label:
      query.by === 'expert'
        ? (db.get('experts', r.key)?.fullName ?? r.key)
        : (db.get('nominations', r.key)?.title ?? r.key),
    assigned: r.assigned,
    drafts: r.drafts,
    submitted: r.submitted,
    returned: r.returned,
    recused: r.recused,
    overdue: r.overdue,
    deadlineRisk: riskOf(r, nowMs),
  }));
  const sorted = sortBy(
    labelled,
    query.sort ?? 'label',
    {
      label: (a, b) => a.label.localeCompare(b.label, 'ru'),
      assigned: (a, b) => a.assigned - b.assigned,
      submitted: (a, b) => a.submitted - b.submitted,
      overdue: (a, b) => a.overdue - b.overdue,
      deadlineRisk: (a, b) => RISK_ORDER[a.deadlineRisk] - RISK_ORDER[b.deadlineRisk],
    },
    [(a, b) => a.label.localeCompare(b.label, 'ru'), (a, b) => a.key.localeCompare(b.key)],
  );
  return { ...paginate(sorted, query.page, query.pageSize, (r) => r), totals };
}

/** Experts with unfinished (not submitted, not recused) work in the stage. */
function behindSchedule(db: MockDatabase, stageId: string): string[] {
  const ids = new Set<string>();
  for (const a of db.assignmentsByStage(stageId)) {
    if (a.status !== 'submitted' && a.status !== 'recused') ids.add(a.expertId);
  }
  return [...ids].sort();
}

/**
 * The mock sends nothing; it records who would have been reminded so the demo (and tests) can show
 * it through /__mock/reminders.
 */
export function sendReminders(
  ctx: StaffContext,
  stageId: string,
  expertIds: readonly string[] | null,
): ReminderResult {
  requireStage(ctx.db, stageId);
  if (expertIds !== null) {
    throwIfInvalid(
      expertIds.flatMap((id, i) =>
        ctx.db.get('experts', id) === undefined
          ? [fieldError(`expertIds.${i}`, 'notFound', 'Эксперт не найден')]
          : [],
      ),
    );
  }
  const targets = expertIds === null ? behindSchedule(ctx.db, stageId) : [...new Set(expertIds)];
  if (targets.length === 0) return { sent: 0 };
  ctx.db.insert('reminders', {
    id: ctx.db.nextId('reminders', 'reminder'),
    at: isoNow(ctx),
    stageId,
    expertIds: targets,
    sentBy: ctx.user.id,
  });
  return { sent: targets.length };
}
