import { endpoints } from '@/api/endpoints';
import { clearedSessionCookie, login, logout, sessionCookie, sessionPayload } from '@mocks/db/rules/session';
import { json, noContent, route } from '@mocks/handlers/support';

export const sessionHandlers = [
  route(endpoints.login, (ctx) => {
    const { user, session } = login(ctx.db, ctx.body.email, ctx.body.password);
    return json(ctx, 200, sessionPayload(user, session), { 'Set-Cookie': sessionCookie(session.token) });
  }),

  route(endpoints.getSession, (ctx) => {
    return json(ctx, 200, sessionPayload(ctx.user, ctx.session));
  }),

  route(endpoints.logout, (ctx) => {
    logout(ctx.db, ctx.session.token);
    return noContent(ctx, { 'Set-Cookie': clearedSessionCookie() });
  }),
];
