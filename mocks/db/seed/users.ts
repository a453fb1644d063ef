import type { Actor, Organization } from '@/api/schemas/common';
import type { ExpertRow, UserRow } from '../tables';
import { makeOrganization } from './organizations';
import { uniquePerson } from './people';
import type { Rng } from './random';
import { WeightedPicker } from './random';
import { REGION_WEIGHTS, regionByCode, toRegion } from './regions';
import type { RegionInfo } from './regions';
import type { ThemeId } from './theme-phrases';

export const DEMO_PASSWORD = 'demo';

/** The four accounts the login page lists; the same in every preset. */
export const NAMED_USERS = {
  organizer: { id: 'u-organizer', email: 'organizer@demo.ru', fullName: 'Ольга Николаевна Морозова' },
  coordinator: { id: 'u-coordinator', email: 'coordinator@demo.ru', fullName: 'Дмитрий Андреевич Волков' },
  chair: { id: 'u-chair', email: 'chair@demo.ru', fullName: 'Елена Викторовна Соколова' },
  expert: { id: 'u-expert', email: 'expert@demo.ru', fullName: 'Анна Сергеевна Иванова' },
} as const;

export const ORGANIZER_ACTOR: Actor = { id: NAMED_USERS.organizer.id, name: NAMED_USERS.organizer.fullName };
export const COORDINATOR_ACTOR: Actor = {
  id: NAMED_USERS.coordinator.id,
  name: NAMED_USERS.coordinator.fullName,
};

/** A fresh copy per row, so that no two rows share an object a handler might edit. */
export function actor(from: Actor): Actor {
  return { id: from.id, name: from.name };
}

/** Regions of the two named experts: far from Moscow, where most applications come from. */
export const NAMED_EXPERT_REGIONS = { expert: '52', chair: '78' } as const;

export function namedUserRows(): UserRow[] {
  const { organizer, coordinator, chair, expert } = NAMED_USERS;
  return [
    { ...organizer, password: DEMO_PASSWORD, roles: ['organizer'] },
    { ...coordinator, password: DEMO_PASSWORD, roles: ['coordinator'] },
    { ...chair, password: DEMO_PASSWORD, roles: ['expert', 'coordinator'] },
    { ...expert, password: DEMO_PASSWORD, roles: ['expert'] },
  ];
}

export interface NamedExpertOptions {
  expertise: { expert: string[]; chair: string[] };
  /** Declared ties; the demo gives the main expert one to an applicant, to show the conflict check. */
  affiliations: { expert: Organization[]; chair: Organization[] };
}

export function namedExpertRows(options: NamedExpertOptions): ExpertRow[] {
  const { chair, expert } = NAMED_USERS;
  return [
    {
      ...chair,
      region: toRegion(regionByCode(NAMED_EXPERT_REGIONS.chair)),
      affiliations: options.affiliations.chair,
      expertiseNominationIds: options.expertise.chair,
      loadCap: 40,
      active: true,
    },
    {
      ...expert,
      region: toRegion(regionByCode(NAMED_EXPERT_REGIONS.expert)),
      affiliations: options.affiliations.expert,
      expertiseNominationIds: options.expertise.expert,
      loadCap: 60,
      active: true,
    },
  ];
}

export interface GeneratedExpertsOptions {
  count: number;
  /** 'u-e01' or 'u-e0001': the width of the zero-padded number. */
  digits: number;
  /** Names already taken (the named accounts), kept unique across the preset. */
  usedNames: Set<string>;
  usedInn: Set<string>;
  /** Applicant organisations an expert may have declared ties to. */
  applicantOrganizations: readonly { org: Organization; regionCode: string }[];
  expertise: (rng: Rng, index: number) => string[];
  loadCap: (rng: Rng) => number;
}

const REGION_PICKER = new WeightedPicker<RegionInfo>(REGION_WEIGHTS);
const AFFILIATION_THEMES: readonly ThemeId[] = ['social', 'family', 'youth', 'education', 'culture', 'civil'];

/** Users and expert rows for the generated pool: `expert01@demo.ru`, `u-e01`, … */
export function generatedExperts(
  rng: Rng,
  options: GeneratedExpertsOptions,
): { users: UserRow[]; experts: ExpertRow[] } {
  const users: UserRow[] = [];
  const experts: ExpertRow[] = [];
  for (let i = 1; i <= options.count; i++) {
    const number = String(i).padStart(options.digits, '0');
    const id = `u-e${number}`;
    const email = `expert${number}@demo.ru`;
    const person = uniquePerson(rng, options.usedNames);
    const region = REGION_PICKER.pick(rng);
    const affiliations: Organization[] = [];
    const affiliationCount = rng.weighted([
      [0, 5],
      [1, 4],
      [2, 1],
    ] as const);
    for (let k = 0; k < affiliationCount; k++) {
      // Experts are drawn from the sector they judge, so some have ties to an applicant.
      const applicant = options.applicantOrganizations.length > 0 && rng.chance(0.35);
      if (applicant) {
        const { org } = rng.pick(options.applicantOrganizations);
        if (!affiliations.some((a) => a.inn === org.inn)) affiliations.push({ name: org.name, inn: org.inn });
      } else {
        affiliations.push(makeOrganization(rng, rng.pick(AFFILIATION_THEMES), region.code, options.usedInn));
      }
    }
    users.push({ id, email, password: DEMO_PASSWORD, fullName: person.fullName, roles: ['expert'] });
    experts.push({
      id,
      fullName: person.fullName,
      email,
      region: toRegion(region),
      affiliations,
      expertiseNominationIds: options.expertise(rng, i),
      loadCap: options.loadCap(rng),
      active: true,
    });
  }
  return { users, experts };
}
