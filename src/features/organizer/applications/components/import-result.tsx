import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportCommitResult } from '@/api/schemas/imports';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { focusOnMount } from '../focus-on-mount';

interface ImportResultProps {
  contestId: string;
  result: ImportCommitResult;
  onAnother: () => void;
}

/** What the commit applied; the heading takes focus so the outcome is announced and the next step is near. */
export function ImportResult({ contestId, result, onAnother }: ImportResultProps) {
  const { t } = useTranslation();
  return (
    <section className="import-result" aria-labelledby="import-result-title">
      <h3 className="import-section-title" id="import-result-title" tabIndex={-1} ref={focusOnMount}>
        {t('organizer.applications.import.result.title')}
      </h3>
      <ul className="import-result__list">
        <li>{t('organizer.applications.import.result.created', { count: result.created })}</li>
        <li>{t('organizer.applications.import.result.updated', { count: result.updated })}</li>
        {result.skipped > 0 ? (
          <li>{t('organizer.applications.import.result.skipped', { count: result.skipped })}</li>
        ) : null}
      </ul>
      <div className="import-actions">
        <Link className="btn btn--primary" to={paths.organizerApplications.href(contestId)}>
          {t('organizer.applications.import.result.toList')}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t('organizer.applications.import.result.another')}
        </Button>
      </div>
    </section>
  );
}
