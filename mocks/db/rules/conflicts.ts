import type { Assignment, RecusalReason } from '@/api/schemas/sheets';
import type { MockDatabase } from '@mocks/db/database';
import type { UserRow } from '@mocks/db/tables';
import { actorOf, recordAudit } from '@mocks/db/rules/audit';
import { ApiProblem } from '@mocks/handlers/support';

export const RECUSAL_REASON_TITLES: Record<RecusalReason, string> = {
  affiliation: 'Аффилированность с заявителем',
  personal: 'Личная заинтересованность',
  financial: 'Финансовая заинтересованность',
  other: 'Другое',
};

/**
 * An expert declares a conflict of interest. The assignment leaves the active queue (status
 * `recused`) and counts as needing a replacement until the coordinator assigns one more expert. A
 * submitted sheet cannot be withdrawn this way: that is the coordinator's call (return, then recuse).
 */
export function recuse(
  db: MockDatabase,
  input: { user: UserRow; assignment: Assignment; reason: RecusalReason; text: string; now: Date },
): Assignment {
  const { assignment, user, now } = input;
  if (assignment.status === 'recused') throw new ApiProblem(409, 'recused');
  if (assignment.status === 'submitted') {
    throw new ApiProblem(409, 'submitted', 'Оценка уже отправлена: самоотвод невозможен', {
      detail: 'Сообщите координатору о конфликте интересов',
    });
  }
  const at = now.toISOString();
  const recusal = { reason: input.reason, text: input.text, at };
  const before = { status: assignment.status, recusal: assignment.recusal };
  const updated = db.update('assignments', assignment.id, { status: 'recused', recusal, updatedAt: at });
  recordAudit(db, {
    contestId: assignment.contestId,
    at,
    actor: actorOf(user),
    objectType: 'conflict',
    objectId: assignment.id,
    action: 'recused',
    before,
    after: {
      status: 'recused',
      recusal,
      applicationId: assignment.applicationId,
      stageId: assignment.stageId,
    },
    reason:
      input.text === ''
        ? RECUSAL_REASON_TITLES[input.reason]
        : `${RECUSAL_REASON_TITLES[input.reason]}: ${input.text}`,
  });
  return updated;
}

/**
 * Applications in a stage that lost an expert to a recusal and have no replacement yet: active
 * (non-recused) assignments fewer than the contest requires.
 */
export function applicationsAwaitingReplacement(db: MockDatabase, stageId: string): string[] {
  const stage = db.get('stages', stageId);
  const contest = stage === undefined ? undefined : db.get('contests', stage.contestId);
  const required = contest?.settings.expertsPerApplication ?? 1;
  const byApplication = new Map<string, { active: number; recused: number }>();
  for (const a of db.assignmentsByStage(stageId)) {
    const entry = byApplication.get(a.applicationId) ?? { active: 0, recused: 0 };
    if (a.status === 'recused') entry.recused += 1;
    else entry.active += 1;
    byApplication.set(a.applicationId, entry);
  }
  const result: string[] = [];
  for (const [applicationId, entry] of byApplication) {
    if (entry.recused > 0 && entry.active < required) result.push(applicationId);
  }
  return result;
}
