import type { FieldError, Problem } from './schemas/common';

/** Every failed request surfaces as one of these; `status` 0 means the network failed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  /** The problem+json body, when the server sent one. Never shown to users verbatim. */
  readonly problem: (Problem & Record<string, unknown>) | null;

  constructor(init: {
    status: number;
    code: string;
    requestId: string | null;
    problem?: (Problem & Record<string, unknown>) | null;
    message?: string;
  }) {
    super(init.message ?? `API error ${init.status} (${init.code})`);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.problem = init.problem ?? null;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** Network failures and 5xx are worth retrying; 4xx are answers. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
