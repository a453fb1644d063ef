import { z } from 'zod';
import { Actor, Id, IsoDateTime, pageOf } from './common';
import { listQuery, sortEnum } from './query';

export const AuditObjectType = z
  .enum([
    'contest',
    'stage',
    'nomination',
    'category',
    'criteriaSet',
    'expert',
    'application',
    'assignment',
    'sheet',
    'conflict',
    'deadline',
  ])
  .meta({ id: 'AuditObjectType' });
export type AuditObjectType = z.infer<typeof AuditObjectType>;

/** Who changed what, when, and the object before and after (null on create / delete). */
export const AuditEvent = z
  .object({
    id: Id,
    contestId: Id,
    at: IsoDateTime,
    actor: Actor,
    objectType: AuditObjectType,
    objectId: z.string(),
    /** e.g. `created`, `updated`, `submitted`, `returned`, `recused`, `extended`. */
    action: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEventQuery = listQuery({
  objectType: AuditObjectType.optional(),
  objectId: z.string().optional(),
  actorId: Id.optional(),
  from: IsoDateTime.meta({ description: 'Events at or after this instant.' }).optional(),
  to: IsoDateTime.meta({ description: 'Events before this instant.' }).optional(),
  sort: sortEnum(['at']).optional(),
});
export type AuditEventQuery = z.infer<typeof AuditEventQuery>;

export const AuditEventPage = pageOf(AuditEvent).meta({ id: 'AuditEventPage' });
export type AuditEventPage = z.infer<typeof AuditEventPage>;
