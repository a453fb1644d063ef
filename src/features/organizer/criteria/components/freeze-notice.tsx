import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import type { Freeze } from '../freeze';

/** Why structure inputs are locked, said once above the editor (each locked criterion repeats it briefly). */
export function FreezeNotice({ freeze }: { freeze: Freeze }) {
  const { t } = useTranslation();
  if (!freeze.frozen) return null;
  const stages = freeze.stages.map((s) => s.title).join('», «');
  return (
    <Alert tone="warning" live="off" title={t('organizer.criteria.freeze.title')}>
      <p>
        {freeze.stages.length > 0
          ? t('organizer.criteria.freeze.because', { stages })
          : t('organizer.criteria.freeze.becauseSheets')}
      </p>
      <p>{t('organizer.criteria.freeze.explain')}</p>
    </Alert>
  );
}
