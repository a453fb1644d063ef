import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { API_PREFIX, toColonPath, type EndpointDef } from '@/api/endpoints';
import { Problem } from '@/api/schemas/common';
import type { FieldError } from '@/api/schemas/common';
import type { Role } from '@/api/schemas/common';
import { getDb, runSyncHook, withDbLock, type MockDatabase } from '@mocks/db/database';
import type { SessionRow, UserRow } from '@mocks/db/tables';

declare global {
  /** Tests turn this on: every JSON response body is checked against the contract. */
  var __MOCK_VALIDATE_RESPONSES__: boolean | undefined;
}

export const SESSION_COOKIE = 'ec_session';
export const MOCK_PATH_PREFIX = `${API_PREFIX}/__mock`;
/** Sessions slide: each use within the last half of the lifetime extends it. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Signed<E extends EndpointDef, T> = E['access'] extends 'public' ? T | null : T;

/** What every response helper needs: enough to stamp the request ID and find the declared schema. */
export interface ResponseScope {
  endpoint: EndpointDef | null;
  request: Request;
  requestId: string;
}

export interface RouteContext<E extends EndpointDef = EndpointDef> extends ResponseScope {
  endpoint: E;
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  /** Raw request headers (If-Match, Idempotency-Key are read by the rules). */
  headers: Headers;
  /** Non-null on every route that needs a session. */
  user: Signed<E, UserRow>;
  session: Signed<E, SessionRow>;
  db: MockDatabase;
  /** The mock clock's now, fixed for the whole request. */
  now: Date;
}

export type RouteResolver<E extends EndpointDef> = (ctx: RouteContext<E>) => Response | Promise<Response>;

type ResponseBody<E extends EndpointDef, S extends number> = S extends keyof E['responses']
  ? E['responses'][S] extends { schema: infer Schema extends z.ZodType }
    ? z.input<Schema>
    : unknown
  : unknown;

// ---- problems ------------------------------------------------------------------------------------

const DEFAULT_TITLES: Record<string, string> = {
  badRequest: 'Некорректный запрос',
  unauthenticated: 'Требуется вход',
  invalidCredentials: 'Неверная почта или пароль',
  forbidden: 'Недостаточно прав',
  csrf: 'Запрос отклонён: нет CSRF-токена',
  notFound: 'Не найдено',
  validation: 'Данные не прошли проверку',
  conflict: 'Конфликт с текущим состоянием',
  preconditionFailed: 'Версия устарела',
  preconditionRequired: 'Требуется версия (If-Match)',
  deadlinePassed: 'Срок оценки истёк',
  submitted: 'Оценка уже отправлена',
  recused: 'Вы отказались от оценки этой заявки',
  frozen: 'Структура критериев заморожена',
  conflictOfInterest: 'Конфликт интересов',
  blindReview: 'Оценки других экспертов скрыты',
  idempotencyMismatch: 'Ключ идемпотентности уже использован для другого запроса',
  rateLimited: 'Слишком много запросов',
  internal: 'Внутренняя ошибка сервера',
};

export function defaultTitle(code: string): string {
  return DEFAULT_TITLES[code] ?? 'Ошибка';
}

export type ProblemExtra = Partial<Pick<Problem, 'detail' | 'errors'>> & Record<string, unknown>;

/** What rules throw; `route` turns it into an application/problem+json response. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly extra: ProblemExtra;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    title?: string,
    extra: ProblemExtra = {},
    headers: Record<string, string> = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = code;
    this.title = title ?? defaultTitle(code);
    this.extra = extra;
    this.headers = headers;
  }
}

export function notFound(detail?: string): ApiProblem {
  return new ApiProblem(404, 'notFound', undefined, detail === undefined ? {} : { detail });
}

export function forbidden(detail?: string): ApiProblem {
  return new ApiProblem(403, 'forbidden', undefined, detail === undefined ? {} : { detail });
}

export function conflict(code: string, title?: string, extra?: ProblemExtra): ApiProblem {
  return new ApiProblem(409, code, title, extra);
}

export function validationProblem(errors: FieldError[]): ApiProblem {
  return new ApiProblem(422, 'validation', undefined, { errors });
}

// ---- responses -----------------------------------------------------------------------------------

/** Thrown when the mock answers something the contract does not declare: a bug, never caught. */
export class ContractViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractViolation';
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

