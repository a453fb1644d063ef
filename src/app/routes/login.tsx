import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/api/schemas/session';
import { safeReturnTo } from '@/config/paths';
import { LoginForm } from '@/features/session/components/login-form';
import { useLogin } from '@/features/session/mutations';
import { sessionQueryOptions } from '@/features/session/queries';
import { BrandMark } from '../layouts/brand';
import { LanguageSwitch } from '../layouts/language-switch';
import { landingHref } from '../guards';

// The demo account list exists only on the mock backend; production builds drop it entirely.
const DemoAccounts = __MOCKING__
  ? lazy(() =>
      import('@/features/dev-tools/components/demo-accounts').then((m) => ({ default: m.DemoAccounts })),
    )
  : null;

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (session) {
      const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
      throw redirect(returnTo ?? landingHref(session));
    }
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const demoLogin = useLogin();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const signedIn = (session: Session) => void navigate(returnTo ?? landingHref(session), { replace: true });

  return (
    <div className="login-page">
      <section className="login-page__aside" aria-labelledby="product-title">
        <div>
          <h1 id="product-title">{t('app.name')}</h1>
          <p>{t('login.subtitle')}</p>
          <ul className="login-page__features">
            {t('login.features', { returnObjects: true }).map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </div>
        <BrandMark />
      </section>
      <main className="login-page__main" id="main">
        <section className="card login-card" aria-labelledby="login-title">
          <div className="login-card__top">
            <h2 id="login-title">{t('login.title')}</h2>
            <LanguageSwitch />
          </div>
          <LoginForm onSignedIn={signedIn} />
        </section>
        {DemoAccounts ? (
          <Suspense fallback={null}>
            <DemoAccounts
              disabled={demoLogin.isPending}
              onPick={(account) =>
                demoLogin.mutate(
                  { email: account.email, password: account.password },
                  { onSuccess: signedIn },
                )
              }
            />
          </Suspense>
        ) : null}
      </main>
    </div>
  );
}
