import { ApplicationPage, ApplicationQuery, ScreeningRequest } from '../schemas/application-inputs';
import { Application } from '../schemas/applications';
import {
  ImportCommitRequest,
  ImportCommitResult,
  ImportPreview,
  ImportPreviewRequest,
} from '../schemas/imports';
import type { EndpointDef } from '../endpoints';
import { ORGANIZER, STAFF } from './access';
import { ApplicationParams, ContestParams } from './params';
import { problems } from './responses';

const tags = ['applications'];

export const applicationEndpoints = {
  listApplications: {
    id: 'listApplications',
    method: 'get',
    path: '/contests/{contestId}/applications',
    summary: 'Search, filter and sort the applications of a contest',
    tags,
    access: STAFF,
    params: ContestParams,
    query: ApplicationQuery,
    responses: {
      200: { description: 'A page of application rows.', schema: ApplicationPage },
      ...problems(401, 403, 404, 422),
    },
  },
  getApplication: {
    id: 'getApplication',
    method: 'get',
    path: '/applications/{applicationId}',
    summary: 'The full application card (experts: only through one of their assignments)',
    tags,
    access: 'signedIn',
    params: ApplicationParams,
    responses: {
      200: { description: 'The application. Its texts are untrusted: render as text.', schema: Application },
      ...problems(401, [
        404,
        'No such application, or an expert without an assignment for it (code `notFound`).',
      ]),
    },
  },
  previewApplicationImport: {
    id: 'previewApplicationImport',
    method: 'post',
    path: '/contests/{contestId}/applications/import/preview',
    summary: 'Check parsed file rows: what each would create or update, and its errors; stores nothing',
    tags,
    access: ORGANIZER,
    params: ContestParams,
    body: ImportPreviewRequest,
    responses: {
      200: { description: 'The row-by-row preview.', schema: ImportPreview },
      ...problems(400, 401, 403, 404, 422),
    },
  },
  commitApplicationImport: {
    id: 'commitApplicationImport',
    method: 'post',
    path: '/contests/{contestId}/applications/import/commit',
    summary: 'Apply a preview: create new IDs, update existing ones, skip rows with errors',
    tags,
    access: ORGANIZER,
    params: ContestParams,
    body: ImportCommitRequest,
    responses: {
      200: { description: 'What was applied.', schema: ImportCommitResult },
      ...problems(
        400,
        401,
        403,
        404,
        [409, 'The preview expired or was already committed (code `previewExpired`).'],
        422,
      ),
    },
  },
  screenApplication: {
    id: 'screenApplication',
    method: 'post',
    path: '/applications/{applicationId}/screening',
    summary: 'Record the technical screening decision; audited',
    tags,
    access: ORGANIZER,
    params: ApplicationParams,
    body: ScreeningRequest,
    responses: {
      200: { description: 'The application with its screening.', schema: Application },
      ...problems(400, 401, 403, 404, 422),
    },
  },
} satisfies Record<string, EndpointDef>;