function checkContract(scope: ResponseScope, status: number, body: unknown): void {
  if (globalThis.__MOCK_VALIDATE_RESPONSES__ !== true) return;
  const endpoint = scope.endpoint;
  const where = endpoint === null ? `${scope.request.method} ${scope.request.url}` : endpoint.id;
  const declared = endpoint?.responses[status];
  if (status >= 400) {
    if (endpoint !== null && declared === undefined) {
      throw new ContractViolation(`${where} answered ${status}, which the contract does not declare`);
    }
    const schema = declared?.schema ?? Problem;
    const result = schema.safeParse(body);
    if (!result.success) {
      throw new ContractViolation(`${where} → ${status}: ${describeIssues(result.error.issues)}`);
    }
    return;
  }
  if (endpoint === null) return;
  if (declared === undefined) {
    throw new ContractViolation(`${where} answered ${status}, which the contract does not declare`);
  }
  if (declared.schema === undefined) {
    if (body !== undefined) throw new ContractViolation(`${where} → ${status} must have no JSON body`);
    return;
  }
  const result = declared.schema.safeParse(body);
  if (!result.success) {
    console.error(`[mock contract] ${where} → ${status}`, result.error.issues);
    throw new ContractViolation(`${where} → ${status}: ${describeIssues(result.error.issues)}`);
  }
}

function baseHeaders(scope: ResponseScope, headers: Record<string, string> | undefined): Headers {
  const result = new Headers(headers);
  result.set('X-Request-Id', scope.requestId);
  result.set('Cache-Control', 'no-store');
  return result;
}

/** A JSON response, contract-checked against the endpoint's declared schema for `status`. */
export function json<E extends EndpointDef, S extends number>(
  ctx: ResponseScope & { endpoint: E },
  status: S,
  body: ResponseBody<E, S>,
  headers?: Record<string, string>,
): Response {
  checkContract(ctx, status, body);
  const h = baseHeaders(ctx, headers);
  h.set('Content-Type', 'application/json');
  return new HttpResponse(JSON.stringify(body), { status, headers: h });
}

/** An empty response (204, or 200 without body). */
export function noContent(ctx: ResponseScope, headers?: Record<string, string>): Response {
  checkContract(ctx, 204, undefined);
  return new HttpResponse(null, { status: 204, headers: baseHeaders(ctx, headers) });
}

/** A non-JSON body (CSV, XLSX): only the status is contract-checked. */
export function file(
  ctx: ResponseScope,
  body: BodyInit,
  contentType: string,
  headers?: Record<string, string>,
): Response {
  if (globalThis.__MOCK_VALIDATE_RESPONSES__ === true && ctx.endpoint?.responses[200] === undefined) {
    throw new ContractViolation(`${ctx.endpoint?.id ?? ctx.request.url} answered 200, which is not declared`);
  }
  const h = baseHeaders(ctx, headers);
  h.set('Content-Type', contentType);
  return new HttpResponse(body, { status: 200, headers: h });
}

export function problemBody(
  scope: ResponseScope,
  status: number,
  code: string,
  title?: string,
  extra: ProblemExtra = {},
): Problem & Record<string, unknown> {
  return {
    type: `urn:expert-cabinet:problem:${code}`,
    title: title ?? defaultTitle(code),
    status,
    instance: new URL(scope.request.url).pathname,
    requestId: scope.requestId,
    code,
    ...extra,
  };
}

/** An application/problem+json response per the Problem schema. */
export function problem(
  scope: ResponseScope,
  status: number,
  code: string,
  title?: string,
  extra?: ProblemExtra,
  headers?: Record<string, string>,
): Response {
  const body = problemBody(scope, status, code, title, extra);
  checkContract(scope, status, body);
  const h = baseHeaders(scope, headers);
  h.set('Content-Type', 'application/problem+json');
  return new HttpResponse(JSON.stringify(body), { status, headers: h });
}

// ---- request parsing -----------------------------------------------------------------------------

