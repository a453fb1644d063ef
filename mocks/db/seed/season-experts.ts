import type { Application } from '@/api/schemas/applications';
import type { ExpertRow, UserRow } from '../tables';
import type { NominationSpec } from './contests';
import { makeOrganization } from './organizations';
import type { Rng } from './random';
import { proportionalSplit, seasonConflict } from './season-panels';
import type { SeasonExpert } from './season-panels';
import { NAMED_EXPERT_REGIONS, NAMED_USERS, generatedExperts, namedExpertRows, namedUserRows } from './users';

export const SEASON_EXPERT_COUNT = 1000;
/** Sheet-bearing queues of the two named experts. */
const EXPERT_QUEUE = { nominationId: 'nom-s-family', size: 40 } as const;
const CHAIR_QUEUE = { nominationId: 'nom-s-memory', size: 30 } as const;

export interface SeasonPeople {
  users: UserRow[];
  experts: ExpertRow[];
  /** Same order as `experts`; `index` is the position. */
  states: SeasonExpert[];
  mainExpert: SeasonExpert;
  chair: SeasonExpert;
  /** Pool experts by their primary nomination, shuffled. */
  pools: Map<string, SeasonExpert[]>;
  /** Application ID → named experts already on its panel. */
  preassigned: Map<string, SeasonExpert[]>;
}

function toSeasonExpert(row: ExpertRow, index: number): SeasonExpert {
  return {
    row,
    index,
    regionCode: row.region.code,
    affiliationInns: new Set(row.affiliations.map((a) => a.inn)),
  };
}

/** The first `size` applications of a nomination the expert may evaluate. */
function queueFor(
  apps: readonly Application[],
  expert: SeasonExpert,
  nominationId: string,
  size: number,
): Application[] {
  const out: Application[] = [];
  for (const app of apps) {
    if (out.length === size) break;
    if (app.nominationId === nominationId && !seasonConflict(expert, app)) out.push(app);
  }
  return out;
}

/**
 * 1,000 pool experts split over the nominations in proportion to their applications, plus the
 * named accounts with fixed queues; the main expert declares a tie to one applicant.
 */
export function seasonPeople(
  rng: Rng,
  applications: readonly Application[],
  nominations: readonly NominationSpec[],
  usedInn: Set<string>,
): SeasonPeople {
  const tie = applications.find((a) => a.nominationId === EXPERT_QUEUE.nominationId);
  const namedRows = namedExpertRows({
    expertise: { expert: ['nom-s-family', 'nom-s-youth'], chair: ['nom-s-memory', 'nom-s-culture'] },
    affiliations: {
      expert: tie === undefined ? [] : [{ name: tie.organization.name, inn: tie.organization.inn }],
      chair: [makeOrganization(rng, 'memory', NAMED_EXPERT_REGIONS.chair, usedInn)],
    },
  });
  const split = proportionalSplit(
    SEASON_EXPERT_COUNT,
    nominations.map((s) => s.count),
  );
  const primaryOf: string[] = [];
  nominations.forEach((spec, i) => {
    for (let k = 0; k < (split[i] ?? 0); k++) primaryOf.push(spec.id);
  });
  const generated = generatedExperts(rng, {
    count: SEASON_EXPERT_COUNT,
    digits: 4,
    usedNames: new Set(Object.values(NAMED_USERS).map((u) => u.fullName)),
    usedInn,
    applicantOrganizations: rng
      .sample(applications, 3000)
      .map((a) => ({ org: a.organization, regionCode: a.region.code })),
    expertise: (r, i) => {
      const primary = primaryOf[i - 1] ?? 'nom-s-social';
      const second = r.pick(nominations).id;
      return r.chance(0.4) && second !== primary ? [primary, second] : [primary];
    },
    loadCap: (r) => r.int(28, 32) * 5,
  });

  const experts = [...namedRows, ...generated.experts];
  const states = experts.map(toSeasonExpert);
  const [chair, mainExpert] = states as [SeasonExpert, SeasonExpert];
  const pools = new Map<string, SeasonExpert[]>();
  states.slice(namedRows.length).forEach((e, i) => {
    const nominationId = primaryOf[i] ?? 'nom-s-social';
    const pool = pools.get(nominationId);
    if (pool === undefined) pools.set(nominationId, [e]);
    else pool.push(e);
  });
  for (const [nominationId, pool] of pools)
    pools.set(nominationId, rng.fork(`pool-${nominationId}`).shuffle(pool));

  const preassigned = new Map<string, SeasonExpert[]>();
  const queues = [
    [queueFor(applications, mainExpert, EXPERT_QUEUE.nominationId, EXPERT_QUEUE.size), mainExpert],
    [queueFor(applications, chair, CHAIR_QUEUE.nominationId, CHAIR_QUEUE.size), chair],
  ] as const;
  for (const [apps, expert] of queues) {
    for (const app of apps) {
      const panel = preassigned.get(app.id);
      if (panel === undefined) preassigned.set(app.id, [expert]);
      else panel.push(expert);
    }
  }
  return {
    users: [...namedUserRows(), ...generated.users],
    experts,
    states,
    mainExpert,
    chair,
    pools,
    preassigned,
  };
}
