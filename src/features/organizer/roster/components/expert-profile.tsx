import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { valuesOf } from '../expert-values';
import { useUpdateExpert } from '../mutations';
import { expertQueryOptions } from '../queries';
import { useExpertiseGroups } from '../use-expertise-groups';
import { ExpertActivity } from './expert-activity';
import { ExpertForm } from './expert-form';
import { LoadMeter } from './load-meter';
import { StageLoads } from './stage-loads';
import '../roster.css';

/** One expert: load now and per stage, taking part or not, and every field of the profile. */
export function ExpertProfile({ expertId }: { expertId: string }) {
  const { t } = useTranslation();
  const { data: expert } = useSuspenseQuery(expertQueryOptions(expertId));
  const groups = useExpertiseGroups();
  const update = useUpdateExpert(expertId);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Link className="area-head__back" to={paths.organizerExperts.href()}>
        <span aria-hidden="true">←</span> {t('organizer.roster.profile.back')}
      </Link>
      <PageHeader
        title={expert.fullName}
        intro={t('organizer.roster.profile.intro', { email: expert.email, region: expert.region.name })}
        actions={
          <Badge tone={expert.active ? 'success' : 'neutral'}>
            {t(expert.active ? 'organizer.roster.status.active' : 'organizer.roster.status.inactive')}
          </Badge>
        }
      />
      <div className="expert-profile">
        <div className="expert-profile__side">
          <section className="card expert-profile__card" aria-labelledby="expert-load-title">
            <h2 className="section__title" id="expert-load-title">
              {t('organizer.roster.profile.load')}
            </h2>
            <LoadMeter load={expert.load} cap={expert.loadCap} />
            <p className="field__hint">{t('organizer.roster.profile.loadHint')}</p>
            <StageLoads expertId={expertId} />
          </section>
          <ExpertActivity expert={expert} />
        </div>
        <section className="card expert-profile__form" aria-labelledby="expert-edit-title">
          <h2 className="section__title" id="expert-edit-title">
            {t('organizer.roster.profile.edit')}
          </h2>
          <ExpertForm
            defaultValues={valuesOf(expert)}
            groups={groups}
            submitLabel={t('organizer.roster.profile.submit')}
            onSave={async (input) => {
              setSaved(false);
              await update.mutateAsync(input);
              setSaved(true);
            }}
          />
          <div role="status">
            {saved ? <p className="alert alert--success">{t('organizer.roster.profile.saved')}</p> : null}
          </div>
        </section>
      </div>
    </>
  );
}
