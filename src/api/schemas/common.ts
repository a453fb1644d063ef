import { z } from 'zod';

/** Every identifier is an opaque string; application IDs are the applicant platform's digit strings. */
export const Id = z.string().min(1).max(64);
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();

export const Role = z.enum(['expert', 'organizer', 'coordinator']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const Region = z
  .object({
    /** Two-digit code of the subject of the Russian Federation, as in ИНН and car plates ("77" for Москва). */
    code: z.string().regex(/^\d{2}$/),
    name: z.string(),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof Region>;

export const Organization = z
  .object({ name: z.string(), inn: z.string().regex(/^(\d{10}|\d{12})$/) })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

/** One validation problem on one field; `code` is stable and translated by the client. */
export const FieldError = z
  .object({
    field: z.string(),
    code: z.string(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .meta({ id: 'FieldError' });
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, extended with a request ID and field errors. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string(),
    /** Stable machine code (see ProblemCode); always present so clients never parse `title`. */
    code: z.string(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const Actor = z.object({ id: Id, name: z.string() }).meta({ id: 'Actor' });
export type Actor = z.infer<typeof Actor>;
