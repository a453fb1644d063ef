import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="error-page">
      <p className="error-page__code" aria-hidden="true">
        404
      </p>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <div className="error-page__actions">
        <Link className="btn btn--primary" to={paths.home.href()}>
          {t('errors.toHome')}
        </Link>
      </div>
    </section>
  );
}
