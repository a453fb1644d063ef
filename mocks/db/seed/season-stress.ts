import type { Application } from '@/api/schemas/applications';
import type { Category, Contest, Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet, CriteriaSetVersion, Criterion } from '@/api/schemas/criteria';
import type { Assignment } from '@/api/schemas/sheets';
import type { ExpertRow, SheetRow } from '../tables';
import { grantSettings, stagePlan, stageRows } from './contests';
import { grantCriteria, prizeCriteria } from './criteria';
import { criteriaSetRows } from './criteria-rows';
import { IdSequence } from './ids';
import type { SeasonTimes } from './season-structure';
import { iso } from './time';

export const STRESS_CONTEST_ID = 'c-season-stress';
export const STRESS_STAGE_ID = 'st-season-stress';
/** One nomination holding every application of the season: the 40,000-row ranking of the benchmark. */
export const STRESS_NOMINATION_ID = 'nom-stress-all';
/** A handful of applications scored on twenty criteria: the benchmark's long evaluation form. */
export const WIDE_NOMINATION_ID = 'nom-stress-wide';
const STRESS_SET_ID = 'cs-season-stress';
const WIDE_SET_ID = 'cs-season-wide';
const CATEGORY_ID = 'cat-stress';
/** Stress applications are numbered far above the season's (100,000 … ~180,000). */
const ID_OFFSET = 800_000;
const WIDE_QUEUE = 3;

export interface StressInput {
  t: SeasonTimes;
  year: number;
  applications: readonly Application[];
  assignments: readonly Assignment[];
  sheets: readonly SheetRow[];
  experts: readonly ExpertRow[];
  /** Experts whose queues the stress contest leaves alone (the named accounts). */
  keepQueues: ReadonlySet<string>;
  /** The expert who gets the twenty-criterion form to fill. */
  wideExpertId: string;
}

export interface StressRows {
  contest: Contest;
  stages: Stage[];
  category: Category;
  nominations: Nomination[];
  criteriaSets: CriteriaSet[];
  criteriaVersions: CriteriaSetVersion[];
  applications: Application[];
  assignments: Assignment[];
  sheets: SheetRow[];
}

/** Twenty distinct criteria: the grant ten, the prize five and five follow-up questions. */
function wideCriteria(): Criterion[] {
  const followUps = grantCriteria()
    .slice(0, 5)
    .map((c) => ({ ...c, id: `${c.id}-followup`, title: `${c.title}: по итогам мониторинга` }));
  return [...grantCriteria(), ...prizeCriteria(), ...followUps];
}

function copyApplication(app: Application, id: string, nominationId: string): Application {
  return {
    ...app,
    id,
    contestId: STRESS_CONTEST_ID,
    nominationId,
    organization: { ...app.organization },
    region: { ...app.region },
    // Files belong to the original application; the stress copy carries none.
    attachments: [],
    screening: { ...app.screening, decidedBy: app.screening.decidedBy && { ...app.screening.decidedBy } },
  };
}

/**
 * A separate, clearly labelled contest beside the realistic season: its one big nomination holds a
 * copy of all 40,000 season applications with the same panels and scores, so the ranking of 40,000
 * rows is real aggregated data, while the season contest keeps its twelve nominations of a few
 * thousand each (as PRODUCT.md describes a nomination). The named experts' sheets are not copied, so
 * their queues stay as they are; they get three fresh twenty-criterion assignments instead.
 */
