import type { HttpHandler } from 'msw';
import { endpoints } from '@/api/endpoints';
import { commitImport, previewImport } from '@mocks/db/rules/application-import';
import { listApplications, readApplication, screenApplication } from '@mocks/db/rules/applications';
import {
  coverage,
  createAssignments,
  deleteAssignment,
  listAssignments,
} from '@mocks/db/rules/assignment-admin';
import { listAuditEvents } from '@mocks/db/rules/audit-events';
import { commitDistribution, previewDistribution } from '@mocks/db/rules/distribution';
import { importExperts } from '@mocks/db/rules/expert-import';
import { presentExpert } from '@mocks/db/rules/expert-load';
import { createExpert, listExperts, patchExpert, requireExpert } from '@mocks/db/rules/experts';
import { json, noContent, route } from '@mocks/handlers/support';

/** The expert pool, applications and who evaluates what — plus the audit log that records it all. */
export const organizerPoolHandlers: HttpHandler[] = [
  route(endpoints.listExperts, (ctx) => json(ctx, 200, listExperts(ctx.db, ctx.query))),

  route(endpoints.createExpert, (ctx) => json(ctx, 201, createExpert(ctx, ctx.body))),

  route(endpoints.getExpert, (ctx) =>
    json(ctx, 200, presentExpert(ctx.db, requireExpert(ctx.db, ctx.params.expertId))),
  ),

  route(endpoints.updateExpert, (ctx) => json(ctx, 200, patchExpert(ctx, ctx.params.expertId, ctx.body))),

  route(endpoints.importExperts, (ctx) => json(ctx, 200, importExperts(ctx, ctx.body.rows))),

  route(endpoints.listApplications, (ctx) =>
    json(ctx, 200, listApplications(ctx.db, ctx.params.contestId, ctx.query)),
  ),

  route(endpoints.getApplication, (ctx) =>
    json(ctx, 200, readApplication(ctx.db, ctx.user, ctx.params.applicationId)),
  ),

  route(endpoints.previewApplicationImport, (ctx) =>
    json(ctx, 200, previewImport(ctx, ctx.params.contestId, ctx.body.rows, ctx.body.fileName)),
  ),

  route(endpoints.commitApplicationImport, (ctx) =>
    json(ctx, 200, commitImport(ctx, ctx.params.contestId, ctx.body.previewId)),
  ),

  route(endpoints.screenApplication, (ctx) =>
    json(ctx, 200, screenApplication(ctx, ctx.params.applicationId, ctx.body)),
  ),

  route(endpoints.listAssignments, (ctx) =>
    json(ctx, 200, listAssignments(ctx.db, ctx.params.stageId, ctx.query)),
  ),

  route(endpoints.createAssignments, (ctx) =>
    json(ctx, 200, createAssignments(ctx, ctx.params.stageId, ctx.body.pairs)),
  ),

  route(endpoints.deleteAssignment, (ctx) => {
    deleteAssignment(ctx, ctx.params.assignmentId);
    return noContent(ctx);
  }),

  route(endpoints.previewDistribution, (ctx) =>
    json(ctx, 200, previewDistribution(ctx, ctx.params.stageId, ctx.body)),
  ),

  route(endpoints.commitDistribution, (ctx) =>
    json(ctx, 200, commitDistribution(ctx, ctx.params.stageId, ctx.body.previewId)),
  ),

  route(endpoints.getCoverage, (ctx) => json(ctx, 200, coverage(ctx.db, ctx.params.stageId))),

  route(endpoints.listAuditEvents, (ctx) =>
    json(ctx, 200, listAuditEvents(ctx.db, ctx.params.contestId, ctx.query)),
  ),
];
