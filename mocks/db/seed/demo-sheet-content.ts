import type { Application } from '@/api/schemas/applications';
import { QUOTE_LEADS } from './comment-phrases';
import type { StageContext } from './demo-evaluations';
import type { AssignmentPlan } from './demo-panels';
import { writeComments } from './evaluation-rows';
import type { Decorate, SheetParts, SheetTimeline } from './evaluation-rows';
import type { Rng } from './random';
import { recommendationFor, totalOf } from './scoring';
import type { SheetDraw } from './scoring';
import { excerpt, fill, formatNumber } from './text';

/** Experts often quote the application to justify a deduction; the quote makes comments unique too. */
function quoteDecorator(rng: Rng, app: Application): Decorate {
  return (criterion, text) => {
    if (!rng.chance(0.45)) return text;
    if (criterion.topic === 'budget') {
      const estimate = app.attachments.find((f) => f.name.startsWith('Смета'));
      const where =
        estimate === undefined ? 'смета отдельным файлом не приложена' : `смета — в файле «${estimate.name}»`;
      return `Сумма запроса — ${formatNumber(app.requestedAmount)} ₽, ${where}. ${text}`;
    }
    if (criterion.topic === 'cost') {
      if (app.participantsCount === null || app.participantsCount === 0) return text;
      const perHead = app.requestedAmount / app.participantsCount;
      return `Запрошено ${formatNumber(app.requestedAmount)} ₽ при ${formatNumber(app.participantsCount)} участниках — около ${formatNumber(perHead)} ₽ на человека. ${text}`;
    }
    const [section, source] =
      criterion.topic === 'relevance' || criterion.topic === 'logic'
        ? ['Цель и задачи', app.goals]
        : criterion.topic === 'scale'
          ? ['Целевая аудитория', app.targetAudience]
          : criterion.topic === 'results'
            ? ['Качественные результаты', app.qualitativeResults]
            : ['Краткое описание', app.summary];
    const firstSentence = source.split(/(?<=[.!?])\s/)[0] ?? source;
    const quote = excerpt(firstSentence, rng.int(7, 14));
    return `${fill(rng.pick(QUOTE_LEADS), { quote, section })} ${text}`;
  };
}

export function sheetDraw(rng: Rng, plan: AssignmentPlan, criteriaCount: number): SheetDraw {
  const { expert } = plan;
  const complete = plan.status === 'submitted' || plan.status === 'returned';
  let filled = criteriaCount;
  if (!complete) {
    // The named expert's drafts are visibly half done; others sometimes finished but not submitted.
    filled = expert.named
      ? rng.int(3, criteriaCount - 2)
      : rng.chance(0.25)
        ? criteriaCount
        : rng.int(1, criteriaCount - 1);
  }
  return {
    leniency: expert.leniency,
    straight: plan.status === 'submitted' && !expert.named && rng.chance(expert.straightRate),
    filled,
    submitted: plan.status === 'submitted',
  };
}

export function sheetParts(
  rng: Rng,
  ctx: StageContext,
  plan: AssignmentPlan,
  scores: SheetParts['scores'],
): SheetParts {
  const complete = plan.status === 'submitted' || plan.status === 'returned';
  const { index } = plan.expert;
  const comments = writeComments(
    rng,
    ctx.criteria,
    scores,
    ctx.bank,
    index,
    complete,
    quoteDecorator(rng, plan.app),
  );
  const total = totalOf(scores, ctx.criteria);
  let recommendation: SheetParts['recommendation'] = null;
  let overallComment = '';
  if (total !== null && ctx.settings.overallRecommendation && (complete || rng.chance(0.5))) {
    recommendation = recommendationFor(rng, total, ctx.maxTotal);
  }
  const wantsOverall =
    ctx.settings.overallComment === 'required' ||
    (ctx.settings.overallComment === 'optional' && rng.chance(0.6));
  if (complete && recommendation !== null && wantsOverall) {
    overallComment = fill(ctx.bank.overall(index, recommendation), { title: excerpt(plan.app.title, 10) });
  }
  return { scores, comments, recommendation, overallComment };
}

/** Makes one expert's comment on one criterion identical on two applications: the copy signal. */
export function plantCopiedComment(ctx: StageContext, entries: readonly Entry[]): void {
  const criterionIndex = ctx.criteria.findIndex((c) => c.id === ctx.plantCopyCriterionId);
  const criterion = ctx.criteria[criterionIndex];
  if (criterion === undefined) return;
  for (const expertId of ctx.plantCopyAmong) {
    const candidates = entries
      .filter(
        (e) =>
          e.plan.expert.row.id === expertId &&
          e.plan.status === 'submitted' &&
          e.parts !== null &&
          (e.parts.scores[criterionIndex] ?? criterion.scaleMax) < criterion.scaleMax,
      )
      .sort((a, b) => (a.timeline?.startedAt ?? 0) - (b.timeline?.startedAt ?? 0));
    const [first, second] = candidates;
    const text = first?.parts?.comments[criterion.id];
    if (second?.parts && text !== undefined) {
      second.parts.comments[criterion.id] = text;
      return;
    }
  }
}

export interface Entry {
  plan: AssignmentPlan;
  timeline: SheetTimeline | null;
  parts: SheetParts | null;
}
