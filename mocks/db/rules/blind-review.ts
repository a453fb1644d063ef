import type { Calibration, PanelView, ScoreDistribution } from '@/api/schemas/expert-cabinet';
import type { Assignment } from '@/api/schemas/sheets';
import type { MockDatabase } from '@mocks/db/database';
import type { SheetRow } from '@mocks/db/tables';
import { assignmentScope } from '@mocks/db/rules/assignments';
import { ApiProblem, notFound } from '@mocks/handlers/support';

function panelLabel(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letter = letters[index % letters.length] ?? 'X';
  const round = Math.floor(index / letters.length);
  return `Эксперт ${letter}${round === 0 ? '' : String(round + 1)}`;
}

/**
 * The other panel members' submitted sheets for this application, anonymised: only after the caller
 * submitted their own, and only if the contest allows it. Labels follow sheet order (stable across
 * requests), never names or ids; comments are never shown.
 */
export function panelFor(db: MockDatabase, assignment: Assignment): PanelView {
  const { contest } = assignmentScope(db, assignment);
  const own = db.sheetByAssignment(assignment.id);
  if (!contest.settings.blindReview.revealAfterSubmission) {
    throw new ApiProblem(403, 'blindReview', undefined, { detail: 'Конкурс не раскрывает оценки панели' });
  }
  if (own?.status !== 'submitted') {
    throw new ApiProblem(403, 'blindReview', undefined, {
      detail: 'Оценки панели доступны после отправки вашей оценки',
    });
  }
  const others = db
    .group('sheets', 'byApplication', assignment.applicationId)
    .filter(
      (s) => s.stageId === assignment.stageId && s.status === 'submitted' && s.assignmentId !== assignment.id,
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    sheets: others.map((s, i) => ({ label: panelLabel(i), total: s.total, scores: { ...s.scores } })),
  };
}

function percentOf(sheet: SheetRow): number | null {
  if (sheet.total === null || sheet.maxTotal <= 0) return null;
  return (sheet.total / sheet.maxTotal) * 100;
}

function distribution(sheets: readonly SheetRow[]): ScoreDistribution {
  const histogram = new Array<number>(10).fill(0);
  let sum = 0;
  let count = 0;
  for (const s of sheets) {
    const percent = percentOf(s);
    if (percent === null) continue;
    const bin = Math.min(9, Math.max(0, Math.floor(percent / 10)));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    sum += percent;
    count += 1;
  }
  return { count, mean: count === 0 ? null : sum / count, histogram };
}

/**
 * The caller's submitted sheets in a stage against the rest of the stage, as aggregates only: no
 * sheet, expert or application can be singled out from a histogram of the whole stage.
 */
export function calibrationFor(db: MockDatabase, expertId: string, stageId: string): Calibration {
  const mine = db.assignmentsByExpert(expertId).some((a) => a.stageId === stageId);
  if (!mine) throw notFound();
  const own: SheetRow[] = [];
  const panel: SheetRow[] = [];
  for (const s of db.group('sheets', 'byStage', stageId)) {
    if (s.status !== 'submitted') continue;
    if (s.expertId === expertId) own.push(s);
    else panel.push(s);
  }
  return { own: distribution(own), panel: distribution(panel) };
}
