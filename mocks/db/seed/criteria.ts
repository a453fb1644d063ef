import type { CommentRule, Criterion } from '@/api/schemas/criteria';
import type { CommentTopic } from './comment-phrases';

/** The criterion the grant tie-break looks at first, as the Presidential Grants Fund ranks. */
export const GRANT_RELEVANCE_ID = 'cr-g-relevance';
export const PRIZE_SIGNIFICANCE_ID = 'cr-p-significance';

interface CriterionSpec {
  id: string;
  title: string;
  description: string;
  weight: number;
  comment: CommentRule;
  /** Descriptor texts in band order; bands come from the set's scale. */
  bands: readonly string[];
  topic: CommentTopic | null;
}

const BELOW_MAX: CommentRule = { mode: 'whenBelowMax', minLength: 30 };

/**
 * Modelled on the Presidential Grants Fund's ten criteria. Weights sum to 10 so that the maximum
 * total is 100 and a total reads as a percentage.
 */
const GRANT_SPECS: readonly CriterionSpec[] = [
  {
    id: GRANT_RELEVANCE_ID,
    title: 'Актуальность и социальная значимость проекта',
    description:
      'Оценивается, насколько убедительно обоснована проблема, на решение которой направлен проект, её значимость для целевой группы и территории реализации. Учитываются статистика, исследования, обращения благополучателей и соответствие проекта приоритетам конкурса.',
    weight: 2,
    comment: { mode: 'always', minLength: 50 },
    bands: [
      'не раскрыто: проблема не описана или описана общими фразами, без связи с целевой группой и территорией',
      'обосновано частично: проблема названа, но не подтверждена данными, значимость для целевой группы вызывает сомнения',
      'проблема описана конкретно и подтверждена данными, но масштаб, причины или существующие решения раскрыты недостаточно',
      'проблема чётко сформулирована, подкреплена актуальными данными и запросом целевой группы, проект отвечает приоритетам конкурса',
    ],
    topic: 'relevance',
  },
  {
    id: 'cr-g-logic',
    title: 'Логическая связность и реализуемость проекта',
    description:
      'Оценивается соответствие мероприятий проекта его цели, задачам и ожидаемым результатам, реалистичность календарного плана и наличие ресурсов для выполнения каждого этапа.',
    weight: 1.5,
    comment: BELOW_MAX,
    bands: [
      'цель, задачи и мероприятия не связаны между собой, календарный план отсутствует или нереалистичен',
      'связь задач и мероприятий прослеживается не везде, часть мероприятий не ведёт к заявленным результатам',
      'мероприятия в целом соответствуют задачам, план реалистичен, есть отдельные несостыковки в сроках или последовательности',
      'все элементы проекта логически связаны, каждое мероприятие обеспечивает конкретный результат, сроки реалистичны',
    ],
    topic: 'logic',
  },
  {
    id: 'cr-g-innovation',
    title: 'Инновационность и уникальность проекта',
    description:
      'Оценивается, применяет ли организация новые для территории или целевой группы подходы, технологии и методики либо существенно развивает уже известные практики.',
    weight: 0.5,
    comment: BELOW_MAX,
    bands: [
      'проект повторяет типовую деятельность без новых элементов',
      'элементы новизны заявлены, но не обоснованы или не отличаются от распространённых практик',
      'проект содержит новые для территории подходы, но их преимущества раскрыты не полностью',
      'проект предлагает оригинальное решение или значимо развивает известную практику, новизна обоснована',
    ],
    topic: 'innovation',
  },
  {
    id: 'cr-g-cost',
    title: 'Соотношение планируемых расходов и ожидаемых результатов',
    description:
      'Оценивается, обоснованы ли запрашиваемые средства масштабом и качеством ожидаемых результатов. Стоимость результата на одного благополучателя сопоставляется с аналогичными проектами.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'расходы явно несоразмерны результатам, количественные результаты не указаны',
      'соотношение вызывает вопросы: результаты занижены или стоимость на одного благополучателя завышена',
      'расходы в целом соразмерны результатам, но по отдельным мероприятиям затраты избыточны',
      'запрашиваемая сумма полностью соответствует масштабу и качеству ожидаемых результатов',
    ],
    topic: 'cost',
  },
  {
    id: 'cr-g-budget',
    title: 'Реалистичность бюджета и обоснованность расходов',
    description:
      'Оценивается детализация сметы, обоснованность каждой статьи расходов, соответствие цен рыночным и отсутствие расходов, не связанных с проектом.',
    weight: 1.5,
    comment: BELOW_MAX,
    bands: [
      'смета не детализирована, многие расходы не связаны с проектом или не обоснованы',
      'смета содержит существенные неточности: завышенные цены, непрозрачные статьи, расходы без расчётов',
      'бюджет в целом реалистичен, есть отдельные необоснованные или завышенные статьи',
      'все расходы обоснованы, детализированы и соответствуют рыночным ценам',
    ],
    topic: 'budget',
  },
  {
    id: 'cr-g-scale',
    title: 'Масштаб реализации проекта',
    description:
      'Оценивается охват целевой группы и территории, соответствие масштаба заявленной проблеме и возможностям организации.',
    weight: 0.5,
    comment: BELOW_MAX,
    bands: [
      'масштаб не определён или не соответствует заявленной проблеме',
      'охват небольшой либо заявленный масштаб не подкреплён возможностями организации',
      'масштаб соответствует проблеме, но охват отдельных групп или территорий обоснован недостаточно',
      'масштаб обоснован, охват целевой группы и территории значим и реалистичен',
    ],
    topic: 'scale',
  },
  {
    id: 'cr-g-cofinancing',
    title: 'Собственный вклад организации и дополнительные ресурсы',
    description:
      'Оценивается объём и подтверждённость софинансирования, привлечения добровольцев, партнёров и иных ресурсов, а также перспективы продолжения проекта после окончания грантового периода.',
    weight: 0.5,
    comment: BELOW_MAX,
    bands: [
      'собственный вклад отсутствует или не подтверждён, перспективы продолжения не описаны',
      'собственный вклад незначителен или не подтверждён, устойчивость проекта сомнительна',
      'софинансирование и ресурсы партнёров подтверждены, план дальнейшего развития описан в общих чертах',
      'значительный подтверждённый вклад организации и партнёров, есть реалистичный план продолжения проекта',
    ],
    topic: 'cofinancing',
  },
  {
    id: 'cr-g-org-experience',
    title: 'Опыт организации по профилю проекта',
    description:
      'Оценивается опыт организации в реализации проектов по выбранному направлению: количество и результаты ранее реализованных проектов, подтверждённые отчётами и публикациями.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'опыт работы по профилю проекта отсутствует или не подтверждён',
      'опыт небольшой, результаты ранее реализованных проектов не подтверждены',
      'подтверждённый опыт есть, но в смежной сфере или меньшего масштаба',
      'значительный подтверждённый опыт успешной реализации проектов по данному направлению',
    ],
    topic: 'orgExperience',
  },
  {
    id: 'cr-g-team',
    title: 'Опыт и компетенции команды проекта',
    description:
      'Оценивается квалификация и опыт руководителя и ключевых членов команды, распределение ролей и достаточность команды для всех мероприятий.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'команда не описана или её квалификация не соответствует задачам проекта',
      'команда описана неполно, для ключевых мероприятий не хватает специалистов',
      'команда в целом компетентна, есть пробелы в распределении ролей или опыте отдельных участников',
      'команда обладает необходимым опытом и квалификацией, роли чётко распределены',
    ],
    topic: 'team',
  },
  {
    id: 'cr-g-openness',
    title: 'Информационная открытость организации',
    description:
      'Оценивается доступность информации об организации: сайт, социальные сети, публикация годовых отчётов, освещение деятельности в СМИ. Оценка проверяемая, поэтому комментарий не требуется.',
    weight: 0.5,
    comment: { mode: 'never', minLength: 0 },
    bands: [
      'информации о деятельности организации в открытом доступе практически нет',
      'социальные сети ведутся нерегулярно, отчёты не публикуются',
      'информация о деятельности доступна, но отчёты публикуются не в полном объёме',
      'актуальный сайт, регулярные публикации, открытые годовые отчёты',
    ],
    topic: null,
  },
];

