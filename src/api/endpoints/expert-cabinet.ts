import {
  Calibration,
  CalibrationQuery,
  EvaluationContext,
  MyAssignmentsQuery,
  MyStageList,
  PanelView,
  QueuePage,
  RecusalRequest,
} from '../schemas/expert-cabinet';
import { PreconditionFailedProblem } from '../schemas/problems';
import { Assignment, Sheet, SheetContent } from '../schemas/sheets';
import type { EndpointDef } from '../endpoints';
import { EXPERT } from './access';
import { AssignmentParams, ETAG_HEADER, SaveSheetHeaders, SubmitSheetHeaders } from './params';
import { problems } from './responses';

const tags = ['cabinet'];
const notYours: [number, string] = [404, 'No such assignment, or it is not yours (code `notFound`).'];
const stale = {
  description: 'The If-Match version is stale (code `preconditionFailed`); `current` is the server copy.',
  schema: PreconditionFailedProblem,
};

/** The expert's own work. Nothing here ever carries another expert's scores, comments or name. */
export const expertCabinetEndpoints = {
  listMyStages: {
    id: 'listMyStages',
    method: 'get',
    path: '/me/stages',
    summary: 'The stages the caller has assignments in, with due dates and counts by status',
    tags,
    access: EXPERT,
    responses: { 200: { description: 'The stages.', schema: MyStageList }, ...problems(401, 403) },
  },
  listMyAssignments: {
    id: 'listMyAssignments',
    method: 'get',
    path: '/me/assignments',
    summary: "The caller's queue",
    tags,
    access: EXPERT,
    query: MyAssignmentsQuery,
    responses: {
      200: { description: 'A page of the queue.', schema: QueuePage },
      ...problems(401, 403, 422),
    },
  },
  getEvaluation: {
    id: 'getEvaluation',
    method: 'get',
    path: '/assignments/{assignmentId}',
    summary: 'Everything needed to score one application: card, criteria version, rules, own sheet',
    tags,
    access: EXPERT,
    params: AssignmentParams,
    responses: {
      200: { description: 'The evaluation context.', schema: EvaluationContext },
      ...problems(401, 403, notYours),
    },
  },
  getSheet: {
    id: 'getSheet',
    method: 'get',
    path: '/assignments/{assignmentId}/sheet',
    summary: "The caller's sheet for an assignment",
    tags,
    access: EXPERT,
    params: AssignmentParams,
    responses: {
      200: { description: 'The sheet.', schema: Sheet, headers: ETAG_HEADER },
      ...problems(401, 403, [404, 'No sheet yet, or the assignment is not yours (code `notFound`).']),
    },
  },
  saveSheet: {
    id: 'saveSheet',
    method: 'put',
    path: '/assignments/{assignmentId}/sheet',
    summary: 'Save a draft (incomplete scores allowed, also after the deadline)',
    tags,
    access: EXPERT,
    params: AssignmentParams,
    headers: SaveSheetHeaders,
    body: SheetContent,
    responses: {
      200: { description: 'The saved sheet with its new version.', schema: Sheet, headers: ETAG_HEADER },
      ...problems(
        400,
        401,
        403,
        notYours,
        [409, 'The sheet is submitted (code `submitted`) or the assignment recused (code `recused`).'],
        422,
        428,
      ),
      412: stale,
    },
  },
  submitSheet: {
    id: 'submitSheet',
    method: 'post',
    path: '/assignments/{assignmentId}/sheet/submit',
    summary: 'Submit the sheet: complete scores and the required comments; idempotent by key',
    tags,
    access: EXPERT,
    params: AssignmentParams,
    headers: SubmitSheetHeaders,
    body: SheetContent,
    responses: {
      200: {
        description: 'The submitted sheet (a retry with the same key gets the same answer).',
        schema: Sheet,
        headers: ETAG_HEADER,
      },
      ...problems(
        400,
        401,
        403,
        notYours,
        [
          409,
          'The deadline passed (code `deadlinePassed`), already submitted (`submitted`) or recused (`recused`).',
        ],
        [
          422,
          'Missing scores or comments, listed in `errors` (code `validation`); or the key was used for another body (code `idempotencyMismatch`).',
        ],
        428,
      ),
      412: stale,
    },
  },
  recuse: {
    id: 'recuse',
    method: 'post',
    path: '/assignments/{assignmentId}/recusal',
    summary:
      'Declare a conflict of interest: the application leaves the queue and is flagged for reassignment',
    tags,
    access: EXPERT,
    params: AssignmentParams,
    body: RecusalRequest,
    responses: {
      200: { description: 'The assignment, now recused.', schema: Assignment },
      ...problems(
        400,
        401,
        403,
        notYours,
        [409, 'Already submitted (`submitted`) or recused (`recused`).'],
        422,
      ),
    },
  },
  getPanel: {
    id: 'getPanel',
    method: 'get',
    path: '/assignments/{assignmentId}/panel',
    summary:
      "The panel's anonymised sheets, only after the caller's own submission and if the contest allows",
    tags,
    access: EXPERT,
    params: AssignmentParams,
    responses: {
      200: { description: 'Anonymised sheets of the other panel members.', schema: PanelView },
      ...problems(
        401,
        [
          403,
          'Not submitted yet, or the contest keeps the panel hidden (code `blindReview`); or not an expert.',
        ],
        notYours,
      ),
    },
  },
  getCalibration: {
    id: 'getCalibration',
    method: 'get',
    path: '/me/calibration',
    summary: "The caller's submitted totals against the stage's anonymised distribution",
    tags,
    access: EXPERT,
    query: CalibrationQuery,
    responses: {
      200: { description: 'Both distributions.', schema: Calibration },
      ...problems(401, 403, [404, 'No such stage among yours (code `notFound`).'], 422),
    },
  },
} satisfies Record<string, EndpointDef>;
