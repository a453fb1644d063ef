import { ApiError } from './api-error';
import { waitForReauth } from './auth-gate';
import type { Problem } from './schemas/common';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions {
  method?: Method;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Login and session probes handle 401 themselves instead of asking for a re-login. */
  skipReauth?: boolean;
  /** Lets the request outlive the page (a last save on page hide); browsers cap such bodies at 64 KB. */
  keepalive?: boolean;
  /** Reads the body as a file (exports) instead of JSON. */
  blob?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

const API_PREFIX = '/api/v1';
let csrfToken: string | null = null;

/** The session response carries the CSRF token; every state-changing request echoes it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_URL;
  if (configured) return configured.replace(/\/$/, '');
  return `${window.location.origin}${API_PREFIX}`;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(`${apiBaseUrl()}${path}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

async function readProblem(response: Response): Promise<(Problem & Record<string, unknown>) | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await response.json()) as Problem & Record<string, unknown>;
  } catch {
    return null;
  }
}

async function send<T>(path: string, options: RequestOptions): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
      keepalive: options.keepalive,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'network', requestId: null, message: 'Network request failed' });
  }

  const requestId = response.headers.get('x-request-id');
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError({
      status: response.status,
      code: problem?.code ?? `http${response.status}`,
      requestId: problem?.requestId ?? requestId,
      problem,
    });
  }
  if (options.blob)
    return { data: (await response.blob()) as T, status: response.status, headers: response.headers };
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const data = (response.status === 204 || !isJson ? undefined : await response.json()) as T;
  return { data, status: response.status, headers: response.headers };
}

/**
 * The one HTTP function of the app. It throws `ApiError` for every failure. A 401 pauses the
 * request until the user signs in again, then replays it exactly once.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  try {
    return await send<T>(path, options);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || options.skipReauth) throw error;
    const signedIn = await waitForReauth();
    if (!signedIn) throw error;
    return send<T>(path, options);
  }
}

/** Shorthand for the common case where only the body matters. */
export async function apiJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest<T>(path, options)).data;
}
