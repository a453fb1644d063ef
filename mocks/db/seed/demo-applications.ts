import type { Application, ScreeningStatus } from '@/api/schemas/applications';
import type { Actor, Organization } from '@/api/schemas/common';
import {
  composeApplicationTexts,
  makeAttachment,
  makeAttachments,
  pickAmount,
  pickConfirmedByRegion,
  pickGrantor,
  pickParticipants,
  pickProjectDates,
} from './content';
import type { NominationSpec } from './contests';
import { SCREENING_REJECTIONS } from './generic-phrases';
import { applyHostileContent } from './hostile';
import { makeLegalInn } from './inn';
import type { HostileKind } from './hostile';
import type { ApplicationIds, IdSequence } from './ids';
import { makeOrganization } from './organizations';
import { familySurname, randomPerson, randomSurname } from './people';
import type { Rng } from './random';
import { WeightedPicker } from './random';
import { REGION_WEIGHTS, regionByCode, toRegion } from './regions';
import type { RegionInfo } from './regions';
import { DAY, HOUR, MINUTE, iso, toSecond } from './time';
import { actor } from './users';

/** The real application card from the project's seed documents, moved to the contest year. */
export const SEED_CARD_ID = '1645';

const PENDING_REASONS: readonly string[] = [
  'Запрошены уточнения по смете проекта, ожидается ответ заявителя.',
  'Ожидается подтверждение полномочий руководителя организации.',
  'Заявка поступила после закрытия технической экспертизы и рассматривается в индивидуальном порядке.',
];

export interface ScreeningWindow {
  importStart: number;
  decisionsFrom: number;
  decisionsTo: number;
}

export interface ContestApplicationsOptions {
  contestId: string;
  kind: 'grant' | 'prize';
  nominations: readonly NominationSpec[];
  year: number;
  window: ScreeningWindow;
  ids: ApplicationIds;
  fileIds: IdSequence;
  usedInn: Set<string>;
  organizer: Actor;
  /** Applications (by position in generation order) that must be admitted and outside `avoidRegion`. */
  designated: ReadonlyMap<number, HostileKind>;
  avoidRegion: string;
  screeningWeights: readonly (readonly [ScreeningStatus, number])[];
}

const REGION_PICKER = new WeightedPicker<RegionInfo>(REGION_WEIGHTS);
const PERSONS_CATEGORY = 'cat-prize-persons';

/** Applications of one contest, nominations interleaved as they arrive from the applicant platform. */
export function contestApplications(rng: Rng, options: ContestApplicationsOptions): Application[] {
  const slots = rng.shuffle(
    options.nominations.flatMap((spec) => Array.from({ length: spec.count }, () => spec)),
  );
  const orgsByRegion = new Map<string, Organization[]>();
  const applications: Application[] = [];
  const { window } = options;

  slots.forEach((spec, position) => {
    const hostile = options.designated.get(position);
    let region = REGION_PICKER.pick(rng);
    while (hostile !== undefined && region.code === options.avoidRegion) region = REGION_PICKER.pick(rng);
    const theme = rng.pick(spec.themes);

    const known = orgsByRegion.get(region.code) ?? [];
    const reuse = known.length > 0 && rng.chance(0.12);
    const organization = reuse
      ? { ...rng.pick(known) }
      : makeOrganization(rng, theme, region.code, options.usedInn);
    if (!reuse) orgsByRegion.set(region.code, [...known, { ...organization }]);

    const requestedAmount = pickAmount(rng);
    const participants = pickParticipants(rng, requestedAmount);
    const nominee = spec.categoryId === PERSONS_CATEGORY ? randomPerson(rng) : null;
    const texts = composeApplicationTexts(rng, theme, {
      where: rng.chance(0.7) ? ` ${region.locative}` : '',
      city: region.capital,
      year: options.year,
      participants,
      person: nominee === null ? '' : `${nominee.first} ${nominee.surname}`,
      family: nominee === null ? '' : familySurname(randomSurname(rng)),
    });
    const dates = rng.chance(0.97) ? pickProjectDates(rng, options.year) : { startDate: null, endDate: null };
    const grantor =
      options.kind === 'prize' && rng.chance(0.4)
        ? 'Собственные средства организации и пожертвования'
        : pickGrantor(rng, theme, region);

    const importedAt = toSecond(window.importStart + position * 9 * MINUTE + rng.int(0, 8 * MINUTE));
    const status = hostile !== undefined ? 'admitted' : rng.weighted(options.screeningWeights);
    const decidedAt =
      status === 'pending' ? null : toSecond(rng.int(window.decisionsFrom, window.decisionsTo));
    const reason =
      status === 'rejected'
        ? rng.pick(SCREENING_REJECTIONS)
        : status === 'pending'
          ? rng.pick(PENDING_REASONS)
          : null;

    const app: Application = {
      id: options.ids.next(),
      contestId: options.contestId,
      nominationId: spec.id,
      title: texts.title,
      organization,
      region: toRegion(region),
      startDate: dates.startDate,
      endDate: dates.endDate,
      goals: texts.goals,
      targetAudience: texts.targetAudience,
      summary: texts.summary,
      grantor,
      requestedAmount,
      participantsCount: participants,
      qualitativeResults: texts.qualitativeResults,
      confirmedByRegion: pickConfirmedByRegion(rng),
      attachments: makeAttachments(rng, () => options.fileIds.next()),
      screening: {
        status,
        reason,
        decidedBy: decidedAt === null ? null : actor(options.organizer),
        decidedAt: decidedAt === null ? null : iso(decidedAt),
      },
      importedAt: iso(importedAt),
      updatedAt: iso(decidedAt ?? importedAt),
    };
    if (hostile !== undefined) applyHostileContent(app, hostile, () => options.fileIds.next());
    applications.push(app);
  });
  return applications;
}

