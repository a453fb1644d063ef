import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { QualityView } from '@/features/oversight/components/quality-view';
import { parseQualityKind } from '@/features/oversight/list-params';
import { qualitySignalsQueryOptions } from '@/features/oversight/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const kind = parseQualityKind(new URL(request.url).searchParams);
    await queryClient.ensureQueryData(qualitySignalsQueryOptions(params.stageId ?? '', kind));
    return null;
  };
}

export function Component() {
  const { t } = useTranslation();
  const { stageId = '' } = useParams();
  return (
    <section aria-labelledby="quality-title">
      <h2 className="oversight-title" id="quality-title">
        {t('oversight.quality.title')}
      </h2>
      <p className="oversight-intro">{t('oversight.quality.intro')}</p>
      <QualityView stageId={stageId} />
    </section>
  );
}
