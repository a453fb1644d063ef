import { z } from 'zod';
import { Problem } from './common';
import { Sheet } from './sheets';

/**
 * The stable machine codes a Problem may carry. `Problem.code` stays a plain string so a newer server can
 * add codes without breaking older clients; this list is what clients translate and branch on.
 */
export const ProblemCode = z
  .enum([
    'validation',
    'badRequest',
    'notFound',
    'forbidden',
    'unauthenticated',
    'invalidCredentials',
    'csrf',
    'conflict',
    'preconditionFailed',
    'preconditionRequired',
    'idempotencyMismatch',
    'deadlinePassed',
    'submitted',
    'recused',
    'frozen',
    'conflictOfInterest',
    'noEligibleExpert',
    'blindReview',
    'previewExpired',
    'rateLimited',
    'internal',
  ])
  .meta({ id: 'ProblemCode' });
export type ProblemCode = z.infer<typeof ProblemCode>;

/**
 * 412 on a sheet write: the If-Match version is stale. `current` is the server's copy so the client can
 * merge or offer a choice without another round trip.
 */
export const PreconditionFailedProblem = Problem.extend({ current: Sheet }).meta({
  id: 'PreconditionFailedProblem',
});
export type PreconditionFailedProblem = z.infer<typeof PreconditionFailedProblem>;
