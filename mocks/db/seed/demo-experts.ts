import type { Application } from '@/api/schemas/applications';
import type { Organization } from '@/api/schemas/common';
import type { ExpertRow, UserRow } from '../tables';
import type { ExpertState } from './demo-panels';
import { makeOrganization } from './organizations';
import type { Rng } from './random';
import { generatedExperts, NAMED_EXPERT_REGIONS, NAMED_USERS, namedExpertRows, namedUserRows } from './users';

export const DEMO_EXPERT_COUNT = 30;

/**
 * Scoring habits that give the coordinator's quality signals something to find: one lenient and
 * one harsh outlier, two careless experts who straight-line and rush, one who is merely quick.
 */
const HABITS: Readonly<Record<string, Partial<Pick<ExpertState, 'leniency' | 'straightRate' | 'fastRate'>>>> =
  {
    'u-e03': { leniency: 0.14 },
    'u-e17': { leniency: -0.16 },
    'u-e11': { straightRate: 0.3, fastRate: 0.35 },
    'u-e23': { straightRate: 0.25, fastRate: 0.3 },
    'u-e08': { fastRate: 0.2 },
  };

export interface DemoPeople {
  users: UserRow[];
  experts: ExpertRow[];
  states: ExpertState[];
  named: { expert: ExpertState; chair: ExpertState };
  pool: ExpertState[];
}

export function demoPeople(
  rng: Rng,
  options: {
    grantApplications: readonly Application[];
    prizeApplications: readonly Application[];
    grantNominationIds: readonly string[];
    prizeNominationIds: readonly string[];
    /** An applicant the main expert declared a tie to: shows the conflict check refusing it. */
    expertAffiliation: Organization;
    usedInn: Set<string>;
  },
): DemoPeople {
  const usedNames = new Set<string>(Object.values(NAMED_USERS).map((u) => u.fullName));
  const chairAffiliation = makeOrganization(rng, 'culture', NAMED_EXPERT_REGIONS.chair, options.usedInn);
  const namedExperts = namedExpertRows({
    expertise: {
      expert: [
        'nom-grant-family',
        'nom-grant-youth',
        'nom-grant-social',
        'nom-prize-volunteer',
        'nom-prize-family',
      ],
      chair: ['nom-grant-memory', 'nom-grant-culture', 'nom-prize-nko'],
    },
    affiliations: {
      expert: [{ name: options.expertAffiliation.name, inn: options.expertAffiliation.inn }],
      chair: [chairAffiliation],
    },
  });
  const applicants = [...options.grantApplications, ...options.prizeApplications].map((a) => ({
    org: a.organization,
    regionCode: a.region.code,
  }));
  const generated = generatedExperts(rng, {
    count: DEMO_EXPERT_COUNT,
    digits: 2,
    usedNames,
    usedInn: options.usedInn,
    applicantOrganizations: applicants,
    expertise: (r) => [
      ...r.sample(options.grantNominationIds, r.int(2, 3)),
      ...r.sample(options.prizeNominationIds, r.int(1, 2)),
    ],
    loadCap: (r) => r.int(4, 12) * 5,
  });

  const experts = [...namedExperts, ...generated.experts];
  const states = experts.map((row, index): ExpertState => {
    const named = row.id === NAMED_USERS.expert.id || row.id === NAMED_USERS.chair.id;
    const habits = HABITS[row.id] ?? {};
    return {
      row,
      index,
      actor: { id: row.id, name: row.fullName },
      affiliationInns: new Set(row.affiliations.map((a) => a.inn)),
      expertise: new Set(row.expertiseNominationIds),
      load: 0,
      leniency: habits.leniency ?? (named ? 0.02 : (rng.next() - 0.5) * 0.12),
      straightRate: habits.straightRate ?? (named ? 0 : 0.01),
      fastRate: habits.fastRate ?? (named ? 0 : 0.01),
      named,
    };
  });
  const byId = (id: string): ExpertState => {
    const state = states.find((s) => s.row.id === id);
    if (state === undefined) throw new Error(`No expert ${id}`);
    return state;
  };
  return {
    users: [...namedUserRows(), ...generated.users],
    experts,
    states,
    named: { expert: byId(NAMED_USERS.expert.id), chair: byId(NAMED_USERS.chair.id) },
    pool: states.filter((s) => !s.named),
  };
}
