import type {
  Category,
  ContestSettings,
  DeadlineExtension,
  Nomination,
  Stage,
  StageStatus,
} from '@/api/schemas/contests';
import { GRANT_RELEVANCE_ID, PRIZE_SIGNIFICANCE_ID } from './criteria';
import type { ThemeId } from './theme-phrases';
import { iso } from './time';

export interface CategorySpec {
  id: string;
  title: string;
}

export interface NominationSpec {
  id: string;
  categoryId: string;
  title: string;
  description: string;
  /** Themes the applications' texts are drawn from. */
  themes: readonly ThemeId[];
  /** How many applications the preset generates in it. */
  count: number;
}

export const GRANT_CATEGORIES: readonly CategorySpec[] = [
  { id: 'cat-grant-social', title: 'Социальная сфера' },
  { id: 'cat-grant-culture', title: 'Культура и историческая память' },
];

/** Directions of the Presidential Grants Fund, shortened as contest regulations list them. */
export const GRANT_NOMINATIONS: readonly NominationSpec[] = [
  {
    id: 'nom-grant-social',
    categoryId: 'cat-grant-social',
    title: 'Социальное обслуживание и поддержка граждан',
    description:
      'Социальное обслуживание, социальная поддержка и защита граждан, в том числе пожилых людей и людей с инвалидностью.',
    themes: ['social'],
    count: 50,
  },
  {
    id: 'nom-grant-health',
    categoryId: 'cat-grant-social',
    title: 'Охрана здоровья и здоровый образ жизни',
    description:
      'Охрана здоровья граждан, профилактика заболеваний, паллиативная помощь, пропаганда здорового образа жизни.',
    themes: ['health'],
    count: 35,
  },
  {
    id: 'nom-grant-family',
    categoryId: 'cat-grant-social',
    title: 'Поддержка семьи, материнства и детства',
    description: 'Поддержка семьи, материнства, отцовства и детства, профилактика социального сиротства.',
    themes: ['family'],
    count: 45,
  },
  {
    id: 'nom-grant-youth',
    categoryId: 'cat-grant-social',
    title: 'Поддержка молодёжных проектов',
    description:
      'Проекты, направленные на развитие гражданской активности, творчества и профессионального самоопределения молодёжи.',
    themes: ['youth'],
    count: 45,
  },
  {
    id: 'nom-grant-memory',
    categoryId: 'cat-grant-culture',
    title: 'Сохранение исторической памяти',
    description:
      'Сохранение исторической памяти, поисковая и краеведческая работа, гражданско-патриотическое воспитание.',
    themes: ['memory'],
    count: 35,
  },
  {
    id: 'nom-grant-culture',
    categoryId: 'cat-grant-culture',
    title: 'Развитие культуры и искусства',
    description:
      'Проекты в области культуры и искусства, доступ жителей к культурным благам, народные промыслы.',
    themes: ['culture'],
    count: 40,
  },
];

export const PRIZE_CATEGORIES: readonly CategorySpec[] = [
  { id: 'cat-prize-persons', title: 'Личности' },
  { id: 'cat-prize-organizations', title: 'Организации' },
  { id: 'cat-prize-territories', title: 'Территории' },
];

export const PRIZE_NOMINATIONS: readonly NominationSpec[] = [
  {
    id: 'nom-prize-family',
    categoryId: 'cat-prize-persons',
    title: 'Добрая семья',
    description:
      'Семьи, которые вместе занимаются добровольчеством и помогают другим. Специальная номинация в честь Года семьи.',
    themes: ['family'],
    count: 20,
  },
  {
    id: 'nom-prize-volunteer',
    categoryId: 'cat-prize-persons',
    title: 'Волонтёр года',
    description: 'Добровольцы, чьи общественно значимые поступки и проекты изменили жизнь людей вокруг.',
    themes: ['volunteer'],
    count: 22,
  },
  {
    id: 'nom-prize-mentor',
    categoryId: 'cat-prize-persons',
    title: 'Наставник',
    description: 'Практики наставничества: люди, которые помогают другим найти свой путь.',
    themes: ['mentor'],
    count: 16,
  },
  {
    id: 'nom-prize-nko',
    categoryId: 'cat-prize-organizations',
    title: 'НКО года',
    description:
      'Некоммерческие организации с устойчивыми социальными проектами и подтверждёнными результатами.',
    themes: ['social', 'health', 'family', 'youth', 'education', 'culture', 'memory', 'ecology', 'civil'],
    count: 22,
  },
  {
    id: 'nom-prize-business',
    categoryId: 'cat-prize-organizations',
    title: 'Бизнес: социальная ответственность',
    description:
      'Программы корпоративной социальной ответственности, устойчивого развития и корпоративного добровольчества.',
    themes: ['business'],
    count: 12,
  },
  {
    id: 'nom-prize-region',
    categoryId: 'cat-prize-territories',
    title: 'Регион добрых дел',
    description: 'Комплексные региональные программы развития добровольчества, НКО и благотворительности.',
    themes: ['territory'],
    count: 12,
  },
  {
    id: 'nom-prize-municipal',
    categoryId: 'cat-prize-territories',
    title: 'Муниципальная практика',
    description: 'Муниципальные практики поддержки добровольчества и гражданских инициатив.',
    themes: ['territory', 'civil'],
    count: 16,
  },
];

