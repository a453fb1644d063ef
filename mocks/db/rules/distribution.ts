import type { Application } from '@/api/schemas/applications';
import type {
  AssignmentPair,
  DistributionCommitResult,
  DistributionPreview,
  DistributionPreviewRequest,
  ExpertLoad,
  UncoveredApplication,
} from '@/api/schemas/assignments';
import { compareApplicationIds } from '@/domain/ranking';
import type { MockDatabase } from '@mocks/db/database';
import type { ExpertRow } from '@mocks/db/tables';
import { insertAssignment } from '@mocks/db/rules/assignment-admin';
import { pairKey, PairChecker, stagePairs } from '@mocks/db/rules/assignment-checks';
import { capacityLoad } from '@mocks/db/rules/expert-load';
import { stageApplicationIds } from '@mocks/db/rules/stage-scope';
import { fieldError, requireStage, throwIfInvalid, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem } from '@mocks/handlers/support';

interface Candidate {
  row: ExpertRow;
  inns: ReadonlySet<string>;
  before: number;
  load: number;
}

interface StoredPlan {
  stageId: string;
  pairs: AssignmentPair[];
}

const plans = new WeakMap<MockDatabase, Map<string, StoredPlan>>();

function planStore(db: MockDatabase): Map<string, StoredPlan> {
  let store = plans.get(db);
  if (store === undefined) {
    store = new Map();
    plans.set(db, store);
  }
  return store;
}

/** Keeps a proposal for its commit; only the last few per database, abandoned ones are dropped. */
function storePlan(db: MockDatabase, stageId: string, pairs: AssignmentPair[]): string {
  const previewId = `dist-${crypto.randomUUID()}`;
  const store = planStore(db);
  store.set(previewId, { stageId, pairs });
  for (const key of store.keys()) {
    if (store.size <= 10) break;
    store.delete(key);
  }
  return previewId;
}

/** Least loaded relative to the cap, then absolute load, then id: no randomness anywhere. */
function better(a: Candidate, b: Candidate): boolean {
  const ra = a.row.loadCap === 0 ? Infinity : a.load / a.row.loadCap;
  const rb = b.row.loadCap === 0 ? Infinity : b.load / b.row.loadCap;
  if (ra !== rb) return ra < rb;
  if (a.load !== b.load) return a.load < b.load;
  return a.row.id < b.row.id;
}

/**
 * A deterministic greedy distribution: applications in ID order, each slot filled by the least
 * loaded eligible expert — preferring experts with expertise in the nomination, and under the
 * «one same-region expert» rule a same-region expert while the panel has none. Conflicts (ИНН,
 * forbidden region), duplicates, recusals and caps are never crossed; what cannot be filled is
 * reported with the reason.
 */
