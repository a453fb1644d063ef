import { endpoints } from '@/api/endpoints';
import { requireOwnAssignment, presentAssignment } from '@mocks/db/rules/assignments';
import { calibrationFor, panelFor } from '@mocks/db/rules/blind-review';
import { recuse } from '@mocks/db/rules/conflicts';
import { findReplay, rememberResponse, requestFingerprint } from '@mocks/db/rules/idempotency';
import { myQueue, myStages } from '@mocks/db/rules/queue';
import {
  etagOf,
  evaluationContext,
  parseIfMatch,
  saveDraft,
  submitSheet,
  toSheet,
} from '@mocks/db/rules/sheets';
import { ApiProblem, json, notFound, route } from '@mocks/handlers/support';

/** The expert cabinet: every route answers with the caller's own work only. */
export const expertCabinetHandlers = [
  route(endpoints.listMyStages, (ctx) => json(ctx, 200, { items: myStages(ctx.db, ctx.user.id) })),

  route(endpoints.listMyAssignments, (ctx) => json(ctx, 200, myQueue(ctx.db, ctx.user.id, ctx.query))),

  route(endpoints.getEvaluation, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    const context = evaluationContext(ctx.db, assignment, ctx.now);
    const headers: Record<string, string> = context.sheet === null ? {} : { ETag: etagOf(context.sheet) };
    return json(ctx, 200, context, headers);
  }),

  route(endpoints.getSheet, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    const sheet = ctx.db.sheetByAssignment(assignment.id);
    if (sheet === undefined) throw notFound('Оценка ещё не начата');
    return json(ctx, 200, toSheet(sheet), { ETag: etagOf(sheet) });
  }),

  route(endpoints.saveSheet, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    const sheet = saveDraft(ctx.db, {
      user: ctx.user,
      assignment,
      content: ctx.body,
      ifMatch: parseIfMatch(ctx.headers.get('If-Match')),
      now: ctx.now,
    });
    return json(ctx, 200, toSheet(sheet), { ETag: etagOf(sheet) });
  }),

  route(endpoints.submitSheet, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    const key = ctx.headers.get('Idempotency-Key')?.trim() ?? '';
    if (key === '') {
      throw new ApiProblem(422, 'validation', undefined, {
        errors: [
          { field: 'headers.Idempotency-Key', code: 'required', message: 'Нужен заголовок Idempotency-Key' },
        ],
      });
    }
    const fingerprint = requestFingerprint('POST', new URL(ctx.request.url).pathname, ctx.body);
    const replay = findReplay(ctx.db, ctx.user.id, key, fingerprint, ctx.now);
    if (replay !== null) {
      return json(ctx, 200, replay.body as Parameters<typeof json<typeof endpoints.submitSheet, 200>>[2], {
        ...replay.headers,
        'Idempotent-Replayed': 'true',
      });
    }
    const sheet = toSheet(
      submitSheet(ctx.db, {
        user: ctx.user,
        assignment,
        content: ctx.body,
        ifMatch: parseIfMatch(ctx.headers.get('If-Match')),
        now: ctx.now,
      }),
    );
    const headers = { ETag: etagOf(sheet) };
    rememberResponse(ctx.db, {
      userId: ctx.user.id,
      key,
      fingerprint,
      response: { status: 200, body: sheet, headers },
      now: ctx.now,
    });
    return json(ctx, 200, sheet, headers);
  }),

  route(endpoints.recuse, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    const updated = recuse(ctx.db, {
      user: ctx.user,
      assignment,
      reason: ctx.body.reason,
      text: ctx.body.text,
      now: ctx.now,
    });
    return json(ctx, 200, presentAssignment(ctx.db, updated));
  }),

  route(endpoints.getPanel, (ctx) => {
    const assignment = requireOwnAssignment(ctx.db, ctx.user, ctx.params.assignmentId);
    return json(ctx, 200, panelFor(ctx.db, assignment));
  }),

  route(endpoints.getCalibration, (ctx) =>
    json(ctx, 200, calibrationFor(ctx.db, ctx.user.id, ctx.query.stageId)),
  ),
];