const PRIZE_SPECS: readonly CriterionSpec[] = [
  {
    id: PRIZE_SIGNIFICANCE_ID,
    title: 'Социальная значимость практики',
    description:
      'Насколько практика отвечает на реальную потребность людей или территории и насколько важны изменения, которых она добивается.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'значимость не показана: неясно, кому и в чём помогает практика',
      'потребность обозначена, но её масштаб и острота не подтверждены',
      'практика решает важную и подтверждённую проблему, значимость очевидна',
    ],
    topic: 'relevance',
  },
  {
    id: 'cr-p-results',
    title: 'Результаты и социальный эффект',
    description:
      'Подтверждённые количественные и качественные результаты, изменения в жизни благополучателей.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'результаты не описаны или не подтверждены',
      'результаты описаны, но подтверждены частично, эффект для людей неочевиден',
      'результаты измеримы, подтверждены и показывают реальные изменения',
    ],
    topic: 'results',
  },
  {
    id: 'cr-p-novelty',
    title: 'Уникальность и новизна подхода',
    description:
      'Чем практика отличается от распространённых решений и может ли она стать примером для других.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'типовая деятельность без отличительных черт',
      'есть элементы новизны, но подход распространён',
      'оригинальный подход, который может стать примером для других',
    ],
    topic: 'innovation',
  },
  {
    id: 'cr-p-scalability',
    title: 'Масштаб и тиражируемость',
    description: 'Охват практики и готовность к переносу на другие территории: методика, команда, ресурсы.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'практика локальна и не может быть перенесена',
      'тиражирование возможно, но условия и ресурсы не описаны',
      'практика уже тиражируется или готова к переносу: есть методика и ресурсы',
    ],
    topic: 'scale',
  },
  {
    id: 'cr-p-engagement',
    title: 'Вовлечение сообщества и партнёров',
    description:
      'Участие добровольцев, жителей, бизнеса и власти в практике, устойчивость сложившегося сообщества.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'практика держится на одном человеке или организации',
      'добровольцы и партнёры привлечены, но их роль эпизодическая',
      'вокруг практики сложилось устойчивое сообщество добровольцев и партнёров',
    ],
    topic: 'engagement',
  },
];

