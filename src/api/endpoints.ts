import type { z } from 'zod';
import type { Role } from './schemas/common';
import { applicationEndpoints } from './endpoints/applications';
import { assignmentEndpoints } from './endpoints/assignments';
import { auditEndpoints } from './endpoints/audit';
import { contestEndpoints } from './endpoints/contests';
import { coordinationEndpoints } from './endpoints/coordination';
import { criteriaEndpoints } from './endpoints/criteria';
import { expertCabinetEndpoints } from './endpoints/expert-cabinet';
import { expertEndpoints } from './endpoints/experts';
import { mockEndpoints } from './endpoints/mock';
import { resultEndpoints } from './endpoints/results';
import { sessionEndpoints } from './endpoints/session';
import { structureEndpoints } from './endpoints/structure';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseDef {
  description: string;
  /** JSON body schema; omitted for 204 or for files. */
  schema?: z.ZodType;
  /**
   * Defaults to application/json (application/problem+json for >= 400). Files: 'text/csv', xlsx mime.
   * A response served in several formats lists them comma-separated.
   */
  contentType?: string;
  headers?: Record<string, string>; // header name → description, e.g. ETag
}

export interface EndpointDef {
  /** The OpenAPI operationId. */
  id: string;
  method: HttpMethod;
  /** OpenAPI-style path under /api/v1, e.g. '/assignments/{assignmentId}/sheet'. */
  path: string;
  summary: string;
  tags: string[];
  /** Who may call it: 'public' (no session), 'signedIn' (any signed-in user) or the roles allowed. */
  access: 'public' | 'signedIn' | Role[];
  params?: z.ZodObject; // path params
  query?: z.ZodObject; // coerce numbers/booleans (z.coerce) since they come from the URL
  headers?: z.ZodObject; // required request headers: If-Match, Idempotency-Key (X-CSRF-Token is global)
  body?: z.ZodType;
  responses: Record<number, ResponseDef>;
  mockOnly?: boolean;
}

/** Every endpoint, keyed by operationId. */
export const endpoints = {
  ...sessionEndpoints,
  ...contestEndpoints,
  ...structureEndpoints,
  ...criteriaEndpoints,
  ...expertEndpoints,
  ...applicationEndpoints,
  ...assignmentEndpoints,
  ...expertCabinetEndpoints,
  ...coordinationEndpoints,
  ...resultEndpoints,
  ...auditEndpoints,
  ...mockEndpoints,
} satisfies Record<string, EndpointDef>;
export type EndpointId = keyof typeof endpoints;

export const API_PREFIX = '/api/v1';

/** '/assignments/{assignmentId}' → '/assignments/:assignmentId' (MSW / router style). */
export function toColonPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}
