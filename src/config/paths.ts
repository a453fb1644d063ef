import type { Role } from '@/api/schemas/common';

/** Every route pattern of the app and its href builder live here; nothing else spells a URL. */
export const paths = {
  home: { pattern: '/', href: () => '/' },
  login: {
    pattern: '/login',
    href: (returnTo?: string | null) =>
      returnTo && returnTo !== '/' ? `/login?returnTo=${encodeURIComponent(returnTo)}` : '/login',
  },
  expert: { pattern: '/expert', href: () => '/expert' },
  expertQueue: {
    pattern: '/expert/queue',
    /** Filters, sort and page live in the query string so a queue view can be shared and restored. */
    href: (search?: URLSearchParams | string) => {
      const query = search === undefined ? '' : String(search);
      return query ? `/expert/queue?${query}` : '/expert/queue';
    },
  },
  evaluation: {
    pattern: '/expert/assignments/:assignmentId',
    href: (assignmentId: string) => `/expert/assignments/${encodeURIComponent(assignmentId)}`,
  },
  organizer: { pattern: '/organizer', href: () => '/organizer' },
  coordinator: { pattern: '/coordinator', href: () => '/coordinator' },
} as const;

/** The cabinet a role lands in; with several roles the first in this order wins. */
export const CABINET_ORDER: readonly Role[] = ['expert', 'coordinator', 'organizer'];

export function cabinetHref(role: Role): string {
  return paths[role].href();
}

/** Only same-app relative paths are accepted as a return target, never another origin. */
export function safeReturnTo(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith(paths.login.pattern)) return null;
  return value;
}
