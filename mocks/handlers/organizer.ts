import type { HttpHandler } from 'msw';
import { endpoints } from '@/api/endpoints';
import {
  canSeeContest,
  createContest,
  listContests,
  patchContest,
  visibleContest,
} from '@mocks/db/rules/contests';
import {
  createCriteriaSet,
  criteriaSetAt,
  criteriaSetsOf,
  updateCriteriaSet,
  versionsOf,
} from '@mocks/db/rules/criteria-sets';
import {
  categoriesOf,
  createCategory,
  createNomination,
  deleteCategory,
  deleteNomination,
  nominationsOf,
  patchCategory,
  patchNomination,
} from '@mocks/db/rules/nominations';
import { advanceStage } from '@mocks/db/rules/stage-advance';
import { requireContest, requireStage } from '@mocks/db/rules/staff-context';
import { addExtension, createStage, patchStage, stagesOf } from '@mocks/db/rules/stages';
import { organizerPoolHandlers } from '@mocks/handlers/organizer-pool';
import { json, noContent, notFound, route } from '@mocks/handlers/support';

/**
 * Contest set-up: contests, stages, categories, nominations and criteria sets. Reads of the contest
 * structure are open to experts too (the contract's access is `any`), but only for contests they
 * have work in; everything else is for organizers (and coordinators where the contract says so).
 */
const contestHandlers: HttpHandler[] = [
  route(endpoints.listContests, (ctx) => json(ctx, 200, listContests(ctx.db, ctx.user, ctx.query))),

  route(endpoints.createContest, (ctx) => json(ctx, 201, createContest(ctx, ctx.body))),

  route(endpoints.getContest, (ctx) =>
    json(ctx, 200, visibleContest(ctx.db, ctx.user, ctx.params.contestId)),
  ),

  route(endpoints.updateContest, (ctx) => json(ctx, 200, patchContest(ctx, ctx.params.contestId, ctx.body))),

  route(endpoints.listStages, (ctx) => {
    visibleContest(ctx.db, ctx.user, ctx.params.contestId);
    return json(ctx, 200, { items: stagesOf(ctx.db, ctx.params.contestId) });
  }),

  route(endpoints.getStage, (ctx) => {
    const stage = requireStage(ctx.db, ctx.params.stageId);
    return json(ctx, 200, { contest: requireContest(ctx.db, stage.contestId), stage });
  }),

  route(endpoints.createStage, (ctx) => json(ctx, 201, createStage(ctx, ctx.params.contestId, ctx.body))),

  route(endpoints.updateStage, (ctx) => json(ctx, 200, patchStage(ctx, ctx.params.stageId, ctx.body))),

  route(endpoints.createExtension, (ctx) => json(ctx, 201, addExtension(ctx, ctx.params.stageId, ctx.body))),

  route(endpoints.advanceStage, (ctx) => json(ctx, 200, advanceStage(ctx, ctx.params.stageId, ctx.body))),
];

const structureHandlers: HttpHandler[] = [
  route(endpoints.listCategories, (ctx) => {
    visibleContest(ctx.db, ctx.user, ctx.params.contestId);
    return json(ctx, 200, { items: categoriesOf(ctx.db, ctx.params.contestId) });
  }),

  route(endpoints.createCategory, (ctx) =>
    json(ctx, 201, createCategory(ctx, ctx.params.contestId, ctx.body)),
  ),

  route(endpoints.updateCategory, (ctx) =>
    json(ctx, 200, patchCategory(ctx, ctx.params.categoryId, ctx.body)),
  ),

  route(endpoints.deleteCategory, (ctx) => {
    deleteCategory(ctx, ctx.params.categoryId);
    return noContent(ctx);
  }),

  route(endpoints.listNominations, (ctx) => {
    visibleContest(ctx.db, ctx.user, ctx.params.contestId);
    return json(ctx, 200, { items: nominationsOf(ctx.db, ctx.params.contestId) });
  }),

  route(endpoints.createNomination, (ctx) =>
    json(ctx, 201, createNomination(ctx, ctx.params.contestId, ctx.body)),
  ),

  route(endpoints.updateNomination, (ctx) =>
    json(ctx, 200, patchNomination(ctx, ctx.params.nominationId, ctx.body)),
  ),

  route(endpoints.deleteNomination, (ctx) => {
    deleteNomination(ctx, ctx.params.nominationId);
    return noContent(ctx);
  }),
];

const criteriaHandlers: HttpHandler[] = [
  route(endpoints.listCriteriaSets, (ctx) => {
    requireContest(ctx.db, ctx.params.contestId);
    return json(ctx, 200, { items: criteriaSetsOf(ctx.db, ctx.params.contestId) });
  }),

  route(endpoints.createCriteriaSet, (ctx) =>
    json(ctx, 201, createCriteriaSet(ctx, ctx.params.contestId, ctx.body)),
  ),

  route(endpoints.getCriteriaSet, (ctx) => {
    const set = criteriaSetAt(ctx.db, ctx.params.criteriaSetId, ctx.query.version);
    // Staff only by contract; the check keeps a future widening of access from leaking other contests.
    if (!canSeeContest(ctx.db, ctx.user, set.contestId)) throw notFound('Набор критериев не найден');
    return json(ctx, 200, set);
  }),

  route(endpoints.updateCriteriaSet, (ctx) =>
    json(ctx, 200, updateCriteriaSet(ctx, ctx.params.criteriaSetId, ctx.body)),
  ),

  route(endpoints.listCriteriaSetVersions, (ctx) =>
    json(ctx, 200, { items: versionsOf(ctx.db, ctx.params.criteriaSetId) }),
  ),
];

/** Everything an organizer configures; experts get 403 from the access rules (or 404 on `signedIn` reads). */
export const organizerHandlers: HttpHandler[] = [
  ...contestHandlers,
  ...structureHandlers,
  ...criteriaHandlers,
  ...organizerPoolHandlers,
];
