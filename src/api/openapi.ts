import { z } from 'zod';
import { API_PREFIX, endpoints, type EndpointDef, type ResponseDef } from './endpoints';
import { ProblemCode } from './schemas/problems';

type Json = Record<string, unknown>;

const API_VERSION = '1.0.0';
const COMPONENT_PREFIX = '#/components/schemas/';
/** Named schemas no operation references but clients need documented (Problem.code stays an open string). */
const EXTRA_COMPONENTS: z.ZodType[] = [ProblemCode];
/** Synthetic registry ids for the per-operation wrapper objects; never emitted as components. */
const WRAPPER_PREFIX = '__op__';

const DESCRIPTION = `REST/JSON API of the expert-evaluation workspace.

- **Session**: \`POST /session\` sets the HttpOnly cookie \`ec_session\`. Every state-changing request other
  than \`POST /session\` (and the mock-only controls) must send \`X-CSRF-Token\` with the session's \`csrfToken\`;
  otherwise 403 \`csrf\`.
- **Errors** are \`application/problem+json\` (\`Problem\`) with a stable \`code\`; 422 lists field \`errors\`.
  Every response carries \`X-Request-Id\`.
- **Authorisation** is per object: an expert only reaches their own assignments; objects they may not know
  about answer 404.
- **Sheets** carry a version: reads return \`ETag: "<version>"\`, writes send \`If-Match\` (missing: 428,
  stale: 412 with the current sheet). Submits send an \`Idempotency-Key\`; a retry replays the first answer.
- **Lists** take \`page\` (1-based), \`pageSize\` (≤ 500, default 50), \`sort\` (\`-\` prefix = descending)
  and return \`{ items, page, pageSize, total }\`.
- **Blind review**: no payload an expert receives holds another expert's scores, comments or name, unless the
  contest reveals the anonymised panel after the expert's own submission.`;

const TAGS = [
  { name: 'session', description: 'Sign in and out, the current user.' },
  { name: 'contests', description: 'Contests, stages, deadlines, categories and nominations.' },
  { name: 'criteria', description: 'Versioned criteria sets.' },
  { name: 'experts', description: 'The expert pool.' },
  { name: 'applications', description: 'Applications, import and technical screening.' },
  { name: 'assignments', description: 'Who evaluates what, with conflict checks and auto-distribution.' },
  { name: 'cabinet', description: "The expert's own queue, sheets, recusals and calibration." },
  { name: 'coordination', description: 'Progress, returns, divergences, extra experts, quality signals.' },
  { name: 'results', description: 'Rankings, method comparison, cut-lines and exports.' },
  { name: 'audit', description: 'Audit trail of every change.' },
  { name: 'mock', description: 'Controls of the development mock backend; absent from a real server.' },
];

const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'ec_session',
    description: 'HttpOnly, SameSite=Lax session cookie set by `POST /session`.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: "The session's `csrfToken`; required on every state-changing request.",
  },
};

interface Slot {
  key: string;
  schema: z.core.$ZodType;
}

/** Everything of one endpoint that needs a JSON Schema, under keys of a wrapper object. */
function slotsOf(def: EndpointDef): Slot[] {
  const slots: Slot[] = [];
  const addShape = (prefix: string, object: z.ZodObject | undefined) => {
    const shape: z.core.$ZodShape = object?.shape ?? {};
    for (const [name, schema] of Object.entries(shape)) slots.push({ key: `${prefix}${name}`, schema });
  };
  addShape('path:', def.params);
  addShape('query:', def.query);
  addShape('header:', def.headers);
  if (def.body) slots.push({ key: 'body', schema: def.body });
  for (const [status, response] of Object.entries(def.responses)) {
    if (response.schema) slots.push({ key: `response:${status}`, schema: response.schema });
  }
  return slots;
}

function wrapperOf(def: EndpointDef): z.ZodObject {
  return z.object(Object.fromEntries(slotsOf(def).map((slot) => [slot.key, slot.schema])));
}

function convert(registry: z.core.$ZodRegistry<{ id: string }>): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Input: query defaults stay optional and objects stay open (clients must tolerate added fields).
    io: 'input',
    unrepresentable: 'throw',
    cycles: 'ref',
    uri: (id) => `${COMPONENT_PREFIX}${id}`,
  });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

/** The ids of every named schema an operation reaches, learnt from a first conversion. */
function reachableIds(wrappers: z.ZodObject[]): string[] {
  const probe = z.registry<{ id: string }>();
  wrappers.forEach((wrapper, index) => probe.add(wrapper, { id: `${WRAPPER_PREFIX}${index}` }));
  const defs = asJson(convert(probe)['__shared']?.['$defs']);
  return Object.keys(defs).filter((id) => z.globalRegistry._idmap.has(id));
}

function asJson(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}

function headerObject(description: string): Json {
  return { description, schema: { type: 'string' } };
}

