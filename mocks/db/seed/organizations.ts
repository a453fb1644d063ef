import type { Organization } from '@/api/schemas/common';
import {
  BUSINESS_CORES,
  FUND_PURPOSES,
  MUNICIPAL_INSTITUTIONS,
  MUNICIPALITY_KINDS,
  MUNICIPALITY_STEMS,
  ORG_CORES,
} from './generic-phrases';
import { makeLegalInn } from './inn';
import type { Rng } from './random';
import { THEMES } from './theme-phrases';
import type { ThemeId } from './theme-phrases';

type NameForm = (rng: Rng, activity: string) => string;

const core = (rng: Rng): string => `«${rng.pick(ORG_CORES)}»`;

/** Weighted by how often each legal form shows up among applicants to Russian NGO contests. */
const NGO_FORMS: readonly (readonly [NameForm, number])[] = [
  [(rng) => `АНО ${core(rng)}`, 20],
  [(rng, activity) => `АНО ${activity} ${core(rng)}`, 14],
  [(rng, activity) => `Автономная некоммерческая организация ${activity} ${core(rng)}`, 6],
  [(rng) => `Благотворительный фонд ${core(rng)}`, 10],
  [(rng) => `Благотворительный фонд ${rng.pick(FUND_PURPOSES)} ${core(rng)}`, 6],
  [(rng) => `БФ ${core(rng)}`, 3],
  [(rng, activity) => `РОО ${activity} ${core(rng)}`, 8],
  [(rng) => `Региональная общественная организация ${core(rng)}`, 4],
  [(rng) => `МОО ${core(rng)}`, 4],
  [(rng, activity) => `Местная общественная организация ${activity} ${core(rng)}`, 2],
  [(rng) => `Ассоциация ${core(rng)}`, 3],
  [(rng) => `Некоммерческое партнёрство ${core(rng)}`, 2],
  [(rng) => `ТОС ${core(rng)}`, 2],
  // Registry extracts print the full name in capitals, as the seed card shows.
  [(rng, activity) => `АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ${activity} ${core(rng)}`.toUpperCase(), 4],
];

const BUSINESS_FORMS: readonly (readonly [NameForm, number])[] = [
  [(rng) => `ООО «${rng.pick(BUSINESS_CORES)}»`, 6],
  [(rng) => `АО «${rng.pick(BUSINESS_CORES)}»`, 4],
  [(rng) => `ПАО «${rng.pick(BUSINESS_CORES)}»`, 1],
  [(rng) => `Благотворительный фонд компании «${rng.pick(BUSINESS_CORES)}»`, 2],
];

const municipality = (rng: Rng): string => `${rng.pick(MUNICIPALITY_STEMS)} ${rng.pick(MUNICIPALITY_KINDS)}`;
/** A youth centre is «Импульс», not «Агентство социальных технологий»: only short, name-like cores. */
const PLAIN_CORES = ORG_CORES.filter((c) => !/^(Агентство|Центр|Ресурсный|Лаборатория|Школа)/.test(c));
const institution = (rng: Rng): string =>
  rng.pick(MUNICIPAL_INSTITUTIONS).replace('{core}', rng.pick(PLAIN_CORES));

const TERRITORY_FORMS: readonly (readonly [NameForm, number])[] = [
  [(rng) => `Администрация ${municipality(rng)}`, 5],
  [(rng) => `МБУ «${institution(rng)}»`, 4],
  [(rng) => `МАУ «${institution(rng)}»`, 2],
  [(rng) => `МБУ «${institution(rng)}» ${municipality(rng)}`, 2],
  [() => 'ГБУ «Ресурсный центр добровольчества»', 1],
];

export function organizationName(rng: Rng, theme: ThemeId): string {
  if (theme === 'business') return rng.weighted(BUSINESS_FORMS)(rng, '');
  if (theme === 'territory') return rng.weighted(TERRITORY_FORMS)(rng, '');
  const activities = THEMES[theme].orgActivities;
  const activity = activities.length > 0 ? rng.pick(activities) : 'социальных программ';
  return rng.weighted(NGO_FORMS)(rng, activity);
}

/** A new organisation registered in `regionCode`, with an ИНН unique within `usedInn`. */
export function makeOrganization(
  rng: Rng,
  theme: ThemeId,
  regionCode: string,
  usedInn: Set<string>,
): Organization {
  const name = organizationName(rng, theme);
  return { name, inn: makeLegalInn(rng, regionCode, usedInn) };
}