function sizeWord(origin: string): { small: string; big: string; codeSmall: string; codeBig: string } {
  switch (origin) {
    case 'string':
      return {
        small: 'Не короче {n} символов',
        big: 'Не длиннее {n} символов',
        codeSmall: 'tooShort',
        codeBig: 'tooLong',
      };
    case 'array':
    case 'set':
      return {
        small: 'Не меньше {n} элементов',
        big: 'Не больше {n} элементов',
        codeSmall: 'tooFew',
        codeBig: 'tooMany',
      };
    default:
      return { small: 'Не меньше {n}', big: 'Не больше {n}', codeSmall: 'tooSmall', codeBig: 'tooLarge' };
  }
}

/** Zod issues → the contract's field errors with stable codes and Russian messages. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue): FieldError => {
    const field = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? { field, code: 'required', message: 'Обязательное поле' }
          : { field, code: 'invalidType', message: 'Неверный тип значения' };
      case 'too_small': {
        const words = sizeWord(issue.origin);
        const n = Number(issue.minimum);
        if (issue.origin === 'string' && n === 1)
          return { field, code: 'required', message: 'Обязательное поле' };
        return {
          field,
          code: words.codeSmall,
          message: words.small.replace('{n}', String(n)),
          params: { min: n },
        };
      }
      case 'too_big': {
        const words = sizeWord(issue.origin);
        const n = Number(issue.maximum);
        return {
          field,
          code: words.codeBig,
          message: words.big.replace('{n}', String(n)),
          params: { max: n },
        };
      }
      case 'invalid_format':
        return { field, code: 'invalidFormat', message: 'Неверный формат' };
      case 'invalid_value':
        return { field, code: 'invalidOption', message: 'Недопустимое значение' };
      case 'unrecognized_keys':
        return { field, code: 'unknownField', message: `Неизвестные поля: ${issue.keys.join(', ')}` };
      case 'not_multiple_of':
        return { field, code: 'notMultipleOf', message: `Должно быть кратно ${String(issue.divisor)}` };
      case 'custom': {
        const code = typeof issue.params?.code === 'string' ? issue.params.code : 'invalid';
        return { field, code, message: issue.message };
      }
      default:
        return { field, code: 'invalid', message: 'Недопустимое значение' };
    }
  });
}

function parseWith(
  schema: z.ZodType | undefined,
  value: unknown,
  prefix: string,
): { ok: true; value: unknown } | { ok: false; errors: FieldError[] } {
  if (schema === undefined) return { ok: true, value: undefined };
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: toFieldErrors(result.error.issues, prefix) };
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function headerObject(schema: z.ZodObject | undefined, headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  if (schema === undefined) return out;
  for (const name of Object.keys(schema.shape)) {
    const value = headers.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// ---- sessions ------------------------------------------------------------------------------------

/**
 * Session expiry runs on the real clock, not the mock clock: moving the clock to pass a deadline
 * must not log everyone out.
 */
export function resolveSession(
  db: MockDatabase,
  token: string | undefined,
): { session: SessionRow; user: UserRow } | null {
  if (token === undefined || token === '') return null;
  const session = db.get('sessions', token);
  if (session === undefined) return null;
  const nowMs = Date.now();
  const expiresMs = Date.parse(session.expiresAt);
  if (!(expiresMs > nowMs)) {
    db.remove('sessions', token);
    return null;
  }
  const user = db.get('users', session.userId);
  if (user === undefined) return null;
  if (expiresMs - nowMs < SESSION_TTL_MS / 2) {
    db.update('sessions', token, { expiresAt: new Date(nowMs + SESSION_TTL_MS).toISOString() });
  }
  return { session, user };
}

function hasAccess(access: EndpointDef['access'], roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return access.some((role) => roles.includes(role));
}

// ---- the pipeline --------------------------------------------------------------------------------

let requestCounter = 0;
function nextRequestId(): string {
  requestCounter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `req-${requestCounter.toString(36)}-${random}`;
}

export function isMockPath(url: URL): boolean {
  return url.pathname === MOCK_PATH_PREFIX || url.pathname.startsWith(`${MOCK_PATH_PREFIX}/`);
}

/**
 * Applies the resilience switches (offline, latency, failure rate) — never to the mock's own
 * controls, or a failing demo could not be switched back.
 */
