import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import '../../contests.css';
import { ContestTable } from './contest-table';
import { CreateContestDialog } from './create-contest-dialog';

/** The organizer's landing page: every contest, a way to start a new one and the shared expert pool. */
export function OrganizerHome() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('organizer.contests.home.title')}
        intro={t('organizer.contests.home.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('organizer.contests.home.create')}</Button>}
      />
      <aside className="contests-pool" aria-labelledby="contests-pool-link">
        <Link className="contests-pool__link" id="contests-pool-link" to={paths.organizerExperts.href()}>
          {t('organizer.contests.home.experts')} <span aria-hidden="true">→</span>
        </Link>
        <p className="contests-muted">{t('organizer.contests.home.expertsHint')}</p>
      </aside>
      <section className="section" aria-labelledby="organizer-contests">
        <h2 className="section__title" id="organizer-contests">
          {t('organizer.contests.home.listTitle')}
        </h2>
        <ContestTable onCreate={() => setCreating(true)} />
      </section>
      <CreateContestDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
