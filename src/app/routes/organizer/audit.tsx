import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { requireRole } from '../../guards';

// Placeholder until the section lands (issue 4).
export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  return <h2>{t('organizer.audit.title')}</h2>;
}
