import {
  CategoryInput,
  CategoryList,
  CategoryPatch,
  NominationInput,
  NominationList,
  NominationPatch,
} from '../schemas/contest-inputs';
import { Category, Nomination } from '../schemas/contests';
import type { EndpointDef } from '../endpoints';
import { CategoryParams, ContestParams, NominationParams } from './params';
import { ORGANIZER } from './access';
import { problems } from './responses';

const tags = ['contests'];

/** Categories and the nominations inside them. */
export const structureEndpoints = {
  listCategories: {
    id: 'listCategories',
    method: 'get',
    path: '/contests/{contestId}/categories',
    summary: 'The categories of a contest, in order',
    tags,
    access: 'signedIn',
    params: ContestParams,
    responses: { 200: { description: 'The categories.', schema: CategoryList }, ...problems(401, 404) },
  },
  createCategory: {
    id: 'createCategory',
    method: 'post',
    path: '/contests/{contestId}/categories',
    summary: 'Add a category',
    tags,
    access: ORGANIZER,
    params: ContestParams,
    body: CategoryInput,
    responses: { 201: { description: 'Created.', schema: Category }, ...problems(400, 401, 403, 404, 422) },
  },
  updateCategory: {
    id: 'updateCategory',
    method: 'patch',
    path: '/categories/{categoryId}',
    summary: 'Rename or reorder a category',
    tags,
    access: ORGANIZER,
    params: CategoryParams,
    body: CategoryPatch,
    responses: {
      200: { description: 'The updated category.', schema: Category },
      ...problems(400, 401, 403, 404, 422),
    },
  },
  deleteCategory: {
    id: 'deleteCategory',
    method: 'delete',
    path: '/categories/{categoryId}',
    summary: 'Delete an empty category',
    tags,
    access: ORGANIZER,
    params: CategoryParams,
    responses: {
      204: { description: 'Deleted.' },
      ...problems(401, 403, 404, [409, 'The category still has nominations (code `conflict`).']),
    },
  },
  listNominations: {
    id: 'listNominations',
    method: 'get',
    path: '/contests/{contestId}/nominations',
    summary: 'The nominations of a contest, in order',
    tags,
    access: 'signedIn',
    params: ContestParams,
    responses: { 200: { description: 'The nominations.', schema: NominationList }, ...problems(401, 404) },
  },
  createNomination: {
    id: 'createNomination',
    method: 'post',
    path: '/contests/{contestId}/nominations',
    summary: 'Add a nomination to a category',
    tags,
    access: ORGANIZER,
    params: ContestParams,
    body: NominationInput,
    responses: { 201: { description: 'Created.', schema: Nomination }, ...problems(400, 401, 403, 404, 422) },
  },
  updateNomination: {
    id: 'updateNomination',
    method: 'patch',
    path: '/nominations/{nominationId}',
    summary: 'Change a nomination (title, description, category, criteria set, order)',
    tags,
    access: ORGANIZER,
    params: NominationParams,
    body: NominationPatch,
    responses: {
      200: { description: 'The updated nomination.', schema: Nomination },
      ...problems(
        400,
        401,
        403,
        404,
        [409, 'The criteria set cannot change once a sheet was submitted (code `frozen`).'],
        422,
      ),
    },
  },
  deleteNomination: {
    id: 'deleteNomination',
    method: 'delete',
    path: '/nominations/{nominationId}',
    summary: 'Delete a nomination without applications',
    tags,
    access: ORGANIZER,
    params: NominationParams,
    responses: {
      204: { description: 'Deleted.' },
      ...problems(401, 403, 404, [409, 'The nomination has applications (code `conflict`).']),
    },
  },
} satisfies Record<string, EndpointDef>;
