import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';

export function BrandMark() {
  return (
    <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#1f4fb4" />
      <path
        d="M9 17l4.5 4.5L23 11"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Brand() {
  const { t } = useTranslation();
  return (
    <Link to={paths.home.href()} className="brand">
      <BrandMark />
      <span>{t('app.name')}</span>
    </Link>
  );
}