export const SEASON_CATEGORIES: readonly CategorySpec[] = [
  { id: 'cat-season-social', title: 'Социальная сфера' },
  { id: 'cat-season-culture', title: 'Образование, культура и память' },
  { id: 'cat-season-civil', title: 'Гражданское общество' },
];

function seasonNomination(
  id: string,
  categoryId: string,
  title: string,
  theme: ThemeId,
  count: number,
): NominationSpec {
  return {
    id,
    categoryId,
    title,
    description: `Направление конкурса: ${title.toLowerCase()}.`,
    themes: [theme],
    count,
  };
}

/** The twelve Presidential Grants Fund directions; counts sum to the season's 40,000. */
export const SEASON_NOMINATIONS: readonly NominationSpec[] = [
  seasonNomination(
    'nom-s-social',
    'cat-season-social',
    'Социальное обслуживание, социальная поддержка и защита граждан',
    'social',
    6000,
  ),
  seasonNomination(
    'nom-s-health',
    'cat-season-social',
    'Охрана здоровья граждан, пропаганда здорового образа жизни',
    'health',
    3500,
  ),
  seasonNomination(
    'nom-s-family',
    'cat-season-social',
    'Поддержка семьи, материнства, отцовства и детства',
    'family',
    5000,
  ),
  seasonNomination('nom-s-youth', 'cat-season-social', 'Поддержка молодёжных проектов', 'youth', 4500),
  seasonNomination(
    'nom-s-education',
    'cat-season-culture',
    'Поддержка проектов в области науки, образования, просвещения',
    'education',
    4000,
  ),
  seasonNomination(
    'nom-s-culture',
    'cat-season-culture',
    'Поддержка проектов в области культуры и искусства',
    'culture',
    3500,
  ),
  seasonNomination('nom-s-memory', 'cat-season-culture', 'Сохранение исторической памяти', 'memory', 3000),
  seasonNomination(
    'nom-s-rights',
    'cat-season-civil',
    'Защита прав и свобод человека и гражданина',
    'rights',
    2000,
  ),
  seasonNomination(
    'nom-s-ecology',
    'cat-season-civil',
    'Охрана окружающей среды и защита животных',
    'ecology',
    2500,
  ),
  seasonNomination(
    'nom-s-interethnic',
    'cat-season-civil',
    'Укрепление межнационального и межрелигиозного согласия',
    'interethnic',
    1800,
  ),
  seasonNomination(
    'nom-s-diplomacy',
    'cat-season-civil',
    'Развитие общественной дипломатии и поддержка соотечественников',
    'diplomacy',
    1700,
  ),
  seasonNomination(
    'nom-s-civil',
    'cat-season-civil',
    'Развитие институтов гражданского общества',
    'civil',
    2500,
  ),
];

export const DRAFT_CATEGORIES: readonly CategorySpec[] = [
  { id: 'cat-draft-main', title: 'Инициативы жителей' },
];

export const DRAFT_NOMINATIONS: readonly NominationSpec[] = [
  {
    id: 'nom-draft-neighbours',
    categoryId: 'cat-draft-main',
    title: 'Благоустройство и соседские сообщества',
    description: 'Небольшие инициативы жителей по благоустройству дворов и развитию соседских сообществ.',
    themes: ['civil'],
    count: 0,
  },
  {
    id: 'nom-draft-youth',
    categoryId: 'cat-draft-main',
    title: 'Молодёжные инициативы',
    description: 'Инициативы молодёжных групп до 35 лет.',
    themes: ['youth'],
    count: 0,
  },
];

export function categoryRows(contestId: string, specs: readonly CategorySpec[]): Category[] {
  return specs.map((spec, order) => ({ id: spec.id, contestId, title: spec.title, order }));
}

export function nominationRows(contestId: string, specs: readonly NominationSpec[]): Nomination[] {
  return specs.map((spec, order) => ({
    id: spec.id,
    contestId,
    categoryId: spec.categoryId,
    title: spec.title,
    description: spec.description,
    order,
    criteriaSetId: null,
  }));
}

