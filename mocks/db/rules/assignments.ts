import type { Assignment } from '@/api/schemas/sheets';
import type { Stage } from '@/api/schemas/contests';
import { effectiveDeadline, isPastDeadline } from '@/domain/deadlines';
import type { MockDatabase } from '@mocks/db/database';
import type { UserRow } from '@mocks/db/tables';
import { ApiProblem, notFound } from '@mocks/handlers/support';

/** The stage deadline with stage-wide and this expert's own extensions applied; null without a deadline. */
export function dueAtFor(stage: Stage | undefined, expertId: string): string | null {
  if (stage === undefined || stage.deadline === null) return null;
  return effectiveDeadline(stage.deadline, stage.extensions, expertId);
}

export function isOverdue(dueAt: string | null, now: Date): boolean {
  return dueAt !== null && isPastDeadline(dueAt, now);
}

/**
 * A stage as an expert may see it: per-expert extensions of other experts would tell who else is on
 * the stage, so only stage-wide ones and the caller's own remain.
 */
export function stageForExpert(stage: Stage, expertId: string): Stage {
  return {
    ...stage,
    extensions: stage.extensions.filter((e) => e.expertId === null || e.expertId === expertId),
  };
}

/**
 * An assignment as the API shows it. `dueAt` is derived on every read rather than trusted from the
 * row, so an extension granted a moment ago is already in effect.
 */
export function presentAssignment(db: MockDatabase, assignment: Assignment): Assignment {
  return { ...assignment, dueAt: dueAtFor(db.get('stages', assignment.stageId), assignment.expertId) };
}

/**
 * Object-level authorisation for the expert cabinet: the caller's own assignment, or 404 — an expert
 * must not even learn that someone else's assignment exists.
 */
export function requireOwnAssignment(db: MockDatabase, user: UserRow, assignmentId: string): Assignment {
  const assignment = db.get('assignments', assignmentId);
  if (assignment === undefined || assignment.expertId !== user.id) throw notFound();
  return assignment;
}

/** The stage, contest and application an assignment points at; a dangling reference is a seed bug. */
export function assignmentScope(db: MockDatabase, assignment: Assignment) {
  const stage = db.get('stages', assignment.stageId);
  const contest = db.get('contests', assignment.contestId);
  const application = db.get('applications', assignment.applicationId);
  const nomination = db.get('nominations', assignment.nominationId);
  if (stage === undefined || contest === undefined || application === undefined || nomination === undefined) {
    throw new ApiProblem(500, 'internal', undefined, {
      detail: `Assignment ${assignment.id} points at missing rows`,
    });
  }
  return { stage, contest, application, nomination };
}
