import { bypass } from 'msw';
import { NetworkReadyState } from 'msw/experimental';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { MockDatabase, setDb } from '@mocks/db/database';
import type { SeedResult } from '@mocks/db/tables';
import { server } from '@mocks/node';

export interface ApiResult<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or null for an empty or non-JSON body. */
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  /** Send the session's CSRF token on non-GET requests (default true). */
  csrf?: boolean;
}

/**
 * A fetch client for API tests: its own cookie jar (so two clients are two users) and the CSRF
 * header, like the SPA's http-client but with every status returned instead of thrown.
 */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;
  readonly baseUrl: string;

  /** Goes past MSW to the real network: for the node:http mock server. */
  private readonly realNetwork: boolean;

  constructor(baseUrl?: string, options: { realNetwork?: boolean } = {}) {
    this.baseUrl =
      baseUrl ?? `${typeof location === 'undefined' ? 'http://localhost' : location.origin}/api/v1`;
    this.realNetwork = options.realNetwork ?? false;
  }

  async call<T = unknown>(method: string, path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && options.csrf !== false && this.csrfToken !== null)
      headers['X-CSRF-Token'] = this.csrfToken;
    // Always sent, even empty: the shared test cookie jar (tests/cookie-fetch.ts) must not add the
    // app's cookies to a client that stands for another user.
    headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const init: RequestInit = {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
    };
    const response = await fetch(this.realNetwork ? bypass(url, init) : new Request(url, init));
    this.storeCookies(response.headers);
    const text = await response.text();
    let body: unknown = null;
    if (text !== '' && (response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: body as T, text };
  }

  get<T = unknown>(path: string, options?: CallOptions): Promise<ApiResult<T>> {
    return this.call<T>('GET', path, options);
  }

  async login(
    email: string,
    password: string,
  ): Promise<ApiResult<{ csrfToken: string; user: { id: string } }>> {
    const result = await this.call<{ csrfToken: string; user: { id: string } }>('POST', '/session', {
      body: { email, password },
    });
    if (result.status === 200) this.csrfToken = result.body.csrfToken;
    return result;
  }

  private storeCookies(headers: Headers): void {
    for (const cookie of headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const expired = attributes.some((a) => /^max-age=0$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

export type SeedFactory = (now: Date) => SeedResult;

/**
 * Gives every test its own copy of the seed (built once per file, cloned per test), replacing the
 * demo database tests/setup.ts installs. The MSW server with strict unhandled-request handling and
 * the response contract check come from tests/setup.ts; they are started here only if missing.
 */
export function useMockApi(makeSeed: SeedFactory): { db: () => MockDatabase } {
  let seed: SeedResult | null = null;
  let current: MockDatabase | null = null;
  let startedHere = false;
  beforeAll(() => {
    globalThis.__MOCK_VALIDATE_RESPONSES__ = true;
    if (server.readyState !== NetworkReadyState.ENABLED) {
      server.listen({ onUnhandledFrame: 'error' });
      startedHere = true;
    }
  });
  beforeEach(() => {
    seed ??= makeSeed(new Date());
    current = new MockDatabase(structuredClone(seed));
    setDb(current);
  });
  afterAll(() => {
    if (startedHere) server.close();
  });
  return {
    db: () => {
      if (current === null) throw new Error('useMockApi: the database exists only inside a test');
      return current;
    },
  };
}