function responseObject(status: number, response: ResponseDef, schema: Json | undefined): Json {
  const headers: Json = { 'X-Request-Id': { $ref: '#/components/headers/XRequestId' } };
  for (const [name, description] of Object.entries(response.headers ?? {}))
    headers[name] = headerObject(description);
  const out: Json = { description: response.description, headers };
  const types = (response.contentType ?? (status >= 400 ? 'application/problem+json' : 'application/json'))
    .split(/,\s*/)
    .filter((type) => type !== '');
  if (schema) {
    out['content'] = Object.fromEntries(types.map((type) => [type, { schema }]));
  } else if (response.contentType) {
    // A file: text formats are strings, anything else raw bytes.
    out['content'] = Object.fromEntries(
      types.map((type) => [
        type,
        { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } },
      ]),
    );
  }
  return out;
}

function parameterObject(location: string, name: string, schema: Json, required: boolean): Json {
  const { description, 'x-required': xRequired, ...rest } = schema;
  const parameter: Json = { name, in: location };
  if (typeof description === 'string') parameter['description'] = description;
  parameter['required'] = location === 'path' || required || xRequired === true;
  parameter['schema'] = rest;
  return parameter;
}

function accessText(access: EndpointDef['access']): string {
  if (access === 'public') return 'Access: public (no session).';
  if (access === 'signedIn') return 'Access: every signed-in user (objects filtered by role).';
  return `Access: ${access.join(', ')}.`;
}

function operationObject(def: EndpointDef, wrapper: Json): Json {
  const properties = asJson(wrapper['properties']);
  const required = new Set(Array.isArray(wrapper['required']) ? wrapper['required'] : []);
  const parameters: Json[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const [location, name] = key.split(':');
    if (location === 'path' || location === 'query' || location === 'header') {
      parameters.push(parameterObject(location, name ?? key, asJson(value), required.has(key)));
    }
  }
  const op: Json = {
    operationId: def.id,
    summary: def.summary,
    description: accessText(def.access),
    tags: def.tags,
  };
  if (def.access === 'public') op['security'] = [];
  else if (def.method !== 'get') op['security'] = [{ session: [], csrf: [] }];
  if (parameters.length > 0) op['parameters'] = parameters;
  if (def.body) {
    op['requestBody'] = {
      required: true,
      content: { 'application/json': { schema: asJson(properties['body']) } },
    };
  }
  const responses: Json = {};
  for (const [status, response] of Object.entries(def.responses)) {
    const schema = response.schema ? asJson(properties[`response:${status}`]) : undefined;
    responses[status] = responseObject(Number(status), response, schema);
  }
  op['responses'] = responses;
  op['x-access'] = def.access;
  if (def.mockOnly) op['x-mock-only'] = true;
  return op;
}

/** Every `$ref` target under a JSON value, so components can be pruned to what operations reach. */
function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(COMPONENT_PREFIX)) {
        into.add(item.slice(COMPONENT_PREFIX.length));
      } else collectRefs(item, into);
    }
  }
}

/**
 * The OpenAPI 3.1 document of the API, generated from `endpoints` and their zod schemas. Named schemas
 * (`.meta({ id })`) become components; output order is fixed so a stale committed copy is detectable.
 */
export function buildOpenApiDocument(): Json {
  const defs: EndpointDef[] = Object.values(endpoints);
  // The extras ride along as one more wrapper so they are converted and counted as used like the rest.
  const extras = z.object(
    Object.fromEntries(EXTRA_COMPONENTS.map((schema, index) => [`extra:${index}`, schema])),
  );
  const wrappers = [...defs.map(wrapperOf), extras];
  const registry = z.registry<{ id: string }>();
  for (const id of reachableIds(wrappers)) {
    const schema = z.globalRegistry._idmap.get(id);
    if (schema) registry.add(schema, { id });
  }
  wrappers.forEach((wrapper, index) => registry.add(wrapper, { id: `${WRAPPER_PREFIX}${index}` }));
  const converted = convert(registry);
  if (converted['__shared']) throw new Error('An unnamed schema was extracted; give it a .meta({ id }).');

  const paths: Record<string, Json> = {};
  defs.forEach((def, index) => {
    const item = (paths[def.path] ??= {});
    item[def.method] = operationObject(def, converted[`${WRAPPER_PREFIX}${index}`] ?? {});
  });

  const used = new Set<string>();
  collectRefs(paths, used);
  collectRefs(converted[`${WRAPPER_PREFIX}${defs.length}`], used);
  // Components reference each other; follow until nothing new turns up.
  for (let size = -1; size !== used.size;) {
    size = used.size;
    for (const id of [...used]) collectRefs(converted[id], used);
  }
  const schemas = Object.fromEntries([...used].sort().map((id) => [id, converted[id] ?? {}]));

  return {
    openapi: '3.1.0',
    info: { title: 'Экспертный кабинет API', version: API_VERSION, description: DESCRIPTION },
    servers: [{ url: API_PREFIX }],
    security: [{ session: [] }],
    tags: TAGS,
    paths,
    components: {
      schemas,
      headers: {
        XRequestId: { description: 'Identifies the request in server logs.', schema: { type: 'string' } },
      },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