/** The seed card verbatim (only the year moved), with an ИНН valid for a Moscow organisation. */
export function seedCardApplication(
  rng: Rng,
  options: {
    contestId: string;
    nominationId: string;
    year: number;
    window: ScreeningWindow;
    fileIds: IdSequence;
    usedInn: Set<string>;
    organizer: Actor;
  },
): Application {
  const moscow = regionByCode('77');
  const importedAt = options.window.importStart + 3 * HOUR;
  const decidedAt = options.window.decisionsFrom + 2 * DAY;
  return {
    id: SEED_CARD_ID,
    contestId: options.contestId,
    nominationId: options.nominationId,
    title: `Клуб неравнодушных - ${options.year} "Тверская, 21"`,
    organization: {
      name: 'АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ПО РАЗВИТИЮ СОЦИАЛЬНОЙ АКТИВНОСТИ И СОЦИАЛЬНЫХ КОММУНИКАЦИЙ «АГЕНТСТВО СОЦИАЛЬНЫХ ТЕХНОЛОГИЙ И КОММУНИКАЦИЙ»',
      inn: makeLegalInn(rng, moscow.code, options.usedInn),
    },
    region: toRegion(moscow),
    startDate: `${options.year}-01-01`,
    endDate: `${options.year}-12-31`,
    goals:
      'Создание и внедрение актуальных моделей взаимодействия музейных организаций и СО НКО для усиления их роли в гражданско-патриотическом воспитании детей и молодежи г. Москвы. Расширение взаимодействия между обществом, музеями и СО НКО г. Москвы; - создание общего культурного пространства музеев и СО НКО г. Москвы; - усиление роли российских музеев в гражданско-патриотическом воспитании детей и молодежи г. Москвы; - создание и распространение новых практик совместной работы музейных организаций и СО НКО г. Москвы; -развитие форм гражданско-патриотического воспитания, исторического образования детей и молодежи.',
    targetAudience:
      'Специалисты профильных СО НКО г. Москвы; Специалисты музейных организаций г. Москвы; Представители НКО – доноров зарегистрированных на территории Москвы; Представители Общероссийских НКО, зарегистрированные на территории Москвы; Молодые москвичи в возрасте 14 – 35 лет',
    summary:
      'В рамках реализации проекта музейные организации и заинтересованные СО НКО смогут разнообразить практики работы с наследием, аудиториями, территориями и местными сообществами, коммерческими и некоммерческими организациями. Участники проекта выйдут за рамки традиционной музейной деятельности, освоят новые подходы к работе, совмещающие предметные знания с гибкими социальными навыками. Это послужит развитию стратегического видения и повышению эффективности управления музеями, развитию деятельности СО НКО, научит более продуктивно взаимодействовать с заинтересованными в принятии тех или иных решений организациями. Произойдут качественные изменения в системе гражданско-патриотического воспитания молодых москвичей через культурно-досуговую деятельность.',
    grantor: 'Конкурс Грантов Мэра Москвы для социально-ориентированных НКО',
    requestedAmount: 2_691_000,
    participantsCount: 2200,
    qualitativeResults:
      'Объединение опыта и ресурсов НКО и музейных организаций Москвы для достижения социальных результатов, Создание нетворкинг-пространства НКО, власти и бизнеса Москвы, Формирование устойчивости взаимодействия московских музеев с НКО и организациями бизнеса, Повышение квалификации специалистов музеев и НКО Москвы',
    confirmedByRegion: null,
    attachments: [
      makeAttachment(options.fileIds.next(), 'Смета проекта.xlsx', 64_512),
      makeAttachment(options.fileIds.next(), 'Календарный план.xlsx', 31_744),
      makeAttachment(options.fileIds.next(), 'Письмо поддержки.pdf', 482_133),
    ],
    screening: {
      status: 'admitted',
      reason: null,
      decidedBy: actor(options.organizer),
      decidedAt: iso(decidedAt),
    },
    importedAt: iso(importedAt),
    updatedAt: iso(decidedAt),
  };
}
