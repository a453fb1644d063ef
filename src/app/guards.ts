import type { QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import type { Role } from '@/api/schemas/common';
import type { Session } from '@/api/schemas/session';
import { cabinetHref, CABINET_ORDER, paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/session/queries';

/** Loader step: a signed-in session or a redirect to the login page that comes back here. */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  const session = await queryClient.ensureQueryData(sessionQueryOptions());
  if (!session) {
    const url = new URL(request.url);
    throw redirect(paths.login.href(`${url.pathname}${url.search}`));
  }
  return session;
}

/** Loader step for a cabinet: the server enforces access too, this only avoids showing a useless screen. */
export async function requireRole(queryClient: QueryClient, request: Request, role: Role): Promise<Session> {
  const session = await requireSession(queryClient, request);
  if (!session.user.roles.includes(role)) {
    throw data({ code: 'forbidden' }, { status: 403 });
  }
  return session;
}

export function landingHref(session: Session): string {
  const role = CABINET_ORDER.find((r) => session.user.roles.includes(r));
  return role ? cabinetHref(role) : paths.login.href();
}
