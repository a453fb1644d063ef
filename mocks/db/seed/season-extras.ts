import type { Application } from '@/api/schemas/applications';
import type { Assignment, AssignmentStatus, RecusalReason } from '@/api/schemas/sheets';
import { RECUSAL_TEXTS } from './comment-phrases';
import type { SheetTimeline } from './evaluation-rows';
import type { Rng } from './random';
import type { SeasonEvaluationInput } from './season-evaluations';
import { seasonConflict } from './season-panels';
import type { SeasonExpert } from './season-panels';
import { DAY, HOUR, MINUTE, iso, toSecond } from './time';

const NAMED_EXTRA: readonly { nominationId: string; fresh: number; recused: number }[] = [
  { nominationId: 'nom-s-family', fresh: 10, recused: 2 },
  { nominationId: 'nom-s-memory', fresh: 5, recused: 0 },
];

export function seasonTimeline(
  rng: Rng,
  status: AssignmentStatus,
  fast: boolean,
  input: SeasonEvaluationInput,
): SheetTimeline {
  const lower = input.startMs + 2 * HOUR;
  const upper =
    input.nowMs - (status === 'returned' ? 5 * DAY : status === 'submitted' ? 8 * HOUR : 3 * HOUR);
  const startedAt = toSecond(lower + rng.next() * (upper - lower));
  if (status === 'draft') {
    const saves: number[] = [];
    let at = startedAt;
    for (let k = rng.int(1, 3); k > 0; k--) {
      at = toSecond(at + rng.int(3 * MINUTE, 40 * MINUTE));
      saves.push(at);
    }
    return { startedAt, saves, submittedAt: null, returnedAt: null };
  }
  const duration = fast ? rng.int(45, 110) * 1000 : rng.int(15, 150) * MINUTE;
  const submittedAt = startedAt + duration;
  const saveCount = fast ? 0 : rng.int(1, 3);
  const saves: number[] = [];
  for (let k = 1; k <= saveCount; k++) saves.push(toSecond(startedAt + (duration * k) / (saveCount + 1)));
  const returnedAt = status === 'returned' ? toSecond(submittedAt + rng.int(20 * HOUR, 3 * DAY)) : null;
  return { startedAt, saves, submittedAt, returnedAt };
}

/**
 * Per-expert scoring habits: most experts within ±6 % of the scale, 1 % lenient or harsh outliers,
 * 1 % careless (straight-lining and rushing a quarter of their sheets). The named accounts are clean.
 */
export function expertHabits(
  rng: Rng,
  experts: readonly SeasonExpert[],
  named: ReadonlySet<SeasonExpert>,
): { leniency: Float64Array; carelessness: Float64Array } {
  const leniency = new Float64Array(experts.length);
  const carelessness = new Float64Array(experts.length);
  for (const e of experts) {
    const outlier = rng.chance(0.01);
    leniency[e.index] = named.has(e)
      ? 0.02
      : outlier
        ? rng.chance(0.5)
          ? 0.15
          : -0.15
        : (rng.next() - 0.5) * 0.12;
    carelessness[e.index] = named.has(e) ? 0 : rng.chance(0.01) ? 0.25 : 0.015;
  }
  return { leniency, carelessness };
}

const RECUSAL_REASONS: readonly RecusalReason[] = ['affiliation', 'personal', 'financial', 'other'];

/** An assignment without a sheet: not opened yet, or recused. */
export function bareAssignment(
  rng: Rng,
  input: SeasonEvaluationInput,
  id: string,
  app: Application,
  expert: SeasonExpert,
  status: 'new' | 'recused',
  createdMs: number,
): Assignment {
  const reason = rng.pick(RECUSAL_REASONS);
  const recusedAt = createdMs + rng.int(HOUR, 2 * DAY);
  return {
    id,
    contestId: input.contestId,
    stageId: input.stageId,
    applicationId: app.id,
    nominationId: app.nominationId,
    expertId: expert.row.id,
    status,
    dueAt: input.dueAt,
    sheetId: null,
    recusal:
      status === 'recused' ? { reason, text: rng.pick(RECUSAL_TEXTS[reason]), at: iso(recusedAt) } : null,
    returnReason: null,
    createdAt: iso(createdMs),
    updatedAt: iso(status === 'recused' ? recusedAt : createdMs),
  };
}

/** The named experts' `new` and `recused` assignments, beyond their sheet-bearing queues. */
export function addNamedExtras(
  rng: Rng,
  input: SeasonEvaluationInput,
  add: (app: Application, expert: SeasonExpert, status: 'new' | 'recused', createdMs: number) => void,
): void {
  [...input.named].forEach((expert, i) => {
    const plan = NAMED_EXTRA[i];
    if (plan === undefined) return;
    let fresh = plan.fresh;
    let recused = plan.recused;
    for (let a = input.applications.length - 1; a >= 0 && fresh + recused > 0; a--) {
      const app = input.applications[a] as Application;
      const taken = (input.panels[a] ?? []).includes(expert);
      if (app.nominationId !== plan.nominationId || taken || seasonConflict(expert, app)) continue;
      if (fresh > 0) {
        add(app, expert, 'new', input.nowMs - rng.int(2 * HOUR, 3 * DAY));
        fresh--;
      } else {
        add(app, expert, 'recused', input.startMs + HOUR);
        recused--;
      }
    }
  });
}
