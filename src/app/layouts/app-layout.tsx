import { lazy, Suspense, useEffect, useRef } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CABINET_ORDER, cabinetHref, paths } from '@/config/paths';
import { useLogout } from '@/features/session/mutations';
import { useReauthOpen } from '@/features/session/store';
import { sessionQueryOptions } from '@/features/session/queries';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

/** The draft engine stays out of the entry: an open sheet has loaded it already, and otherwise it only deletes. */
async function clearLocalDrafts(userId: string): Promise<void> {
  const { clearLocalDrafts: clear } = await import('@/features/evaluation/draft/clear-on-logout');
  await clear(userId);
}

// The re-login form (and its form library) loads only when a session actually expires.
const ReauthDialog = lazy(() =>
  import('@/features/session/components/reauth-dialog').then((m) => ({ default: m.ReauthDialog })),
);

/** The signed-in frame: header with the cabinets the user's roles allow, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSuspenseQuery(sessionQueryOptions());
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const reauthOpen = useReauthOpen();
  // Drafts left on this device belong to the user who leaves: they are sent if possible, then erased.
  const logout = useLogout(
    () => void navigate(paths.login.href(), { replace: true }),
    session ? () => clearLocalDrafts(session.user.id) : undefined,
  );
  // Giving up a re-login is not a choice to discard work: the server session is already gone, so
  // unsent drafts cannot be saved now and stay on this device until the same user signs in again.
  const abandonSession = useLogout(() => undefined);

  // Moves focus to the new page on navigation so screen readers announce it (a DOM side effect).
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  // The session can end under us (signed out in another tab, demo reset): go to the login page.
  // After an explicit sign-out the next person starts fresh, without the previous user's address.
  if (!session) {
    const returnTo = logout.isIdle ? `${location.pathname}${location.search}` : null;
    return <Navigate to={paths.login.href(returnTo)} replace />;
  }
  const roles = CABINET_ORDER.filter((role) => session.user.roles.includes(role));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Brand />
          {roles.length > 0 ? (
            <nav className="cabinet-nav" aria-label={t('nav.cabinets')}>
              {roles.map((role) => (
                <NavLink key={role} to={cabinetHref(role)} className="cabinet-nav__link">
                  {t(`nav.${role}`)}
                </NavLink>
              ))}
            </nav>
          ) : null}
          <span className="app-header__spacer" />
          <LanguageSwitch />
          <UserMenu user={session.user} loggingOut={logout.isPending} onLogout={() => logout.mutate()} />
        </div>
      </header>
      <main id="main" className="app-main" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      {reauthOpen ? (
        <Suspense fallback={null}>
          <ReauthDialog
            previousUserId={session.user.id}
            previousEmail={session.user.email}
            onGaveUp={() => {
              const here = `${location.pathname}${location.search}`;
              abandonSession.mutate(undefined, {
                onSettled: () => void navigate(paths.login.href(here), { replace: true }),
              });
            }}
            onSwitchedUser={() => window.location.assign(paths.home.href())}
          />
        </Suspense>
      ) : null}
    </>
  );
}
