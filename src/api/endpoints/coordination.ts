import {
  DivergencePage,
  DivergenceQuery,
  EligibleExpertList,
  EligibleExpertsQuery,
  ExtraExpertRequest,
  ProgressPage,
  ProgressQuery,
  QualitySignalList,
  QualitySignalQuery,
  ReminderRequest,
  ReminderResult,
  ReturnRequest,
  SheetHistory,
  SideBySide,
} from '../schemas/coordination';
import { Assignment, Sheet } from '../schemas/sheets';
import type { EndpointDef } from '../endpoints';
import { COORDINATOR, STAFF } from './access';
import { SheetParams, StageApplicationParams, StageParams } from './params';
import { problems } from './responses';

const tags = ['coordination'];

export const coordinationEndpoints = {
  returnSheet: {
    id: 'returnSheet',
    method: 'post',
    path: '/sheets/{sheetId}/return',
    summary: 'Return a submitted sheet to its expert for revision; audited',
    tags,
    access: COORDINATOR,
    params: SheetParams,
    body: ReturnRequest,
    responses: {
      200: { description: 'The sheet, now returned.', schema: Sheet },
      ...problems(400, 401, 403, 404, [409, 'The sheet is not submitted (code `conflict`).'], 422),
    },
  },
  getSheetHistory: {
    id: 'getSheetHistory',
    method: 'get',
    path: '/sheets/{sheetId}/history',
    summary: 'Every version of a sheet with who changed it',
    tags,
    access: STAFF,
    params: SheetParams,
    responses: {
      200: { description: 'The history, oldest first.', schema: SheetHistory },
      ...problems(401, 403, 404),
    },
  },
  getProgress: {
    id: 'getProgress',
    method: 'get',
    path: '/stages/{stageId}/progress',
    summary: 'Evaluation progress by nomination or by expert, with deadline risk',
    tags,
    access: STAFF,
    params: StageParams,
    query: ProgressQuery,
    responses: {
      200: { description: 'A page of progress rows and the stage totals.', schema: ProgressPage },
      ...problems(401, 403, 404, 422),
    },
  },
  sendReminders: {
    id: 'sendReminders',
    method: 'post',
    path: '/stages/{stageId}/reminders',
    summary: 'Remind the listed experts, or everyone behind schedule',
    tags,
    access: COORDINATOR,
    params: StageParams,
    body: ReminderRequest,
    responses: {
      200: { description: 'How many reminders went out.', schema: ReminderResult },
      ...problems(400, 401, 403, 404, 422),
    },
  },
  listDivergences: {
    id: 'listDivergences',
    method: 'get',
    path: '/stages/{stageId}/divergences',
    summary: 'Applications whose sheets diverge beyond the contest thresholds',
    tags,
    access: STAFF,
    params: StageParams,
    query: DivergenceQuery,
    responses: {
      200: { description: 'A page of divergent applications.', schema: DivergencePage },
      ...problems(401, 403, 404, 422),
    },
  },
  getSideBySide: {
    id: 'getSideBySide',
    method: 'get',
    path: '/stages/{stageId}/applications/{applicationId}/sheets',
    summary:
      'All sheets of one application with their experts, for settling a divergence (never for experts)',
    tags,
    access: COORDINATOR,
    params: StageApplicationParams,
    responses: {
      200: { description: 'The criteria and every sheet.', schema: SideBySide },
      ...problems(401, 403, 404),
    },
  },
  assignExtraExpert: {
    id: 'assignExtraExpert',
    method: 'post',
    path: '/stages/{stageId}/applications/{applicationId}/extra-expert',
    summary: 'Add one more expert to an application (the given one, or the best eligible)',
    tags,
    access: COORDINATOR,
    params: StageApplicationParams,
    body: ExtraExpertRequest,
    responses: {
      200: { description: 'The new assignment.', schema: Assignment },
      ...problems(
        400,
        401,
        403,
        404,
        [
          409,
          'No eligible expert (code `noEligibleExpert`), or the given one is conflicted (`conflictOfInterest`).',
        ],
        422,
      ),
    },
  },
  listEligibleExperts: {
    id: 'listEligibleExperts',
    method: 'get',
    path: '/stages/{stageId}/eligible-experts',
    summary: 'The pool checked against one application: who may evaluate it, and why not',
    tags,
    access: STAFF,
    params: StageParams,
    query: EligibleExpertsQuery,
    responses: {
      200: { description: 'Every expert with eligibility and reasons.', schema: EligibleExpertList },
      ...problems(401, 403, 404, 422),
    },
  },
  listQualitySignals: {
    id: 'listQualitySignals',
    method: 'get',
    path: '/stages/{stageId}/quality-signals',
    summary: 'Straight-lining, implausibly fast sheets, copied comments, outlier experts',
    tags,
    access: COORDINATOR,
    params: StageParams,
    query: QualitySignalQuery,
    responses: {
      200: { description: 'The signals, most severe first.', schema: QualitySignalList },
      ...problems(401, 403, 404, 422),
    },
  },
} satisfies Record<string, EndpointDef>;
