import {
  CriteriaSetCreate,
  CriteriaSetList,
  CriteriaSetQuery,
  CriteriaSetUpdate,
  CriteriaSetVersionList,
} from '../schemas/criteria-inputs';
import { CriteriaSet } from '../schemas/criteria';
import type { EndpointDef } from '../endpoints';
import { ContestParams, CriteriaSetParams } from './params';
import { ORGANIZER, STAFF } from './access';
import { problems } from './responses';

const tags = ['criteria'];

export const criteriaEndpoints = {
  listCriteriaSets: {
    id: 'listCriteriaSets',
    method: 'get',
    path: '/contests/{contestId}/criteria-sets',
    summary: 'The criteria sets of a contest (current versions)',
    tags,
    access: STAFF,
    params: ContestParams,
    responses: {
      200: { description: 'The criteria sets.', schema: CriteriaSetList },
      ...problems(401, 403, 404),
    },
  },
  createCriteriaSet: {
    id: 'createCriteriaSet',
    method: 'post',
    path: '/contests/{contestId}/criteria-sets',
    summary: 'Create a criteria set (version 1)',
    tags,
    access: ORGANIZER,
    params: ContestParams,
    body: CriteriaSetCreate,
    responses: {
      201: { description: 'Created.', schema: CriteriaSet },
      ...problems(400, 401, 403, 404, 422),
    },
  },
  getCriteriaSet: {
    id: 'getCriteriaSet',
    method: 'get',
    path: '/criteria-sets/{criteriaSetId}',
    summary: 'A criteria set, current or at a past version',
    tags,
    access: STAFF,
    params: CriteriaSetParams,
    query: CriteriaSetQuery,
    responses: {
      200: { description: 'The criteria set.', schema: CriteriaSet },
      ...problems(401, 403, [404, 'No such criteria set or version (code `notFound`).'], 422),
    },
  },
  updateCriteriaSet: {
    id: 'updateCriteriaSet',
    method: 'put',
    path: '/criteria-sets/{criteriaSetId}',
    summary: 'Replace the title and criteria; the version increments and the change is audited',
    tags,
    access: ORGANIZER,
    params: CriteriaSetParams,
    body: CriteriaSetUpdate,
    responses: {
      200: { description: 'The new version.', schema: CriteriaSet },
      ...problems(
        400,
        401,
        403,
        404,
        [409, 'A structural change (list, scales, weights) to a frozen set (code `frozen`).'],
        [412, '`baseVersion` is not the current version (code `preconditionFailed`).'],
        422,
      ),
    },
  },
  listCriteriaSetVersions: {
    id: 'listCriteriaSetVersions',
    method: 'get',
    path: '/criteria-sets/{criteriaSetId}/versions',
    summary: 'Every version of a criteria set with who changed it and how',
    tags,
    access: STAFF,
    params: CriteriaSetParams,
    responses: {
      200: { description: 'The versions, oldest first.', schema: CriteriaSetVersionList },
      ...problems(401, 403, 404),
    },
  },
} satisfies Record<string, EndpointDef>;