export function seasonStress(input: StressInput): StressRows {
  const { t } = input;
  const contest: Contest = {
    id: STRESS_CONTEST_ID,
    title: `Сводный рейтинг сезона ${input.year} — нагрузочный стенд (40 000 заявок в одной номинации)`,
    kind: 'grant',
    description:
      'Копия заявок и оценок сезона в одной номинации: на ней проверяется скорость рейтинга из 40 000 строк. Не для принятия решений.',
    status: 'active',
    settings: grantSettings(),
    createdAt: iso(t.created),
    updatedAt: iso(t.criteriaCreated),
  };
  const main = criteriaSetRows(
    STRESS_SET_ID,
    STRESS_CONTEST_ID,
    'Критерии оценки заявок (копия критериев сезона)',
    [{ criteria: grantCriteria(), at: t.criteriaCreated, change: 'created' }],
    grantCriteria(),
    true,
  );
  const wide = criteriaSetRows(
    WIDE_SET_ID,
    STRESS_CONTEST_ID,
    'Расширенная экспертиза: двадцать критериев',
    [{ criteria: wideCriteria(), at: t.criteriaCreated, change: 'created' }],
    wideCriteria(),
    false,
  );
  const category: Category = {
    id: CATEGORY_ID,
    contestId: STRESS_CONTEST_ID,
    title: 'Все направления',
    order: 0,
  };
  const nominations: Nomination[] = [
    {
      id: STRESS_NOMINATION_ID,
      contestId: STRESS_CONTEST_ID,
      categoryId: CATEGORY_ID,
      title: 'Все направления сезона (40 000 заявок)',
      description: 'Все заявки сезона в одном рейтинге.',
      order: 0,
      criteriaSetId: null,
    },
    {
      id: WIDE_NOMINATION_ID,
      contestId: STRESS_CONTEST_ID,
      categoryId: CATEGORY_ID,
      title: 'Расширенная экспертиза (20 критериев)',
      description: 'Несколько заявок, оцениваемых по двадцати критериям.',
      order: 1,
      criteriaSetId: WIDE_SET_ID,
    },
  ];
  const stages = stageRows(STRESS_CONTEST_ID, [
    stagePlan(STRESS_STAGE_ID, 'expert', 'Экспертная оценка', 'active', [t.expertStart, t.deadline], {
      criteriaSetId: STRESS_SET_ID,
      structureFrozen: true,
    }),
  ]);

  const idOf = new Map<string, string>();
  const applications: Application[] = new Array<Application>(input.applications.length);
  input.applications.forEach((app, i) => {
    const id = String(Number(app.id) + ID_OFFSET);
    idOf.set(app.id, id);
    applications[i] = copyApplication(app, id, STRESS_NOMINATION_ID);
  });

  const sheetIds = new IdSequence('shx');
  const assignmentIds = new IdSequence('asx');
  const sheetIdOf = new Map<string, string>();
  const assignmentIdOf = new Map<string, string>();
  for (const a of input.assignments) {
    if (input.keepQueues.has(a.expertId)) continue;
    assignmentIdOf.set(a.id, assignmentIds.next());
    if (a.sheetId !== null) sheetIdOf.set(a.sheetId, sheetIds.next());
  }
  const sheets: SheetRow[] = [];
  for (const s of input.sheets) {
    const id = sheetIdOf.get(s.id);
    const assignmentId = assignmentIdOf.get(s.assignmentId);
    const applicationId = idOf.get(s.applicationId);
    if (id === undefined || assignmentId === undefined || applicationId === undefined) continue;
    sheets.push({
      ...s,
      id,
      assignmentId,
      applicationId,
      stageId: STRESS_STAGE_ID,
      criteriaSetId: STRESS_SET_ID,
      scores: { ...s.scores },
      comments: { ...s.comments },
    });
  }
  const assignments: Assignment[] = [];
  for (const a of input.assignments) {
    const id = assignmentIdOf.get(a.id);
    const applicationId = idOf.get(a.applicationId);
    if (id === undefined || applicationId === undefined) continue;
    assignments.push({
      ...a,
      id,
      contestId: STRESS_CONTEST_ID,
      stageId: STRESS_STAGE_ID,
      applicationId,
      nominationId: STRESS_NOMINATION_ID,
      sheetId: a.sheetId === null ? null : (sheetIdOf.get(a.sheetId) ?? null),
      recusal: a.recusal && { ...a.recusal },
    });
  }

  // The wide nomination: a few more copies, conflict-free for the expert who scores them.
  const expert = input.experts.find((e) => e.id === input.wideExpertId);
  const inns = new Set(expert?.affiliations.map((o) => o.inn) ?? []);
  let next = 0;
  for (const app of input.applications) {
    if (next === WIDE_QUEUE || expert === undefined) break;
    if (app.region.code === expert.region.code || inns.has(app.organization.inn)) continue;
    const id = String(Number(app.id) + 2 * ID_OFFSET);
    applications.push(copyApplication(app, id, WIDE_NOMINATION_ID));
    const createdAt = iso(t.expertStart + 60 * 60 * 1000 * (next + 1));
    assignments.push({
      id: assignmentIds.next(),
      contestId: STRESS_CONTEST_ID,
      stageId: STRESS_STAGE_ID,
      applicationId: id,
      nominationId: WIDE_NOMINATION_ID,
      expertId: expert.id,
      status: 'new',
      dueAt: iso(t.deadline),
      sheetId: null,
      recusal: null,
      returnReason: null,
      createdAt,
      updatedAt: createdAt,
    });
    next++;
  }

  return {
    contest,
    stages,
    category,
    nominations,
    criteriaSets: [main.set, wide.set],
    criteriaVersions: [...main.versions, ...wide.versions],
    applications,
    assignments,
    sheets,
  };
}
