import { z } from 'zod';
import { Id, IsoDateTime, Role } from './common';

export const User = z
  .object({
    id: Id,
    email: z.email(),
    fullName: z.string(),
    roles: z.array(Role).min(1),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const Session = z
  .object({
    user: User,
    /** Sent back in the X-CSRF-Token header of every state-changing request. */
    csrfToken: z.string(),
    expiresAt: IsoDateTime,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const LoginRequest = z
  .object({ email: z.email(), password: z.string().min(1).max(200) })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;