/** The Presidential Grants Fund's practice: three experts, a required justification, blind to the end. */
export function grantSettings(): ContestSettings {
  return {
    aggregationMethod: 'mean',
    divergence: { totalSpreadPercent: 30, criterionSpreadPoints: 6 },
    blindReview: { revealAfterSubmission: false },
    defaultCommentRule: { mode: 'whenBelowMax', minLength: 30 },
    regionRule: 'forbidSameRegion',
    tieBreak: [
      { kind: 'criterion', criterionId: GRANT_RELEVANCE_ID },
      { kind: 'earlierSubmission' },
      { kind: 'applicationId' },
    ],
    expertsPerApplication: 3,
    overallRecommendation: true,
    overallComment: 'required',
    overallCommentMinLength: 50,
  };
}

export function prizeSettings(): ContestSettings {
  return {
    aggregationMethod: 'mean',
    divergence: { totalSpreadPercent: 30, criterionSpreadPoints: 6 },
    blindReview: { revealAfterSubmission: true },
    defaultCommentRule: { mode: 'whenBelowMax', minLength: 30 },
    regionRule: 'none',
    tieBreak: [
      { kind: 'criterion', criterionId: PRIZE_SIGNIFICANCE_ID },
      { kind: 'earlierSubmission' },
      { kind: 'applicationId' },
    ],
    expertsPerApplication: 2,
    overallRecommendation: true,
    overallComment: 'optional',
    overallCommentMinLength: 0,
  };
}

export function draftSettings(): ContestSettings {
  return {
    aggregationMethod: 'median',
    divergence: { totalSpreadPercent: 30, criterionSpreadPoints: null },
    blindReview: { revealAfterSubmission: false },
    defaultCommentRule: { mode: 'whenBelowMax', minLength: 30 },
    regionRule: 'none',
    tieBreak: [{ kind: 'earlierSubmission' }, { kind: 'applicationId' }],
    expertsPerApplication: 2,
    overallRecommendation: false,
    overallComment: 'optional',
    overallCommentMinLength: 0,
  };
}

export interface StagePlan {
  id: string;
  kind: Stage['kind'];
  title: string;
  status: StageStatus;
  startsAt: string | null;
  deadline: string | null;
  criteriaSetId: string | null;
  structureFrozen: boolean;
  extensions: DeadlineExtension[];
}

/** A stage plan with the usual defaults: no criteria set, not frozen, no extensions. */
export function stagePlan(
  id: string,
  kind: Stage['kind'],
  title: string,
  status: StageStatus,
  [startsAt, deadline]: readonly [number, number],
  extra: Partial<Pick<StagePlan, 'criteriaSetId' | 'structureFrozen' | 'extensions'>> = {},
): StagePlan {
  return {
    id,
    kind,
    title,
    status,
    startsAt: iso(startsAt),
    deadline: iso(deadline),
    criteriaSetId: extra.criteriaSetId ?? null,
    structureFrozen: extra.structureFrozen ?? false,
    extensions: extra.extensions ?? [],
  };
}

export function stageRows(contestId: string, plans: readonly StagePlan[]): Stage[] {
  return plans.map((plan, order) => ({
    id: plan.id,
    contestId,
    kind: plan.kind,
    title: plan.title,
    order,
    status: plan.status,
    startsAt: plan.startsAt,
    deadline: plan.deadline,
    criteriaSetId: plan.criteriaSetId,
    structureFrozen: plan.structureFrozen,
    extensions: plan.extensions,
  }));
}

export const PRIZE_DESCRIPTION =
  'Международная Премия #МЫВМЕСТЕ проводится по поручению Президента России и поддерживает лидеров социальных преобразований. ' +
  'Национальный трек включает категории «Личности», «Организации» и «Территории»: заявлять можно проекты, общественно значимые поступки, практики меценатства и наставничества, ' +
  'а муниципалитеты и регионы представляют комплексные программы развития добровольчества, некоммерческого сектора и благотворительности. ' +
  'Оценка заявок цифровизирована и проходит в личных кабинетах экспертов.';

export const GRANT_DESCRIPTION =
  'Конкурс на предоставление грантов социально ориентированным некоммерческим организациям. ' +
  'Каждую заявку, прошедшую техническую экспертизу, независимо оценивают три эксперта по десяти критериям; ' +
  'эксперт не оценивает заявки из своего региона и организаций, с которыми связан. ' +
  'Снижение балла по критерию обосновывается комментарием.';

export const SEASON_DESCRIPTION =
  'Национальный конкурс грантов для СО НКО по двенадцати направлениям: полный сезон для проверки производительности. ' +
  'Каждую заявку оценивают три эксперта по десяти критериям.';

export const DRAFT_DESCRIPTION =
  'Конкурс малых грантов для инициативных групп жителей. Черновик: положение, номинации и критерии ещё настраиваются.';
