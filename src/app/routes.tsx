import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, redirect, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { Skeleton } from '@/components/ui/skeleton';
import { loadMessageAreas } from '@/i18n/areas';
import type { MessageArea } from '@/i18n/messages';
import { requireSession, landingHref } from './guards';
import { AppLayout } from './layouts/app-layout';
import { NotFound } from './routes/not-found';
import { RouteError } from './routes/route-error';

const DevPanel = __MOCKING__
  ? lazy(() => import('@/features/dev-tools/components/dev-panel').then((m) => ({ default: m.DevPanel })))
  : null;

function RootShell() {
  return (
    <>
      <Outlet />
      {DevPanel ? (
        <Suspense fallback={null}>
          <DevPanel />
        </Suspense>
      ) : null}
    </>
  );
}

function PageFallback() {
  return (
    <div className="app-main">
      <Skeleton lines={4} label="…" />
    </div>
  );
}

interface RouteModule {
  clientLoader: (queryClient: QueryClient) => RouteObject['loader'];
  Component: React.ComponentType;
}

/** Each cabinet is its own chunk, loaded when first visited, together with the messages of its area. */
function lazyRoute(
  queryClient: QueryClient,
  load: () => Promise<RouteModule>,
  areas: readonly MessageArea[] = [],
): RouteObject['lazy'] {
  return async () => {
    const [{ clientLoader, Component }] = await Promise.all([load(), loadMessageAreas(areas)]);
    return { loader: clientLoader(queryClient), Component };
  };
}

const EXPERT: readonly MessageArea[] = ['queue', 'evaluation'];
const COORDINATOR: readonly MessageArea[] = ['rankings', 'oversight'];
// The criteria preview shows the expert's own scoring words.
const ORGANIZER: readonly MessageArea[] = ['organizer', 'evaluation'];

/** The one route table of the app. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootShell,
      ErrorBoundary: RouteError,
      HydrateFallback: PageFallback,
      children: [
        { path: paths.login.pattern, lazy: lazyRoute(queryClient, () => import('./routes/login')) },
        {
          id: 'app',
          loader: async ({ request }) => {
            await requireSession(queryClient, request);
            return null;
          },
          Component: AppLayout,
          ErrorBoundary: RouteError,
          children: [
            {
              // Errors inside a cabinet render under the header, so navigation stays usable.
              ErrorBoundary: RouteError,
              children: [
                {
                  index: true,
                  loader: async ({ request }) => {
                    const session = await requireSession(queryClient, request);
                    throw redirect(landingHref(session));
                  },
                },
                {
                  path: paths.expert.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/expert/home'), EXPERT),
                },
                {
                  path: paths.expertQueue.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/expert/queue'), EXPERT),
                },
                {
                  path: paths.evaluation.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/expert/evaluation'), EXPERT),
                },
                {
                  path: paths.organizer.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/organizer/home'), ORGANIZER),
                },
                {
                  path: paths.organizerContest.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/organizer/contest-layout'), ORGANIZER),
                  children: [
                    {
                      index: true,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/settings'), ORGANIZER),
                    },
                    {
                      path: paths.organizerStructure.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/structure'), ORGANIZER),
                    },
                    {
                      path: paths.organizerStages.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/stages'), ORGANIZER),
                    },
                    {
                      path: paths.organizerCriteria.pattern,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/organizer/criteria-sets'),
                        ORGANIZER,
                      ),
                    },
                    {
                      path: paths.organizerCriteriaSet.pattern,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/organizer/criteria-set'),
                        ORGANIZER,
                      ),
                    },
                    {
                      path: paths.organizerApplications.pattern,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/organizer/applications'),
                        ORGANIZER,
                      ),
                    },
                    {
                      path: paths.organizerImport.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/import'), ORGANIZER),
                    },
                    {
                      path: paths.organizerAssignments.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/assignments'), ORGANIZER),
                    },
                    {
                      path: paths.organizerAudit.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/organizer/audit'), ORGANIZER),
                    },
                  ],
                },
                {
                  path: paths.organizerExperts.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/organizer/experts'), ORGANIZER),
                },
                {
                  path: paths.organizerExpert.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/organizer/expert'), ORGANIZER),
                },
                {
                  path: paths.coordinator.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/coordinator/home'), COORDINATOR),
                },
                {
                  path: paths.coordinatorStage.pattern,
                  lazy: lazyRoute(
                    queryClient,
                    () => import('./routes/coordinator/stage-layout'),
                    COORDINATOR,
                  ),
                  children: [
                    {
                      index: true,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/coordinator/progress'),
                        COORDINATOR,
                      ),
                    },
                    {
                      path: paths.ranking.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/coordinator/ranking'), COORDINATOR),
                    },
                    {
                      path: paths.divergences.pattern,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/coordinator/divergences'),
                        COORDINATOR,
                      ),
                    },
                    {
                      path: paths.applicationSheets.pattern,
                      lazy: lazyRoute(
                        queryClient,
                        () => import('./routes/coordinator/application-sheets'),
                        COORDINATOR,
                      ),
                    },
                    {
                      path: paths.quality.pattern,
                      lazy: lazyRoute(queryClient, () => import('./routes/coordinator/quality'), COORDINATOR),
                    },
                  ],
                },
                {
                  // Printed on its own page, outside the stage layout, so the sheet of paper holds only the protocol.
                  path: paths.protocol.pattern,
                  lazy: lazyRoute(queryClient, () => import('./routes/coordinator/protocol'), COORDINATOR),
                },
                {
                  path: paths.sheetHistory.pattern,
                  lazy: lazyRoute(
                    queryClient,
                    () => import('./routes/coordinator/sheet-history'),
                    COORDINATOR,
                  ),
                },
                { path: '*', Component: NotFound },
              ],
            },
          ],
        },
      ],
    },
  ];
}
