import type { FieldError, Page } from '@/api/schemas/common';
import type {
  ContestCreate,
  ContestPatch,
  ContestQuery,
  ContestSettingsInput,
} from '@/api/schemas/contest-inputs';
import type { Contest, ContestSettings } from '@/api/schemas/contests';
import type { MockDatabase } from '@mocks/db/database';
import type { UserRow } from '@mocks/db/tables';
import { matchesText, paginate, sortBy } from '@mocks/db/rules/lists';
import {
  audit,
  fieldError,
  isStaff,
  isoNow,
  requireContest,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';
import { notFound } from '@mocks/handlers/support';

/** What a contest gets when the organizer leaves a settings group out: the product's documented defaults. */
export function defaultContestSettings(): ContestSettings {
  return {
    aggregationMethod: 'mean',
    divergence: { totalSpreadPercent: 30, criterionSpreadPoints: null },
    blindReview: { revealAfterSubmission: false },
    defaultCommentRule: { mode: 'whenBelowMax', minLength: 20 },
    regionRule: 'none',
    tieBreak: [{ kind: 'earlierSubmission' }, { kind: 'applicationId' }],
    expertsPerApplication: 2,
    overallRecommendation: true,
    overallComment: 'optional',
    overallCommentMinLength: 0,
  };
}

/** Settings groups replace whole: a group is small and its fields only make sense together. */
function mergeSettings(base: ContestSettings, input: ContestSettingsInput | undefined): ContestSettings {
  if (input === undefined) return structuredClone(base);
  const merged: ContestSettings = structuredClone(base);
  for (const key of Object.keys(input) as (keyof ContestSettings)[]) {
    const value = input[key];
    if (value !== undefined) Object.assign(merged, { [key]: structuredClone(value) });
  }
  return merged;
}

/** A tie-break rule naming a criterion must name one the contest actually scores. */
function checkTieBreak(db: MockDatabase, contestId: string | null, settings: ContestSettings): FieldError[] {
  const known = new Set<string>();
  if (contestId !== null) {
    for (const set of db.group('criteriaSets', 'byContest', contestId)) {
      for (const c of set.criteria) known.add(c.id);
    }
  }
  const errors: FieldError[] = [];
  settings.tieBreak.forEach((rule, i) => {
    if (rule.kind === 'criterion' && !known.has(rule.criterionId)) {
      errors.push(
        fieldError(
          `settings.tieBreak.${i}.criterionId`,
          'unknownCriterion',
          'Такого критерия нет ни в одном наборе конкурса',
        ),
      );
    }
  });
  return errors;
}

/** Experts see a contest only while they have work in it; staff see every contest. */
export function canSeeContest(db: MockDatabase, user: UserRow, contestId: string): boolean {
  if (isStaff(user)) return true;
  return db.assignmentsByExpert(user.id).some((a) => a.contestId === contestId);
}

export function visibleContest(db: MockDatabase, user: UserRow, contestId: string): Contest {
  const contest = db.get('contests', contestId);
  if (contest === undefined || !canSeeContest(db, user, contestId)) throw notFound('Конкурс не найден');
  return contest;
}

const CONTEST_SORT = {
  title: (a: Contest, b: Contest) => a.title.localeCompare(b.title, 'ru'),
  createdAt: (a: Contest, b: Contest) => a.createdAt.localeCompare(b.createdAt),
};

export function listContests(db: MockDatabase, user: UserRow, query: ContestQuery): Page<Contest> {
  let rows = db.all('contests');
  if (!isStaff(user)) {
    const mine = new Set(db.assignmentsByExpert(user.id).map((a) => a.contestId));
    rows = rows.filter((c) => mine.has(c.id));
  }
  const filtered = rows.filter(
    (c) =>
      (query.status === undefined || c.status === query.status) &&
      matchesText(query.q, c.title, c.description),
  );
  const sorted = sortBy(filtered, query.sort ?? '-createdAt', CONTEST_SORT, [
    (a, b) => a.id.localeCompare(b.id),
  ]);
  return paginate(sorted, query.page, query.pageSize, (c) => c);
}

export function createContest(ctx: StaffContext, input: ContestCreate): Contest {
  const settings = mergeSettings(defaultContestSettings(), input.settings);
  throwIfInvalid(checkTieBreak(ctx.db, null, settings));
  const at = isoNow(ctx);
  const contest: Contest = {
    id: ctx.db.nextId('contests', 'contest'),
    title: input.title,
    kind: input.kind,
    description: input.description,
    status: 'draft',
    settings,
    createdAt: at,
    updatedAt: at,
  };
  ctx.db.insert('contests', contest);
  audit(ctx, {
    contestId: contest.id,
    objectType: 'contest',
    objectId: contest.id,
    action: 'created',
    after: contest,
  });
  return contest;
}

export function patchContest(ctx: StaffContext, contestId: string, patch: ContestPatch): Contest {
  const contest = requireContest(ctx.db, contestId);
  const settings = mergeSettings(contest.settings, patch.settings);
  if (patch.settings?.tieBreak !== undefined) throwIfInvalid(checkTieBreak(ctx.db, contestId, settings));
  const before = structuredClone(contest);
  const changes: Partial<Contest> = { settings, updatedAt: isoNow(ctx) };
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.status !== undefined) changes.status = patch.status;
  const updated = ctx.db.update('contests', contestId, changes);
  audit(ctx, {
    contestId,
    objectType: 'contest',
    objectId: contestId,
    action: 'updated',
    before,
    after: updated,
  });
  return updated;
}
