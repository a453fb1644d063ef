import type { Application } from '@/api/schemas/applications';
import type { EligibleExpert, EligibleExpertList } from '@/api/schemas/coordination';
import type { Assignment } from '@/api/schemas/sheets';
import type { MockDatabase } from '@mocks/db/database';
import type { ExpertRow } from '@mocks/db/tables';
import { insertAssignment } from '@mocks/db/rules/assignment-admin';
import { PairChecker, stagePairs } from '@mocks/db/rules/assignment-checks';
import { presentAssignment } from '@mocks/db/rules/assignments';
import { presentExpert } from '@mocks/db/rules/expert-load';
import { requireStage, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem, notFound } from '@mocks/handlers/support';

interface Candidate {
  expert: ExpertRow;
  reasons: { code: string; message: string }[];
  expertise: boolean;
  sameRegion: boolean;
  spare: number;
}

function requireStageApplication(db: MockDatabase, stageId: string, applicationId: string) {
  const stage = requireStage(db, stageId);
  const app = db.get('applications', applicationId);
  if (app === undefined || app.contestId !== stage.contestId) throw notFound('Заявка не найдена');
  return { stage, app };
}

/** Whether the panel still lacks the same-region expert the «one same-region expert» rule asks for. */
function panelNeedsSameRegion(db: MockDatabase, checker: PairChecker, app: Application): boolean {
  if (checker.contest.settings.regionRule !== 'requireOneSameRegion') return false;
  for (const a of stagePairs(db, checker.stage.id).values()) {
    if (a.applicationId !== app.id || a.status === 'recused') continue;
    if (db.get('experts', a.expertId)?.region.code === app.region.code) return false;
  }
  return true;
}

/**
 * Best first: eligible; then, while the region rule wants one, a same-region expert; then expertise
 * in the nomination; then the most spare capacity; then name and id, so the order is stable.
 */
function candidates(db: MockDatabase, checker: PairChecker, app: Application): Candidate[] {
  const wantRegion = panelNeedsSameRegion(db, checker, app);
  return db
    .all('experts')
    .map((expert) => ({
      expert,
      reasons: checker.refusals(app, expert, app.id),
      expertise: expert.expertiseNominationIds.includes(app.nominationId),
      sameRegion: wantRegion && expert.region.code === app.region.code,
      spare: expert.loadCap - checker.load(expert.id),
    }))
    .sort(
      (a, b) =>
        Number(a.reasons.length > 0) - Number(b.reasons.length > 0) ||
        Number(b.sameRegion) - Number(a.sameRegion) ||
        Number(b.expertise) - Number(a.expertise) ||
        b.spare - a.spare ||
        a.expert.fullName.localeCompare(b.expert.fullName, 'ru') ||
        a.expert.id.localeCompare(b.expert.id),
    );
}

export function eligibleExperts(
  db: MockDatabase,
  stageId: string,
  applicationId: string,
): EligibleExpertList {
  const { stage, app } = requireStageApplication(db, stageId, applicationId);
  const checker = new PairChecker(db, stage, 'read');
  const items: EligibleExpert[] = candidates(db, checker, app).map((c) => ({
    expert: presentExpert(db, c.expert),
    eligible: c.reasons.length === 0,
    reasons: c.reasons.map((r) => r.message),
  }));
  return { items };
}

/**
 * One more expert for an application (a divergence or a recusal), in one action. A named expert is
 * checked like any assignment; without one the best eligible expert is chosen.
 */
export function assignExtraExpert(
  ctx: StaffContext,
  stageId: string,
  applicationId: string,
  expertId: string | undefined,
): Assignment {
  const { stage, app } = requireStageApplication(ctx.db, stageId, applicationId);
  const checker = new PairChecker(ctx.db, stage);
  let chosen: ExpertRow;
  if (expertId !== undefined) {
    const expert = ctx.db.get('experts', expertId);
    if (expert === undefined) throw notFound('Эксперт не найден');
    const refusals = checker.refusals(app, expert, app.id);
    const conflict = refusals.find(
      (r) => r.code === 'sameOrganization' || r.code === 'regionRule' || r.code === 'recused',
    );
    if (conflict !== undefined) {
      throw new ApiProblem(409, 'conflictOfInterest', undefined, { detail: conflict.message });
    }
    const [other] = refusals;
    if (other !== undefined)
      throw new ApiProblem(409, 'conflict', 'Эксперта нельзя назначить', { detail: other.message });
    chosen = expert;
  } else {
    const best = candidates(ctx.db, checker, app).find((c) => c.reasons.length === 0);
    if (best === undefined) {
      throw new ApiProblem(409, 'noEligibleExpert', 'Нет подходящего эксперта', {
        detail:
          'Все эксперты пула либо уже оценивают заявку, либо в конфликте интересов, либо достигли лимита нагрузки',
      });
    }
    chosen = best.expert;
  }
  const row = insertAssignment(ctx, stage, app, chosen.id, 'Дополнительный эксперт');
  return presentAssignment(ctx.db, row);
}
