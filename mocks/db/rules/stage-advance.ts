import type { AdvanceRequest, AdvanceResult } from '@/api/schemas/contest-inputs';
import type { FieldError } from '@/api/schemas/common';
import { rankedApplications, stageAggregates } from '@mocks/db/rules/stage-aggregates';
import { ADVANCED_ACTION, stageApplicationIds } from '@mocks/db/rules/stage-scope';
import {
  audit,
  fieldError,
  requireStage,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';
import { ApiProblem } from '@mocks/handlers/support';

/**
 * Moves applications into a later stage: the top N of each nomination (or of one) by the official
 * method with tie-breaks applied, or an explicit shortlist. The `advanced` audit event is the record
 * of stage membership, so the move is both persisted and explained.
 */
export function advanceStage(ctx: StaffContext, stageId: string, request: AdvanceRequest): AdvanceResult {
  const { db } = ctx;
  const source = requireStage(db, stageId);
  const target = db.get('stages', request.targetStageId);
  if (target === undefined || target.contestId !== source.contestId) {
    throw new ApiProblem(422, 'validation', undefined, {
      errors: [fieldError('targetStageId', 'notFound', 'Такого этапа нет в этом конкурсе')],
    });
  }
  if (target.order <= source.order || target.status === 'closed') {
    throw new ApiProblem(409, 'conflict', 'Перевести заявки нельзя', {
      detail: 'Переводить можно только в последующий и не закрытый этап',
    });
  }
  const members = stageApplicationIds(db, source);
  let chosen: string[];
  if ('applicationIds' in request) {
    const errors: FieldError[] = [];
    request.applicationIds.forEach((id, i) => {
      if (!members.has(id))
        errors.push(
          fieldError(
            `applicationIds.${i}`,
            'notInStage',
            `Заявка ${id} не участвует в этапе «${source.title}»`,
          ),
        );
    });
    throwIfInvalid(errors);
    chosen = [...new Set(request.applicationIds)];
  } else {
    const aggregates = stageAggregates(db, source);
    if (request.nominationId !== undefined && !aggregates.nominations.has(request.nominationId)) {
      throwIfInvalid([fieldError('nominationId', 'notFound', 'Такой номинации нет в конкурсе')]);
    }
    chosen = [];
    for (const n of aggregates.nominations.values()) {
      if (request.nominationId !== undefined && n.nomination.id !== request.nominationId) continue;
      if (n.set === null) continue;
      const ranked = rankedApplications(n, aggregates.contest.settings.aggregationMethod).filter(
        (r) => r.score !== null,
      );
      for (const r of ranked.slice(0, request.topN)) chosen.push(r.app.id);
    }
  }
  const already = stageApplicationIds(db, target);
  const fresh = chosen.filter((id) => !already.has(id));
  if (fresh.length > 0) {
    audit(ctx, {
      contestId: source.contestId,
      objectType: 'stage',
      objectId: target.id,
      action: ADVANCED_ACTION,
      after: { fromStageId: source.id, applicationIds: fresh },
      reason: 'topN' in request ? `Лучшие ${request.topN} по рейтингу` : 'Шорт-лист',
    });
  }
  return { advanced: fresh.length };
}
