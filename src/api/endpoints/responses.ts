import { Problem } from '../schemas/common';
import type { ResponseDef } from '../endpoints';

/** What each problem status means across the API; an endpoint may override the wording. */
const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The body is not valid JSON (code `badRequest`).',
  401: 'No session, or it expired (code `unauthenticated`).',
  403: 'Your roles do not allow this (code `forbidden`); on a state-changing request also a missing or wrong X-CSRF-Token (code `csrf`).',
  404: 'No such object, or one you may not know exists (code `notFound`).',
  409: 'Conflicts with the current state (code `conflict` or a more specific one).',
  412: 'The If-Match version is stale (code `preconditionFailed`).',
  422: 'Validation failed; `errors` lists each field (code `validation`).',
  428: 'The If-Match header is missing (code `preconditionRequired`).',
  429: 'Too many requests (code `rateLimited`).',
  500: 'Unexpected server failure (code `internal`).',
};

type ProblemSpec = number | readonly [status: number, description: string];

/**
 * The problem responses of an endpoint, always including 500 so no operation pretends it cannot fail.
 * Pass a `[status, description]` pair to say what the status means for this endpoint.
 */
export function problems(...specs: ProblemSpec[]): Record<number, ResponseDef> {
  const out: Record<number, ResponseDef> = {};
  for (const spec of [...specs, 500]) {
    const [status, description] = typeof spec === 'number' ? [spec, undefined] : spec;
    out[status] = {
      description: description ?? PROBLEM_DESCRIPTIONS[status] ?? 'Error.',
      schema: Problem,
    };
  }
  return out;
}
