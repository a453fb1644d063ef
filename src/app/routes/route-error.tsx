import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { paths } from '@/config/paths';
import { Button } from '@/components/ui/button';

type Kind = 'forbidden' | 'notFound' | 'network' | 'server' | 'generic';

function classify(error: unknown): { kind: Kind; status: number | null; requestId: string | null } {
  if (isRouteErrorResponse(error)) {
    const kind: Kind = error.status === 403 ? 'forbidden' : error.status === 404 ? 'notFound' : 'generic';
    return { kind, status: error.status, requestId: null };
  }
  if (isApiError(error)) {
    const kind: Kind =
      error.status === 0
        ? 'network'
        : error.status === 403
          ? 'forbidden'
          : error.status === 404
            ? 'notFound'
            : error.status >= 500
              ? 'server'
              : 'generic';
    return { kind, status: error.status || null, requestId: error.requestId };
  }
  return { kind: 'generic', status: null, requestId: null };
}

/**
 * Route error boundary. It explains the failure in our own words and shows the request ID for
 * support; it never prints the server's body or a stack trace.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const { kind, status, requestId } = classify(error);
  const title =
    kind === 'forbidden'
      ? t('errors.forbiddenTitle')
      : kind === 'notFound'
        ? t('errors.notFoundTitle')
        : t('errors.title');
  const text =
    kind === 'forbidden'
      ? t('errors.forbidden')
      : kind === 'notFound'
        ? t('errors.notFound')
        : kind === 'network'
          ? t('errors.network')
          : kind === 'server'
            ? t('errors.server')
            : t('errors.generic');

  return (
    <section className="error-page" role="alert">
      {status ? (
        <p className="error-page__code" aria-hidden="true">
          {status}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p>{text}</p>
      {requestId ? <p className="error-page__request">{t('errors.requestId', { id: requestId })}</p> : null}
      <div className="error-page__actions">
        {kind === 'network' || kind === 'server' || kind === 'generic' ? (
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {t('errors.retry')}
          </Button>
        ) : null}
        <Link className="btn btn--primary" to={paths.home.href()}>
          {t('errors.toHome')}
        </Link>
      </div>
    </section>
  );
}
