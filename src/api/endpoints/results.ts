import {
  CutlineQuery,
  CutlineResult,
  ExportQuery,
  MethodComparisonPage,
  MethodComparisonQuery,
  RankingPage,
  RankingQuery,
} from '../schemas/coordination';
import type { EndpointDef } from '../endpoints';
import { STAFF } from './access';
import { StageNominationParams } from './params';
import { problems } from './responses';

const tags = ['results'];

/** XLSX's registered media type; listed beside CSV because the export serves either by `format`. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** Rankings come aggregated by the server; no raw sheets leave through these endpoints. */
export const resultEndpoints = {
  getRanking: {
    id: 'getRanking',
    method: 'get',
    path: '/stages/{stageId}/nominations/{nominationId}/ranking',
    summary: 'The ranking of a nomination with scores, spreads, flags and tie-break explanations',
    tags,
    access: STAFF,
    params: StageNominationParams,
    query: RankingQuery,
    responses: {
      200: { description: 'A page of the ranking.', schema: RankingPage },
      ...problems(401, 403, 404, 422),
    },
  },
  compareRankingMethods: {
    id: 'compareRankingMethods',
    method: 'get',
    path: '/stages/{stageId}/nominations/{nominationId}/ranking/compare',
    summary: 'Ranks and scores of each application under several aggregation methods',
    tags,
    access: STAFF,
    params: StageNominationParams,
    query: MethodComparisonQuery,
    responses: {
      200: { description: 'A page of comparison rows.', schema: MethodComparisonPage },
      ...problems(401, 403, 404, 422),
    },
  },
  exportNomination: {
    id: 'exportNomination',
    method: 'get',
    path: '/stages/{stageId}/nominations/{nominationId}/export',
    summary: 'Download the ranking or all sheets as CSV (UTF-8 with BOM, `;`-separated) or XLSX',
    tags,
    access: STAFF,
    params: StageNominationParams,
    query: ExportQuery,
    responses: {
      200: {
        description: 'The file, as an attachment.',
        // Two media types, one per `format`: the OpenAPI builder splits this comma-separated list.
        contentType: `${CSV_MIME}, ${XLSX_MIME}`,
        headers: { 'Content-Disposition': '`attachment; filename="…"`' },
      },
      ...problems(401, 403, 404, 422),
    },
  },
  getCutline: {
    id: 'getCutline',
    method: 'get',
    path: '/stages/{stageId}/nominations/{nominationId}/cutline',
    summary: 'Winners and total requested amount at a passing score or a number of winners',
    tags,
    access: STAFF,
    params: StageNominationParams,
    query: CutlineQuery,
    responses: {
      200: { description: 'The winners above the line.', schema: CutlineResult },
      ...problems(401, 403, 404, 422),
    },
  },
} satisfies Record<string, EndpointDef>;
