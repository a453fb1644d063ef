import { LoginRequest, Session } from '../schemas/session';
import type { EndpointDef } from '../endpoints';
import { problems } from './responses';

export const sessionEndpoints = {
  login: {
    id: 'login',
    method: 'post',
    path: '/session',
    summary: 'Sign in with e-mail and password; sets the session cookie',
    tags: ['session'],
    access: 'public',
    body: LoginRequest,
    responses: {
      200: {
        description: 'Signed in. Keep `csrfToken` for the X-CSRF-Token header.',
        schema: Session,
        headers: { 'Set-Cookie': '`ec_session=…; HttpOnly; SameSite=Lax; Path=/`' },
      },
      ...problems(400, [401, 'Wrong e-mail or password (code `invalidCredentials`).'], 422, 429),
    },
  },
  getSession: {
    id: 'getSession',
    method: 'get',
    path: '/session',
    summary: 'The current session and user',
    tags: ['session'],
    access: 'signedIn',
    responses: { 200: { description: 'The session.', schema: Session }, ...problems(401) },
  },
  logout: {
    id: 'logout',
    method: 'delete',
    path: '/session',
    summary: 'Sign out; clears the session cookie',
    tags: ['session'],
    access: 'signedIn',
    responses: {
      204: { description: 'Signed out.', headers: { 'Set-Cookie': 'Expires the `ec_session` cookie.' } },
      ...problems(401, 403),
    },
  },
} satisfies Record<string, EndpointDef>;
