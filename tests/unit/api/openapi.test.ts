// @vitest-environment node
import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { expect, test } from 'vitest';
import { endpoints, toColonPath, type EndpointDef } from '@/api/endpoints';
import { buildOpenApiDocument } from '@/api/openapi';
import { OPENAPI_FILE, renderOpenApi } from '@tests/tools/write-openapi';

type Json = Record<string, unknown>;

/** The operationIds of the API catalogue, area by area. */
const CATALOGUE_IDS = `
  login getSession logout
  listContests createContest getContest updateContest
  listStages getStage createStage updateStage createExtension advanceStage
  listCategories createCategory updateCategory deleteCategory
  listNominations createNomination updateNomination deleteNomination
  listCriteriaSets createCriteriaSet getCriteriaSet updateCriteriaSet listCriteriaSetVersions
  listExperts createExpert getExpert updateExpert importExperts
  listApplications getApplication previewApplicationImport commitApplicationImport screenApplication
  listAssignments createAssignments deleteAssignment previewDistribution commitDistribution getCoverage
  listMyStages listMyAssignments getEvaluation getSheet saveSheet submitSheet recuse getPanel
  getCalibration
  returnSheet getSheetHistory getRanking compareRankingMethods getProgress sendReminders
  listDivergences getSideBySide assignExtraExpert listEligibleExperts listQualitySignals
  exportNomination getCutline
  listAuditEvents
  getMockState updateMockSettings resetMock setMockClock listMockReminders
`
  .trim()
  .split(/\s+/);

const PAGINATED_IDS = `
  listContests listExperts listApplications listAssignments listMyAssignments
  getRanking compareRankingMethods getProgress listDivergences listAuditEvents
`
  .trim()
  .split(/\s+/);

const doc = buildOpenApiDocument();
const defs: EndpointDef[] = Object.values(endpoints);

function operation(def: EndpointDef): Json {
  const paths = doc['paths'] as Record<string, Record<string, Json>>;
  const op = paths[def.path]?.[def.method];
  if (op === undefined) throw new Error(`${def.id} is missing from the document`);
  return op;
}

function parameters(def: EndpointDef): Json[] {
  return (operation(def)['parameters'] as Json[] | undefined) ?? [];
}

function responseOf(def: EndpointDef, status: number): Json | undefined {
  return (operation(def)['responses'] as Record<string, Json>)[String(status)];
}

test('the generated document is valid OpenAPI 3.1', async () => {
  expect(doc['openapi']).toBe('3.1.0');
  await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
});

test('public/openapi.json is up to date with the endpoint table', () => {
  const committed = readFileSync(OPENAPI_FILE, 'utf8');
  expect(committed === renderOpenApi(), 'public/openapi.json is stale: run `npm run openapi`').toBe(true);
});

test('building the document twice gives the same text', () => {
  expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc));
});

test('every endpoint of the catalogue is an operation, and nothing else is', () => {
  expect(Object.keys(endpoints).sort()).toEqual([...CATALOGUE_IDS].sort());
  const ids = Object.values(doc['paths'] as Record<string, Record<string, Json>>).flatMap((item) =>
    Object.values(item).map((op) => op['operationId']),
  );
  expect(ids.sort()).toEqual([...CATALOGUE_IDS].sort());
});

test('each endpoint is keyed by its own operationId and has a unique method and path', () => {
  for (const [key, def] of Object.entries(endpoints)) expect(def.id).toBe(key);
  const routes = defs.map((def) => `${def.method} ${def.path}`);
  expect(new Set(routes).size).toBe(routes.length);
});