export function previewDistribution(
  ctx: StaffContext,
  stageId: string,
  request: DistributionPreviewRequest,
): DistributionPreview {
  const { db } = ctx;
  const stage = requireStage(db, stageId);
  // A closed stage gets an honest empty proposal (every application uncovered) rather than an error.
  const checker = new PairChecker(db, stage, 'read');
  const closed = stage.status === 'closed';
  // Screening is the organizer's own check: there is nothing to distribute.
  if (stage.kind === 'screening') {
    return { previewId: storePlan(db, stageId, []), pairs: [], loadByExpert: [], uncovered: [] };
  }
  const regionRule = checker.contest.settings.regionRule;
  const contestNominations = new Set(db.group('nominations', 'byContest', stage.contestId).map((n) => n.id));
  const wanted = request.nominationIds ?? [...contestNominations];
  throwIfInvalid(
    wanted.flatMap((id, i) =>
      contestNominations.has(id)
        ? []
        : [fieldError(`nominationIds.${i}`, 'notFound', 'Такой номинации нет в конкурсе')],
    ),
  );
  const nominationSet = new Set(wanted);
  const members = stageApplicationIds(db, stage);
  const apps: Application[] = [];
  for (const id of members) {
    const app = db.get('applications', id);
    if (app !== undefined && nominationSet.has(app.nominationId) && app.screening.status !== 'rejected')
      apps.push(app);
  }
  apps.sort((a, b) => compareApplicationIds(a.id, b.id));

  const candidates: Candidate[] = db
    .all('experts')
    .filter((e) => e.active)
    .map((row) => {
      const before = capacityLoad(db, row.id, stage);
      return {
        row,
        inns: new Set(row.affiliations.map((a) => a.inn.replace(/\D/g, ''))),
        before,
        load: before,
      };
    })
    .sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  const byId = new Map(candidates.map((c) => [c.row.id, c]));
  const pools = new Map<string, Candidate[]>();
  for (const c of candidates) {
    for (const n of c.row.expertiseNominationIds) {
      if (!nominationSet.has(n)) continue;
      const pool = pools.get(n);
      if (pool === undefined) pools.set(n, [c]);
      else pool.push(c);
    }
  }

  const existing = stagePairs(db, stage.id);
  const byApplication = new Map<string, { expertId: string; recused: boolean }[]>();
  for (const a of existing.values()) {
    const entry = { expertId: a.expertId, recused: a.status === 'recused' };
    const list = byApplication.get(a.applicationId);
    if (list === undefined) byApplication.set(a.applicationId, [entry]);
    else list.push(entry);
  }

  const pairs: AssignmentPair[] = [];
  const uncovered: UncoveredApplication[] = [];
  for (const app of apps) {
    const current = byApplication.get(app.id) ?? [];
    const taken = new Set(current.map((c) => c.expertId));
    const panelRegions = current
      .filter((c) => !c.recused)
      .map((c) => byId.get(c.expertId)?.row.region.code ?? db.get('experts', c.expertId)?.region.code);
    let need = request.expertsPerApplication - current.filter((c) => !c.recused).length;
    if (closed && need > 0) {
      uncovered.push({ applicationId: app.id, missing: need, reason: 'stageClosed' });
      continue;
    }
    const eligible = (c: Candidate): boolean =>
      !taken.has(c.row.id) &&
      c.load < c.row.loadCap &&
      !c.inns.has(app.organization.inn) &&
      !(regionRule === 'forbidSameRegion' && c.row.region.code === app.region.code);
    while (need > 0) {
      const needSameRegion = regionRule === 'requireOneSameRegion' && !panelRegions.includes(app.region.code);
      const sameRegion = (c: Candidate) => c.row.region.code === app.region.code;
      const pool = pools.get(app.nominationId) ?? [];
      const tiers: ((c: Candidate) => boolean)[] = needSameRegion ? [sameRegion, () => true] : [() => true];
      let pick: Candidate | undefined;
      for (const source of [pool, candidates]) {
        for (const tier of tiers) {
          for (const c of source)
            if (eligible(c) && tier(c) && (pick === undefined || better(c, pick))) pick = c;
          if (pick !== undefined) break;
        }
        if (pick !== undefined) break;
      }
      if (pick === undefined) {
        uncovered.push({
          applicationId: app.id,
          missing: need,
          reason: uncoveredReason(candidates, taken, app, regionRule),
        });
        break;
      }
      pick.load += 1;
      taken.add(pick.row.id);
      panelRegions.push(pick.row.region.code);
      pairs.push({ applicationId: app.id, expertId: pick.row.id });
      need -= 1;
    }
  }

  const loadByExpert: ExpertLoad[] = candidates
    .filter((c) => c.load !== c.before || c.row.expertiseNominationIds.some((n) => nominationSet.has(n)))
    .map((c) => ({
      expertId: c.row.id,
      fullName: c.row.fullName,
      before: c.before,
      after: c.load,
      cap: c.row.loadCap,
    }));
  const previewId = storePlan(db, stageId, pairs);
  return { previewId, pairs, loadByExpert, uncovered };
}

/** Why nobody could take the slot: stable codes the client translates. */
function uncoveredReason(
  candidates: readonly Candidate[],
  taken: ReadonlySet<string>,
  app: Application,
  regionRule: string,
): string {
  const free = candidates.filter((c) => !taken.has(c.row.id));
  if (free.length === 0) return 'noExperts';
  const unconflicted = free.filter(
    (c) =>
      !c.inns.has(app.organization.inn) &&
      !(regionRule === 'forbidSameRegion' && c.row.region.code === app.region.code),
  );
  return unconflicted.length === 0 ? 'conflicts' : 'capacity';
}

/** Applies a preview all or nothing: if anything changed so that a pair is no longer valid, nothing is created. */
export function commitDistribution(
  ctx: StaffContext,
  stageId: string,
  previewId: string,
): DistributionCommitResult {
  const stage = requireStage(ctx.db, stageId);
  const store = planStore(ctx.db);
  const plan = store.get(previewId);
  if (plan === undefined || plan.stageId !== stageId) {
    throw new ApiProblem(409, 'previewExpired', 'Предпросмотр устарел', {
      detail: 'Предпросмотр распределения не найден или уже применён. Постройте его заново.',
    });
  }
  const checker = new PairChecker(ctx.db, stage);
  const accepted: { app: Application; expertId: string }[] = [];
  const stale: string[] = [];
  for (const pair of plan.pairs) {
    const app = ctx.db.get('applications', pair.applicationId);
    const refusals = checker.refusals(app, ctx.db.get('experts', pair.expertId), pair.applicationId);
    if (app === undefined || refusals.length > 0) {
      stale.push(refusals[0]?.message ?? pairKey(pair.applicationId, pair.expertId));
      continue;
    }
    checker.accept(app.id, pair.expertId);
    accepted.push({ app, expertId: pair.expertId });
  }
  if (stale.length > 0) {
    throw new ApiProblem(409, 'previewExpired', 'Назначения изменились', {
      detail: `С момента предпросмотра ${stale.length} пар(ы) стали недопустимы (например: ${stale[0] ?? ''}). Постройте распределение заново.`,
    });
  }
  store.delete(previewId);
  for (const { app, expertId } of accepted)
    insertAssignment(ctx, stage, app, expertId, 'Автоматическое распределение');
  return { created: accepted.length };
}