const DRAFT_SPECS: readonly CriterionSpec[] = [
  {
    id: 'cr-d-idea',
    title: 'Актуальность идеи',
    description: 'Насколько идея инициативной группы отвечает на потребности жителей.',
    weight: 1,
    comment: BELOW_MAX,
    bands: ['идея не обоснована', 'идея обоснована частично', 'идея актуальна и подтверждена жителями'],
    topic: null,
  },
  {
    id: 'cr-d-plan',
    title: 'Проработанность плана',
    description: 'Реалистичность шагов, сроков и бюджета инициативы.',
    weight: 1,
    comment: BELOW_MAX,
    bands: ['плана нет', 'план неполный', 'план реалистичен и детализирован'],
    topic: null,
  },
  {
    id: 'cr-d-team',
    title: 'Команда инициативы',
    description: 'Опыт и мотивация участников инициативной группы.',
    weight: 1,
    comment: BELOW_MAX,
    bands: [
      'команда не описана',
      'команда небольшая, роли не распределены',
      'сильная мотивированная команда',
    ],
    topic: null,
  },
  {
    id: 'cr-d-effect',
    title: 'Ожидаемый эффект',
    description: 'Какие изменения произойдут для жителей после реализации инициативы.',
    weight: 1,
    comment: BELOW_MAX,
    bands: ['эффект не описан', 'эффект описан в общих словах', 'эффект конкретен и измерим'],
    topic: null,
  },
];

/** Splits min..max into `count` contiguous bands, wider ones first: 0..10 in 4 → 0–2, 3–5, 6–8, 9–10. */
function bandRanges(min: number, max: number, count: number): [number, number][] {
  const span = max - min + 1;
  const base = Math.floor(span / count);
  const wider = span - base * count;
  const ranges: [number, number][] = [];
  let lo = min;
  for (let i = 0; i < count; i++) {
    const hi = lo + base + (i < wider ? 1 : 0) - 1;
    ranges.push([lo, hi]);
    lo = hi + 1;
  }
  return ranges;
}

function toCriterion(spec: CriterionSpec, scaleMin: number, scaleMax: number): Criterion {
  const ranges = bandRanges(scaleMin, scaleMax, spec.bands.length);
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    scaleMin,
    scaleMax,
    weight: spec.weight,
    descriptors: spec.bands.map((text, i) => {
      const [min, max] = ranges[i] ?? [scaleMin, scaleMax];
      return { min, max, text: `${min}–${max}: ${text}` };
    }),
    comment: { mode: spec.comment.mode, minLength: spec.comment.minLength },
  };
}

/**
 * Fresh objects on every call: criteria sets and their version rows must not share references,
 * or a handler editing a set would rewrite history.
 * `wordingRevision` 1 is the text as first published; 2 carries the clarification logged as a
 * wording change after scoring started.
 */
export function grantCriteria(wordingRevision: 1 | 2 = 2): Criterion[] {
  return GRANT_SPECS.map((spec) => {
    const criterion = toCriterion(spec, 0, 10);
    if (wordingRevision === 1 && spec.id === 'cr-g-cost') {
      criterion.description = criterion.description.replace(/ Стоимость результата.*$/, '');
    }
    return criterion;
  });
}

export function prizeCriteria(): Criterion[] {
  return PRIZE_SPECS.map((spec) => toCriterion(spec, 0, 10));
}

export function draftCriteria(): Criterion[] {
  return DRAFT_SPECS.map((spec) => toCriterion(spec, 0, 5));
}

export function maxTotalOf(criteria: readonly Criterion[]): number {
  let sum = 0;
  for (const c of criteria) sum += c.weight * c.scaleMax;
  return sum;
}

const TOPICS = new Map<string, CommentTopic | null>(
  [...GRANT_SPECS, ...PRIZE_SPECS, ...DRAFT_SPECS].map((s) => [s.id, s.topic]),
);

/** Which comment bank justifies scores on a criterion; null for criteria never commented. */
export function commentTopicOf(criterionId: string): CommentTopic | null {
  return TOPICS.get(criterionId) ?? null;
}
