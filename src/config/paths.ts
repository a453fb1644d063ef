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
  /** A contest's setup area; the sections below render inside its layout (sub-navigation). */
  organizerContest: {
    pattern: '/organizer/contests/:contestId',
    href: (contestId: string) => `/organizer/contests/${encodeURIComponent(contestId)}`,
  },
  organizerStructure: {
    pattern: '/organizer/contests/:contestId/structure',
    href: (contestId: string) => `/organizer/contests/${encodeURIComponent(contestId)}/structure`,
  },
  organizerStages: {
    pattern: '/organizer/contests/:contestId/stages',
    href: (contestId: string) => `/organizer/contests/${encodeURIComponent(contestId)}/stages`,
  },
  organizerCriteria: {
    pattern: '/organizer/contests/:contestId/criteria',
    href: (contestId: string) => `/organizer/contests/${encodeURIComponent(contestId)}/criteria`,
  },
  organizerCriteriaSet: {
    pattern: '/organizer/contests/:contestId/criteria/:criteriaSetId',
    href: (contestId: string, criteriaSetId: string) =>
      `/organizer/contests/${encodeURIComponent(contestId)}/criteria/${encodeURIComponent(criteriaSetId)}`,
  },
  organizerApplications: {
    pattern: '/organizer/contests/:contestId/applications',
    /** Search, filters and page live in the query string. */
    href: (contestId: string, search?: URLSearchParams | string) => {
      const base = `/organizer/contests/${encodeURIComponent(contestId)}/applications`;
      const query = search === undefined ? '' : String(search);
      return query ? `${base}?${query}` : base;
    },
  },
  organizerImport: {
    pattern: '/organizer/contests/:contestId/applications/import',
    href: (contestId: string) => `/organizer/contests/${encodeURIComponent(contestId)}/applications/import`,
  },
  organizerAssignments: {
    pattern: '/organizer/contests/:contestId/assignments',
    /** `stage` (and any filters) live in the query string. */
    href: (contestId: string, search?: URLSearchParams | string) => {
      const base = `/organizer/contests/${encodeURIComponent(contestId)}/assignments`;
      const query = search === undefined ? '' : String(search);
      return query ? `${base}?${query}` : base;
    },
  },
  organizerAudit: {
    pattern: '/organizer/contests/:contestId/audit',
    href: (contestId: string, search?: URLSearchParams | string) => {
      const base = `/organizer/contests/${encodeURIComponent(contestId)}/audit`;
      const query = search === undefined ? '' : String(search);
      return query ? `${base}?${query}` : base;
    },
  },
  /** The expert pool is shared by every contest. */
  organizerExperts: {
    pattern: '/organizer/experts',
    href: (search?: URLSearchParams | string) => {
      const query = search === undefined ? '' : String(search);
      return query ? `/organizer/experts?${query}` : '/organizer/experts';
    },
  },
  organizerExpert: {
    pattern: '/organizer/experts/:expertId',
    href: (expertId: string) => `/organizer/experts/${encodeURIComponent(expertId)}`,
  },
  coordinator: { pattern: '/coordinator', href: () => '/coordinator' },
  /** A stage's oversight area; the pages below render inside its layout (sub-navigation). */
  coordinatorStage: {
    pattern: '/coordinator/stages/:stageId',
    href: (stageId: string) => `/coordinator/stages/${encodeURIComponent(stageId)}`,
  },
  ranking: {
    pattern: '/coordinator/stages/:stageId/rankings/:nominationId',
    href: (stageId: string, nominationId: string, search?: URLSearchParams | string) => {
      const base = `/coordinator/stages/${encodeURIComponent(stageId)}/rankings/${encodeURIComponent(nominationId)}`;
      const query = search === undefined ? '' : String(search);
      return query ? `${base}?${query}` : base;
    },
  },
  protocol: {
    pattern: '/coordinator/stages/:stageId/rankings/:nominationId/protocol',
    /** `cut` is a cut-line scenario code (`p70`: passing score 70, `w25`: 25 winners) to draw and sum up. */
    href: (stageId: string, nominationId: string, method?: string | null, cut?: string | null) => {
      const base = `/coordinator/stages/${encodeURIComponent(stageId)}/rankings/${encodeURIComponent(nominationId)}/protocol`;
      const search = new URLSearchParams();
      if (method) search.set('method', method);
      if (cut) search.set('cut', cut);
      const query = String(search);
      return query ? `${base}?${query}` : base;
    },
  },
  divergences: {
    pattern: '/coordinator/stages/:stageId/divergences',
    href: (stageId: string) => `/coordinator/stages/${encodeURIComponent(stageId)}/divergences`,
  },
  applicationSheets: {
    pattern: '/coordinator/stages/:stageId/applications/:applicationId',
    href: (stageId: string, applicationId: string) =>
      `/coordinator/stages/${encodeURIComponent(stageId)}/applications/${encodeURIComponent(applicationId)}`,
  },
  quality: {
    pattern: '/coordinator/stages/:stageId/quality',
    href: (stageId: string) => `/coordinator/stages/${encodeURIComponent(stageId)}/quality`,
  },
  sheetHistory: {
    pattern: '/coordinator/sheets/:sheetId/history',
    /** The optional context (stage and application) lets the page name the criteria and link back. */
    href: (sheetId: string, context?: { stageId: string; applicationId: string }) => {
      const base = `/coordinator/sheets/${encodeURIComponent(sheetId)}/history`;
      if (context === undefined) return base;
      return `${base}?${String(new URLSearchParams({ stage: context.stageId, application: context.applicationId }))}`;
    },
  },
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