async function applyChaos(db: MockDatabase, scope: ResponseScope, url: URL): Promise<Response | null> {
  if (isMockPath(url)) return null;
  const { offline, latencyMs, failureRate } = db.settings;
  if (offline) return HttpResponse.error();
  if (latencyMs > 0) await delay(latencyMs);
  if (failureRate > 0 && Math.random() < failureRate) {
    return problem(scope, 500, 'internal', undefined, { detail: 'Сбой, смоделированный мок-сервером' });
  }
  return null;
}

async function handle<E extends EndpointDef>(
  endpoint: E,
  resolver: RouteResolver<E>,
  request: Request,
  params: Record<string, unknown>,
  cookies: Record<string, string>,
): Promise<Response> {
  const scope: ResponseScope & { endpoint: E } = { endpoint, request, requestId: nextRequestId() };
  const url = new URL(request.url);

  const chaos = await applyChaos(getDb(), scope, url);
  if (chaos !== null) return chaos;

  return withDbLock(async () => {
    await runSyncHook(getDb());
    // Read after the sync: a reset in another tab may have swapped what getDb() returns.
    const db = getDb();
    try {
      return await run(db);
    } catch (error) {
      if (error instanceof ApiProblem) {
        return problem(scope, error.status, error.code, error.title, error.extra, error.headers);
      }
      throw error;
    } finally {
      await db.flushChanges();
    }
  });

  async function run(db: MockDatabase): Promise<Response> {
    const resolved = resolveSession(db, cookies[SESSION_COOKIE]);
    if (endpoint.access !== 'public') {
      if (resolved === null) return problem(scope, 401, 'unauthenticated');
      if (!hasAccess(endpoint.access, resolved.user.roles)) return problem(scope, 403, 'forbidden');
      const safe = request.method === 'GET' || request.method === 'HEAD';
      if (!safe && request.headers.get('X-CSRF-Token') !== resolved.session.csrfToken) {
        return problem(scope, 403, 'csrf');
      }
    }

    const errors: FieldError[] = [];
    const parsedParams = parseWith(endpoint.params, params, 'params');
    if (!parsedParams.ok) {
      // A malformed id names nothing that exists.
      return problem(scope, 404, 'notFound');
    }
    const parsedQuery = parseWith(endpoint.query, queryObject(url), 'query');
    if (!parsedQuery.ok) errors.push(...parsedQuery.errors);
    let bodyValue: unknown = undefined;
    if (endpoint.body !== undefined) {
      const raw = await readJsonBody(request);
      if (!raw.ok) return problem(scope, 400, 'badRequest', undefined, { detail: 'Тело запроса — не JSON' });
      const parsedBody = parseWith(endpoint.body, raw.value, '');
      if (parsedBody.ok) bodyValue = parsedBody.value;
      else errors.push(...parsedBody.errors);
    }
    if (endpoint.headers !== undefined) {
      const parsedHeaders = parseWith(
        endpoint.headers,
        headerObject(endpoint.headers, request.headers),
        'headers',
      );
      if (!parsedHeaders.ok) errors.push(...parsedHeaders.errors);
    }
    if (errors.length > 0) return problem(scope, 422, 'validation', undefined, { errors });

    const ctx = {
      ...scope,
      params: parsedParams.value,
      query: parsedQuery.ok ? parsedQuery.value : undefined,
      body: bodyValue,
      headers: request.headers,
      user: resolved?.user ?? null,
      session: resolved?.session ?? null,
      db,
      now: db.now(),
    } as RouteContext<E>;
    return resolver(ctx);
  }
}

/**
 * The one way to serve an endpoint: an MSW handler at the endpoint's path that applies the
 * resilience switches, the session, role access, CSRF and schema parsing before the resolver runs.
 */
export function route<E extends EndpointDef>(endpoint: E, resolver: RouteResolver<E>): HttpHandler {
  const path = `${API_PREFIX}${toColonPath(endpoint.path)}`;
  return http[endpoint.method](path, ({ request, params, cookies }) =>
    handle(endpoint, resolver, request, params, cookies),
  );
}

/** The final handler — an unknown /api/v1 path answers a 404 problem instead of reaching the network. */
export function apiNotFoundHandler(): HttpHandler {
  return http.all(`${API_PREFIX}/*`, ({ request }) => {
    const scope: ResponseScope = { endpoint: null, request, requestId: nextRequestId() };
    return problem(scope, 404, 'notFound', undefined, { detail: 'Нет такого метода API' });
  });
}
