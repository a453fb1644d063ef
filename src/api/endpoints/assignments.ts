import {
  AssignmentPage,
  AssignmentQuery,
  AssignmentsCreate,
  AssignResult,
  Coverage,
  DistributionCommitRequest,
  DistributionCommitResult,
  DistributionPreview,
  DistributionPreviewRequest,
} from '../schemas/assignments';
import type { EndpointDef } from '../endpoints';
import { STAFF } from './access';
import { AssignmentParams, StageParams } from './params';
import { problems } from './responses';

const tags = ['assignments'];

export const assignmentEndpoints = {
  listAssignments: {
    id: 'listAssignments',
    method: 'get',
    path: '/stages/{stageId}/assignments',
    summary: 'Who evaluates what in a stage',
    tags,
    access: STAFF,
    params: StageParams,
    query: AssignmentQuery,
    responses: {
      200: { description: 'A page of assignments.', schema: AssignmentPage },
      ...problems(401, 403, 404, 422),
    },
  },
  createAssignments: {
    id: 'createAssignments',
    method: 'post',
    path: '/stages/{stageId}/assignments',
    summary: 'Assign pairs; conflicts (same ИНН, region rule), over-cap and duplicates are refused per pair',
    tags,
    access: STAFF,
    params: StageParams,
    body: AssignmentsCreate,
    responses: {
      200: {
        description: 'The created assignments and the refused pairs with reasons.',
        schema: AssignResult,
      },
      ...problems(400, 401, 403, 404, [409, 'The stage is closed (code `conflict`).'], 422),
    },
  },
  deleteAssignment: {
    id: 'deleteAssignment',
    method: 'delete',
    path: '/assignments/{assignmentId}',
    summary: 'Withdraw an assignment whose sheet was not submitted; audited',
    tags,
    access: STAFF,
    params: AssignmentParams,
    responses: {
      204: { description: 'Deleted.' },
      ...problems(401, 403, 404, [409, 'Its sheet was submitted (code `submitted`).']),
    },
  },
  previewDistribution: {
    id: 'previewDistribution',
    method: 'post',
    path: '/stages/{stageId}/distribution/preview',
    summary: 'Propose a deterministic automatic distribution honouring expertise, conflicts and caps',
    tags,
    access: STAFF,
    params: StageParams,
    body: DistributionPreviewRequest,
    responses: {
      200: { description: 'The proposal; nothing is assigned yet.', schema: DistributionPreview },
      ...problems(400, 401, 403, 404, 422),
    },
  },
  commitDistribution: {
    id: 'commitDistribution',
    method: 'post',
    path: '/stages/{stageId}/distribution/commit',
    summary: 'Apply a distribution preview',
    tags,
    access: STAFF,
    params: StageParams,
    body: DistributionCommitRequest,
    responses: {
      200: { description: 'How many assignments were created.', schema: DistributionCommitResult },
      ...problems(
        400,
        401,
        403,
        404,
        [409, 'The preview expired or assignments changed since (code `previewExpired`).'],
        422,
      ),
    },
  },
  getCoverage: {
    id: 'getCoverage',
    method: 'get',
    path: '/stages/{stageId}/coverage',
    summary: 'How many applications have all, some or none of their experts',
    tags,
    access: STAFF,
    params: StageParams,
    responses: { 200: { description: 'The coverage counts.', schema: Coverage }, ...problems(401, 403, 404) },
  },
} satisfies Record<string, EndpointDef>;