test('path parameters match the placeholders of the path', () => {
  for (const def of defs) {
    const placeholders = [...def.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    expect(Object.keys(def.params?.shape ?? {}), def.id).toEqual(placeholders);
  }
});

test('every operation that needs a session documents 401, and every operation documents 500', () => {
  for (const def of defs) {
    if (def.access !== 'public') expect(responseOf(def, 401), def.id).toBeDefined();
    expect(responseOf(def, 500), def.id).toBeDefined();
  }
});

test('state-changing operations require the CSRF header and public ones no session at all', () => {
  for (const def of defs) {
    const security = operation(def)['security'];
    if (def.access === 'public') expect(security, def.id).toEqual([]);
    else if (def.method === 'get') expect(security, def.id).toBeUndefined();
    else {
      expect(security, def.id).toEqual([{ session: [], csrf: [] }]);
      expect(responseOf(def, 403), def.id).toBeDefined();
    }
  }
});

test('operations with a body document 400 and 422 problems', () => {
  for (const def of defs.filter((d) => d.body !== undefined)) {
    expect(responseOf(def, 400), def.id).toBeDefined();
    expect(responseOf(def, 422), def.id).toBeDefined();
  }
});

test('sheet save and submit document 412 with the current sheet, 428 and the version headers', () => {
  for (const def of [endpoints.saveSheet, endpoints.submitSheet]) {
    const stale = responseOf(def, 412) as Json;
    expect(JSON.stringify(stale), def.id).toContain('#/components/schemas/PreconditionFailedProblem');
    expect(responseOf(def, 428), def.id).toBeDefined();
    expect(responseOf(def, 409), def.id).toBeDefined();
  }
  const headerParam = (def: EndpointDef, name: string) =>
    parameters(def).find((p) => p['in'] === 'header' && p['name'] === name);
  expect(headerParam(endpoints.saveSheet, 'If-Match')?.['required']).toBe(false);
  expect(headerParam(endpoints.submitSheet, 'If-Match')?.['required']).toBe(true);
  expect(headerParam(endpoints.submitSheet, 'Idempotency-Key')?.['required']).toBe(true);
  for (const def of [endpoints.getSheet, endpoints.saveSheet, endpoints.submitSheet]) {
    expect(Object.keys(responseOf(def, 200)?.['headers'] as Json), def.id).toContain('ETag');
  }
  const components = (doc['components'] as Json)['schemas'] as Record<string, Json>;
  const precondition = components['PreconditionFailedProblem'] as Json;
  expect((precondition['properties'] as Json)['current']).toEqual({ $ref: '#/components/schemas/Sheet' });
});

test('list endpoints take page and pageSize and return a page', () => {
  const paginated = defs.filter((def) => def.query?.shape['page'] !== undefined).map((def) => def.id);
  expect(paginated.sort()).toEqual([...PAGINATED_IDS].sort());
  for (const id of PAGINATED_IDS) {
    const def: EndpointDef = endpoints[id as keyof typeof endpoints];
    const names = parameters(def)
      .filter((p) => p['in'] === 'query')
      .map((p) => p['name']);
    expect(names, id).toEqual(expect.arrayContaining(['page', 'pageSize']));
    const page = def.responses[200]?.schema?.safeParse({ items: [], page: 1, pageSize: 50, total: 0 });
    // Pages with extra summary fields (ranking, progress) fail only on those fields, never on the four.
    const paths = page?.success ? [] : (page?.error.issues.map((issue) => String(issue.path[0])) ?? []);
    expect(
      paths.filter((p) => ['items', 'page', 'pageSize', 'total'].includes(p)),
      id,
    ).toEqual([]);
  }
});

test('list queries default to page 1 of 50 and coerce numbers from the URL', () => {
  const query = endpoints.listContests.query.parse({ pageSize: '20' });
  expect(query).toMatchObject({ page: 1, pageSize: 20 });
  expect(endpoints.listContests.query.safeParse({ pageSize: '501' }).success).toBe(false);
});

test('mock-only operations are flagged, tagged mock and live under /__mock', () => {
  for (const def of defs) {
    const op = operation(def);
    const isMock = def.path.startsWith('/__mock/');
    expect(op['x-mock-only'] === true, def.id).toBe(isMock);
    expect((op['tags'] as string[]).includes('mock'), def.id).toBe(isMock);
  }
});

test('named schemas become components referenced by $ref', () => {
  const components = (doc['components'] as Json)['schemas'] as Record<string, Json>;
  for (const name of [
    'Sheet',
    'Problem',
    'RankingPage',
    'ImportRow',
    'AuditEvent',
    'MockSettings',
    'ProblemCode',
  ]) {
    expect(components[name], name).toBeDefined();
  }
  const body = (operation(endpoints.login)['requestBody'] as Json)['content'];
  expect(body).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/LoginRequest' } } });
});

test('the export serves CSV and XLSX files', () => {
  const content = responseOf(endpoints.exportNomination, 200)?.['content'] as Json;
  expect(Object.keys(content)).toEqual([
    'text/csv; charset=utf-8',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]);
});

test('paths convert to the colon style MSW uses', () => {
  expect(toColonPath('/stages/{stageId}/nominations/{nominationId}/ranking')).toBe(
    '/stages/:stageId/nominations/:nominationId/ranking',
  );
});

test('every object in a response is a named component (union variants aside)', () => {
  const inline: string[] = [];
  const walk = (value: unknown, path: string, isRoot: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}/${index}`, false));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Json;
    if (!isRoot && node['type'] === 'object' && node['properties'] !== undefined) inline.push(path);
    for (const [key, item] of Object.entries(node)) {
      // The branches of a named union are its variants, not separate response objects.
      if (key !== 'oneOf' && key !== 'anyOf') walk(item, `${path}/${key}`, false);
    }
  };
  const components = (doc['components'] as Json)['schemas'] as Record<string, Json>;
  for (const [name, schema] of Object.entries(components)) walk(schema, name, true);
  for (const def of defs) {
    for (const status of Object.keys(def.responses)) {
      walk(responseOf(def, Number(status))?.['content'], `${def.id} ${status}`, false);
    }
  }
  expect(inline).toEqual([]);
});
