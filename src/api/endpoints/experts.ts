import {
  ExpertCreate,
  ExpertImportRequest,
  ExpertImportResult,
  ExpertPage,
  ExpertPatch,
  ExpertQuery,
} from '../schemas/expert-inputs';
import { Expert } from '../schemas/experts';
import type { EndpointDef } from '../endpoints';
import { ExpertParams } from './params';
import { STAFF } from './access';
import { problems } from './responses';

const tags = ['experts'];

export const expertEndpoints = {
  listExperts: {
    id: 'listExperts',
    method: 'get',
    path: '/experts',
    summary: 'The expert pool with current load',
    tags,
    access: STAFF,
    query: ExpertQuery,
    responses: { 200: { description: 'A page of experts.', schema: ExpertPage }, ...problems(401, 403, 422) },
  },
  createExpert: {
    id: 'createExpert',
    method: 'post',
    path: '/experts',
    summary: 'Add an expert to the pool',
    tags,
    access: STAFF,
    body: ExpertCreate,
    responses: {
      201: { description: 'Created.', schema: Expert },
      ...problems(400, 401, 403, [409, 'An expert with this e-mail exists (code `conflict`).'], 422),
    },
  },
  getExpert: {
    id: 'getExpert',
    method: 'get',
    path: '/experts/{expertId}',
    summary: 'One expert',
    tags,
    access: STAFF,
    params: ExpertParams,
    responses: { 200: { description: 'The expert.', schema: Expert }, ...problems(401, 403, 404) },
  },
  updateExpert: {
    id: 'updateExpert',
    method: 'patch',
    path: '/experts/{expertId}',
    summary: 'Change an expert (affiliations, expertise, cap, deactivation)',
    tags,
    access: STAFF,
    params: ExpertParams,
    body: ExpertPatch,
    responses: {
      200: { description: 'The updated expert.', schema: Expert },
      ...problems(400, 401, 403, 404, [409, 'Another expert has this e-mail (code `conflict`).'], 422),
    },
  },
  importExperts: {
    id: 'importExperts',
    method: 'post',
    path: '/experts/import',
    summary: 'Create or update experts from parsed file rows; bad rows are reported, good ones applied',
    tags,
    access: STAFF,
    body: ExpertImportRequest,
    responses: {
      200: { description: 'What was created, updated and refused.', schema: ExpertImportResult },
      ...problems(400, 401, 403, 422),
    },
  },
} satisfies Record<string, EndpointDef>;
